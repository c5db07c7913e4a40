/** `check --format text`: one line per problem like tsc/eslint (`file:line:col  severity  message  check-id`), then a summary. */
import type { CheckDiagnostic, ScanNote } from "../core/types";
import { countBySeverity, displayPath, oneBased, plural, type DiagnosticSeverity, type Style } from "./style";

export interface TextReportInput {
  diagnostics: CheckDiagnostic[];
  notes: ScanNote[];
  fileCount: number;
  findingCount: number;
  /** Paths are shown relative to this folder (the working directory). */
  base: string;
  style: Style;
  /** Extra context for the summary, e.g. "changed since origin/main". */
  scopeNote?: string;
}

export function formatText(input: TextReportInput): string {
  const { style } = input;
  const colourSeverity = (s: DiagnosticSeverity) => {
    const padded = s.padEnd(7);
    return s === "error" ? style.red(padded) : s === "warning" ? style.yellow(padded) : style.blue(padded);
  };
  const lines: string[] = [];
  for (const d of input.diagnostics) {
    const p = oneBased(d.range);
    const where = `${displayPath(d.file, input.base)}:${p.line}:${p.column}`;
    lines.push(`${style.underline(where)}  ${colourSeverity(d.severity)}  ${d.message}  ${style.dim(d.checkId)}`);
  }
  for (const n of input.notes) {
    if (n.severity === "info") continue; // skipped files are listed in --format json; text stays about problems
    const p = n.range ? oneBased(n.range) : { line: 1, column: 1 };
    lines.push(`${style.underline(`${displayPath(n.file, input.base)}:${p.line}:${p.column}`)}  ${style.dim("note".padEnd(7))}  ${n.message}  ${style.dim(`scan:${n.code}`)}`);
  }
  if (lines.length) lines.push("");
  const c = countBySeverity(input.diagnostics);
  const scanned = `${plural(input.fileCount, "file")} scanned, ${plural(input.findingCount, "personal-data field")}${input.scopeNote ? ` (${input.scopeNote})` : ""}`;
  if (input.diagnostics.length === 0) {
    lines.push(`${style.green("✔")} No problems. ${scanned}.`);
  } else {
    const parts = [plural(c.error, "error"), plural(c.warning, "warning"), plural(c.info, "info", "infos"), plural(c.hint, "hint")];
    const mark = c.error ? style.red("✖") : style.yellow("⚠");
    lines.push(`${mark} ${style.bold(plural(input.diagnostics.length, "problem"))} (${parts.join(", ")}). ${scanned}.`);
  }
  return lines.join("\n") + "\n";
}
