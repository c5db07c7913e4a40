/**
 * `npm run eval`: scans the labelled dev set (test-fixtures/eval) and prints precision/recall per category,
 * overall, and every mistake. Exit code 0, unless `--min <ratio>` is given and overall precision or recall is
 * below it (exit 1). `--root <dir>` scans another labelled directory.
 */
import * as path from "path";
import { scanSource } from "../../src/core/scanner";
import { loadRuleSet } from "../../src/core/rules";
import type { FileScanResult, Finding } from "../../src/core/types";
import { defaultDevSetRoot, LabelError, loadLabelledFiles, scoreFindings, type Score, type ScoreReport } from "./labels";

export interface Options {
  root: string;
  min?: number;
}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = { root: "" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--min") {
      const min = Number(value());
      if (!Number.isFinite(min) || min < 0 || min > 1) throw new Error(`--min must be a ratio in [0, 1], got ${argv[i]}`);
      options.min = min;
    } else if (arg === "--root") {
      options.root = path.resolve(value());
    } else {
      throw new Error(`unknown argument ${arg} (expected --min <ratio> or --root <dir>)`);
    }
  }
  if (options.root === "") options.root = defaultDevSetRoot();
  return options;
}

export type ScanFile = (file: string, text: string) => FileScanResult;

/** The real scanner with the built-in rules. */
export function builtinScanner(): ScanFile {
  const rules = loadRuleSet();
  return (file, text) => scanSource(file, text, rules);
}

/** Scans and scores the dev set, printing the report; `scan` is injectable so the report can be tested. */
export function runEval(
  options: Options,
  scan: ScanFile = builtinScanner(),
  print: (line: string) => void = console.log,
): ScoreReport {
  const files = loadLabelledFiles(options.root);
  const findings: Finding[] = [];
  for (const { file, text } of files) {
    let result: FileScanResult;
    try {
      result = scan(file, text);
    } catch (error) {
      // One crashing file should not hide the scores of the others; its labels count as misses.
      print(`scanner error: ${relative(file)}: ${(error as Error).stack ?? error}`);
      continue;
    }
    findings.push(...result.findings);
    for (const note of result.notes) {
      if (note.severity === "error") print(`note: ${relative(note.file)}: ${note.code}: ${note.message}`);
    }
  }
  const labels = files.flatMap((file) => file.labels);
  const report = scoreFindings(labels, findings);

  const positives = labels.filter((label) => label.category !== null).length;
  const negatives = labels.length - positives;
  const nameWidth = Math.max(8, ...Object.keys(report.perCategory).map((category) => category.length));
  const row = (name: string, score: Score): string =>
    `${name.padEnd(nameWidth)}  ${percent(score.precision)}  ${percent(score.recall)}  ` +
    `${String(score.tp).padStart(4)} ${String(score.fp).padStart(4)} ${String(score.fn).padStart(4)}`;

  print(`${"category".padEnd(nameWidth)}  precision  recall    tp   fp   fn`);
  for (const [category, score] of Object.entries(report.perCategory)) print(row(category, score));
  print("-".repeat(nameWidth + 36));
  print(row("overall", report.overall));
  print("");
  print(
    `labels: ${labels.length} (${positives} positive, ${negatives} hard negative, ` +
      `${percent(labels.length === 0 ? 0 : negatives / labels.length).trim()} negative) in ${files.length} files`,
  );
  print("");
  print(`mistakes (${report.mistakes.length}):`);
  for (const mistake of report.mistakes) {
    print(
      `${relative(mistake.file)}:${mistake.line} ${mistake.field} expected ${mistake.expected ?? "none"} ` +
        `got ${mistake.got ?? "none"}`,
    );
  }
  return report;
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`.padStart(9);
}

function relative(file: string): string {
  return path.relative(process.cwd(), file).replace(/\\/g, "/") || file;
}

/** Exit code: 0, or 1 when `--min` is given and overall precision or recall is below it, 2 on bad input. */
export function main(
  argv: readonly string[],
  scan?: ScanFile,
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
): number {
  let options: Options;
  let report: ScoreReport;
  try {
    options = parseArgs(argv);
  } catch (error) {
    printError(`run-eval: ${(error as Error).message}`);
    return 2;
  }
  try {
    report = runEval(options, scan ?? builtinScanner(), print);
  } catch (error) {
    // A malformed label: its message carries file:line, a stack trace would only hide it. Anything else rethrows.
    if (!(error instanceof LabelError)) throw error;
    printError(`run-eval: ${error.message}`);
    return 2;
  }
  const { precision, recall } = report.overall;
  if (options.min !== undefined && (precision < options.min || recall < options.min)) {
    printError(
      `run-eval: overall precision ${percent(precision).trim()} / recall ${percent(recall).trim()} ` +
        `below --min ${options.min}`,
    );
    return 1;
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
