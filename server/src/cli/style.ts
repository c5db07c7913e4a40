/**
 * Terminal styling and the small shared bits of output: colour only when the stream is a terminal and NO_COLOR is
 * not set (https://no-color.org), FORCE_COLOR to override for tools that capture a terminal; paths shown relative
 * to where the user stands, with `/`.
 */
import * as path from "path";
import type { Range, Severity } from "../core/types";

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export function colourEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

export function makeStyle(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    blue: wrap(34, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
  };
}

export type DiagnosticSeverity = Exclude<Severity, "off">;

const RANK: Record<DiagnosticSeverity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** True when `severity` is at or above `threshold`. */
export function atLeast(severity: DiagnosticSeverity, threshold: DiagnosticSeverity): boolean {
  return RANK[severity] >= RANK[threshold];
}

/** `/`-separated path relative to `base`; absolute when the file is outside it. */
export function displayPath(file: string, base: string): string {
  const rel = path.relative(base, file);
  if (rel === "") return path.basename(file);
  if (rel.startsWith("..") || path.isAbsolute(rel)) return file.split(path.sep).join("/");
  return rel.split(path.sep).join("/");
}

/** 1-based line/column of a range start and end (editors and CI systems count from 1). */
export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export function countBySeverity(items: { severity: DiagnosticSeverity }[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const i of items) counts[i.severity]++;
  return counts;
}
