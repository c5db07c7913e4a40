/**
 * Project configuration, shared by the CLI and the language server: the `privacy-lint` key of package.json or a
 * `.privacy-lint.yaml` / `.privacy-lint.yml` file at the project root.
 *
 * Configuration is DATA: it is parsed (JSON is YAML, so one parser with source positions serves both), never
 * executed. Every unknown option and wrongly typed value is a problem with its file:line:col, because a typo that is
 * silently ignored (`exlude:`) looks exactly like a working configuration.
 */
import * as fs from "fs";
import * as path from "path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from "./lazy-yaml";
import { globProblem } from "./scan/globs";
import { CHECKS, type CheckId } from "./notice/checks";
import type { Range, Severity } from "./types";

export const CONFIG_FILE_NAMES = [".privacy-lint.yaml", ".privacy-lint.yml"] as const;
export const PACKAGE_JSON_KEY = "privacy-lint";

/** `failOn` threshold: exit 1 when a diagnostic at or above it remains; `none` never fails. */
export type FailOn = "error" | "warning" | "info" | "hint" | "none";
export const FAIL_ON_VALUES: readonly FailOn[] = ["error", "warning", "info", "hint", "none"];
export const SEVERITY_VALUES: readonly Severity[] = ["error", "warning", "info", "hint", "off"];

export interface PrivacyLintConfig {
  /** Globs relative to the root (replace the default include). */
  include?: string[];
  /** Globs relative to the root (added to the default excludes). */
  exclude?: string[];
  /** Absolute path of THE notice for every file (instead of the nearest privacy-notice.yaml). */
  notice?: string;
  /** Severity per check id; `off` disables the check. */
  severity: Partial<Record<CheckId, Severity>>;
  /** Absolute paths of extra detection-rule files. */
  ruleFiles: string[];
  /** Bytes; larger files are skipped with a note. */
  maxFileSize?: number;
  failOn?: FailOn;
}

export interface ConfigProblem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** 0-based, for editors. */
  range: Range;
  message: string;
}

export interface ConfigLoadResult {
  config: PrivacyLintConfig;
  problems: ConfigProblem[];
  /** The file the configuration came from, when there is one. */
  source?: string;
}

const OPTIONS = ["include", "exclude", "notice", "severity", "ruleFiles", "maxFileSize", "failOn"] as const;

export function emptyConfig(): PrivacyLintConfig {
  return { severity: {}, ruleFiles: [] };
}

/** Formats a problem like a compiler does: `file:line:col: message`. */
export function formatConfigProblem(p: ConfigProblem, cwd = process.cwd()): string {
  const rel = path.relative(cwd, p.file) || p.file;
  return `${rel.startsWith("..") ? p.file : rel}:${p.line}:${p.column}: ${p.message}`;
}

/** Reads the project's configuration. Never throws for bad content: every problem comes back with its location. */
export function loadConfig(root: string): ConfigLoadResult {
  const absRoot = path.resolve(root);
  const yamlFiles = CONFIG_FILE_NAMES.map((n) => path.join(absRoot, n)).filter((f) => isFile(f));
  const packageJson = path.join(absRoot, "package.json");
  const sources: { file: string; text: string; fromPackageJson: boolean }[] = [];
  for (const file of yamlFiles) sources.push({ file, text: fs.readFileSync(file, "utf8"), fromPackageJson: false });
  if (isFile(packageJson)) {
    const text = fs.readFileSync(packageJson, "utf8");
    // Cheap pre-check: most package.json files have no such key, and parsing them all with positions is wasted work.
    if (text.includes(`"${PACKAGE_JSON_KEY}"`)) sources.push({ file: packageJson, text, fromPackageJson: true });
  }
  if (sources.length === 0) return { config: emptyConfig(), problems: [] };

  const parsed = sources.map((s) => parseSource(s.file, s.text, s.fromPackageJson, absRoot));
  const present = parsed.filter((p) => p.present);
  if (present.length > 1) {
    // Two configurations would have to be merged by rules nobody remembers; make the user pick one.
    const [first, second] = present;
    const problems = [...first.problems, ...second.problems];
    problems.push(problemAt(second.file, second.lines, second.span, `privacy-lint is also configured in ${path.basename(first.file)}: keep one configuration`));
    return { config: first.config, problems, source: first.file };
  }
  const chosen = present[0] ?? parsed[0];
  return { config: chosen.config, problems: chosen.problems, source: chosen.present ? chosen.file : undefined };
}

interface ParsedSource {
  file: string;
  present: boolean;
  config: PrivacyLintConfig;
  problems: ConfigProblem[];
  lines: LineCounter;
  span: [number, number];
}

function parseSource(file: string, text: string, fromPackageJson: boolean, root: string): ParsedSource {
  const lines = new LineCounter();
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const out: ParsedSource = { file, present: true, config, problems, lines, span: [0, 0] };
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const report = (node: YamlNode | Pair | null | undefined, message: string) => problems.push(problemAt(file, lines, spanOf(node), message));
  if (doc.errors.length > 0) {
    for (const err of doc.errors) problems.push(problemAt(file, lines, err.pos, `${fromPackageJson ? "JSON" : "YAML"} syntax error: ${err.message.split("\n")[0]}`));
    return out;
  }
  let settings: YamlNode | null | undefined = doc.contents;
  if (fromPackageJson) {
    if (!isMap(settings)) return { ...out, present: false };
    const pair = settings.items.find((p) => isScalar(p.key) && p.key.value === PACKAGE_JSON_KEY);
    if (!pair) return { ...out, present: false };
    out.span = spanOf(pair.key as YamlNode);
    settings = pair.value as YamlNode | null;
  } else {
    out.span = spanOf(settings);
  }
  if (settings === null || settings === undefined || (isScalar(settings) && settings.value === null)) return out; // empty file: all defaults
  if (!isMap(settings)) {
    report(settings, `the privacy-lint configuration must be a mapping of options (${OPTIONS.join(", ")})`);
    return out;
  }
  for (const pair of settings.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const value = pair.value as YamlNode | null;
    switch (key) {
      case "include":
      case "exclude": {
        const globs = stringList(value, key, report, pair);
        if (!globs) break;
        for (const [i, g] of globs.entries()) {
          const node = isSeq(value) ? (value.items[i] as YamlNode) : value;
          if (g.startsWith("/") || /^[A-Za-z]:[\\/]/.test(g) || g.split("/").includes("..")) {
            report(node, `${key} glob "${g}" must be relative to the project root and stay inside it`);
          }
          const unsafe = globProblem(g);
          if (unsafe) report(node, `${key} glob "${g.slice(0, 80)}" ${unsafe}`);
        }
        config[key] = globs.filter((g) => globProblem(g) === undefined); // reported above; never compiled
        break;
      }
      case "notice": {
        if (!isScalar(value) || typeof value.value !== "string" || value.value.trim() === "") {
          report(value ?? pair, "notice must be a path (string) relative to the project root, e.g. docs/privacy-notice.yaml");
          break;
        }
        const resolved = insideRoot(root, value.value);
        if (!resolved) report(value, `notice path "${value.value}" leaves the project root`);
        else config.notice = resolved;
        break;
      }
      case "ruleFiles": {
        const files = stringList(value, key, report, pair);
        if (!files) break;
        files.forEach((f, i) => {
          const node = isSeq(value) ? (value.items[i] as YamlNode) : value;
          const resolved = insideRoot(root, f);
          if (!resolved) report(node, `rule file "${f}" leaves the project root`);
          else if (!isFile(resolved)) report(node, `rule file "${f}" does not exist`);
          else config.ruleFiles.push(resolved);
        });
        break;
      }
      case "severity": {
        if (!isMap(value)) {
          report(value ?? pair, `severity must be a mapping of check id to one of ${SEVERITY_VALUES.join("|")}, e.g. { unused-declaration: off }`);
          break;
        }
        for (const entry of value.items) {
          const id = isScalar(entry.key) ? String(entry.key.value) : "";
          const level = entry.value as YamlNode | null;
          if (!(id in CHECKS)) {
            const hint = suggest(id, Object.keys(CHECKS));
            report(entry.key as YamlNode, `unknown check "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}; checks: ${Object.keys(CHECKS).join(", ")}`);
          } else if (!isScalar(level) || !SEVERITY_VALUES.includes(level.value as Severity)) {
            report(level ?? entry, `severity of ${id} must be one of ${SEVERITY_VALUES.join("|")}`);
          } else {
            config.severity[id as CheckId] = level.value as Severity;
          }
        }
        break;
      }
      case "maxFileSize": {
        if (!isScalar(value) || typeof value.value !== "number" || !Number.isInteger(value.value) || value.value <= 0) {
          report(value ?? pair, "maxFileSize must be a positive whole number of bytes, e.g. 2097152");
          break;
        }
        config.maxFileSize = value.value;
        break;
      }
      case "failOn": {
        if (!isScalar(value) || !FAIL_ON_VALUES.includes(value.value as FailOn)) {
          report(value ?? pair, `failOn must be one of ${FAIL_ON_VALUES.join("|")}`);
          break;
        }
        config.failOn = value.value as FailOn;
        break;
      }
      default: {
        const hint = key ? suggest(key, [...OPTIONS]) : undefined;
        report(pair.key as YamlNode, `unknown option "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; options: ${OPTIONS.join(", ")}`);
      }
    }
  }
  return out;
}

function stringList(
  value: YamlNode | null,
  key: string,
  report: (node: YamlNode | Pair | null | undefined, message: string) => void,
  pair: Pair,
): string[] | undefined {
  if (!isSeq(value)) {
    report(value ?? pair, `${key} must be a list of strings, e.g. ["src/**/*.ts"]`);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  for (const item of value.items) {
    if (isScalar(item) && typeof item.value === "string" && item.value !== "") out.push(item.value);
    else {
      report(item as YamlNode, `${key} entries must be non-empty strings`);
      ok = false;
    }
  }
  return ok ? out : undefined;
}

/**
 * Absolute path of `p` under `root`, or undefined when it escapes the root (`../x`, an absolute path elsewhere), also
 * through a symbolic link: the deepest part of the path that exists must really be inside the root, or a
 * `notice: docs/privacy-notice.yaml` with `docs -> /etc` would make `fix` write outside the workspace.
 */
function insideRoot(root: string, p: string): string | undefined {
  const resolved = path.resolve(root, p);
  const contained = (base: string, target: string) => {
    const rel = path.relative(base, target);
    return !rel.startsWith("..") && !path.isAbsolute(rel);
  };
  if (!contained(root, resolved)) return undefined;
  let existing = resolved;
  // lstat, not exists: a dangling link counts as existing, and then fails realpath (refused).
  const present = (f: string) => {
    try {
      fs.lstatSync(f);
      return true;
    } catch {
      return false;
    }
  };
  while (!present(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    if (!contained(fs.realpathSync(root), fs.realpathSync(existing))) return undefined;
  } catch {
    return undefined;
  }
  return resolved;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function spanOf(node: YamlNode | Pair | null | undefined): [number, number] {
  const r = (node as { range?: [number, number, number] | null } | null | undefined)?.range;
  if (r) return [r[0], r[1]];
  const key = (node as Pair | null | undefined)?.key as { range?: [number, number, number] } | undefined;
  return key?.range ? [key.range[0], key.range[1]] : [0, 0];
}

function problemAt(file: string, lines: LineCounter, span: [number, number], message: string): ConfigProblem {
  const start = lines.linePos(span[0]);
  const end = lines.linePos(Math.max(span[0], span[1]));
  return {
    file,
    line: start.line,
    column: start.col,
    range: { start: { line: start.line - 1, character: start.col - 1 }, end: { line: end.line - 1, character: end.col - 1 } },
    message,
  };
}

/** The closest candidate within a small edit distance, for "did you mean". */
function suggest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
