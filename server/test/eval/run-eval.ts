/**
 * `npm run eval`: scans the labelled dev set (test-fixtures/eval) and prints precision/recall per category,
 * overall, and every mistake. Exit code 0, unless `--min <ratio>` is given and overall precision or recall is
 * below it (exit 1). `--root <dir>` scans another labelled directory.
 */
import * as fs from "fs";
import * as path from "path";
import { scanSource } from "../../src/core/scan/scanner";
import { loadRuleSet } from "../../src/core/classify/rules";
import type { FileScanResult, Finding } from "../../src/core/types";
import { inventoryProject } from "../../src/core/project";
import { defaultDevSetRoot, LabelError, loadLabelledFiles, scoreFindings, type Score, type ScoreReport } from "./labels";
import { defaultIncomingSetRoot, defaultRealSetRoot, findingRows, loadRealSet, mergeReports, scoreRealApp } from "./real-set";
import { defaultFlowSetRoot, runFlowEval } from "./flows-set";

export interface Options {
  root: string;
  min?: number;
  /** The real-code dev set (test-fixtures/real), scored as the hold-outs are; "" to skip it. */
  realRoot?: string;
  /** Gate of the real-code set: precision and recall below these fail (exit 1). */
  minPrecision?: number;
  minRecall?: number;
  /** Skip rows not labelled yet (while a labelling round is under way). */
  partial?: boolean;
  /** The flows set (test-fixtures/flows); "" to skip it. Gated by the same --min-precision / --min-recall. */
  flowsRoot?: string;
  /** The newest labelled apps (test-fixtures/real-incoming): scored and reported, never gated; "" to skip them. */
  incomingRoot?: string;
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
    } else if (arg === "--real") {
      options.realRoot = path.resolve(value());
    } else if (arg === "--no-real") {
      options.realRoot = "";
      options.incomingRoot ??= "";
    } else if (arg === "--incoming") {
      options.incomingRoot = path.resolve(value());
    } else if (arg === "--no-incoming") {
      options.incomingRoot = "";
    } else if (arg === "--flows") {
      options.flowsRoot = path.resolve(value());
    } else if (arg === "--no-flows") {
      options.flowsRoot = "";
    } else if (arg === "--partial") {
      options.partial = true;
    } else if (arg === "--min-precision" || arg === "--min-recall") {
      const min = Number(value());
      if (!Number.isFinite(min) || min < 0 || min > 1) throw new Error(`${arg} must be a ratio in [0, 1], got ${argv[i]}`);
      if (arg === "--min-precision") options.minPrecision = min;
      else options.minRecall = min;
    } else {
      throw new Error(`unknown argument ${arg} (expected --min <ratio>, --root <dir>, --real <dir>, --no-real, --incoming <dir>, --no-incoming, --flows <dir>, --no-flows, --partial, --min-precision <ratio> or --min-recall <ratio>)`);
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

  printTable(report, print);
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

function printTable(report: ScoreReport, print: (line: string) => void): void {
  const nameWidth = Math.max(8, ...Object.keys(report.perCategory).map((category) => category.length));
  const row = (name: string, score: Score): string =>
    `${name.padEnd(nameWidth)}  ${percent(score.precision)}  ${percent(score.recall)}  ` +
    `${String(score.tp).padStart(4)} ${String(score.fp).padStart(4)} ${String(score.fn).padStart(4)}`;
  print(`${"category".padEnd(nameWidth)}  precision  recall    tp   fp   fn`);
  for (const [category, score] of Object.entries(report.perCategory)) print(row(category, score));
  print("-".repeat(nameWidth + 36));
  print(row("overall", report.overall));
  print("");
}

/**
 * Inventories each app of the real-code set as a project (the CLI's own path, so references across files resolve)
 * and scores it by category class against its labelled rows.
 */
export async function runRealEval(root: string, print: (line: string) => void = console.log, partial = false): Promise<ScoreReport> {
  const apps = loadRealSet(root, { skipUnlabelled: partial });
  const reports: ScoreReport[] = [];
  for (const app of apps) {
    const inventory = await inventoryProject(app.dir, { maxWorkers: 1 });
    reports.push(scoreRealApp(app, findingRows(inventory.findings, app.dir)));
  }
  const report = mergeReports(reports);
  printTable(report, print);
  const rows = apps.flatMap((a) => a.rows);
  const count = (test: (label: string) => boolean) => rows.filter((r) => test(r.label)).length;
  print(
    `real-code rows: ${rows.length} from ${apps.length} apps (${count((l) => l !== "none" && l !== "ambiguous" && l !== "not-a-field")} positive, ` +
      `${count((l) => l === "none")} none, ${count((l) => l === "ambiguous" || l === "not-a-field")} not scored)`,
  );
  for (const app of apps) {
    const r = reports[apps.indexOf(app)].overall;
    print(`  ${app.name.padEnd(20)} precision ${percent(r.precision)}  recall ${percent(r.recall)}  (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
  }
  print("");
  print(`real-code mistakes (${report.mistakes.length}):`);
  for (const m of report.mistakes) print(`${m.file}:${m.line} ${m.field} expected ${m.expected ?? "none"} got ${m.got ?? "none"}`);
  print("");
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

/**
 * `npm run eval`: the real-code dev set first (the measure; gated by --min-precision / --min-recall), then the
 * hand-written fixtures (regression tests; gated by --min). Exit code as {@link main}.
 */
export async function mainWithRealSet(argv: readonly string[], print = console.log, printError = console.error): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    printError(`run-eval: ${(error as Error).message}`);
    return 2;
  }
  // A labelled set scored against the gate: "failed" below it, "bad-labels" (exit 2) on a malformed label.
  const gated = async (title: string, name: string, run: () => Promise<{ overall: Score }>): Promise<"ok" | "failed" | "bad-labels"> => {
    print(title);
    let overall: Score;
    try {
      ({ overall } = await run());
    } catch (error) {
      if (!(error instanceof LabelError)) throw error;
      printError(`run-eval: ${error.message}`);
      return "bad-labels";
    }
    if ((options.minPrecision !== undefined && overall.precision < options.minPrecision) || (options.minRecall !== undefined && overall.recall < options.minRecall)) {
      printError(`run-eval: ${name} precision ${percent(overall.precision).trim()} / recall ${percent(overall.recall).trim()} below the gate`);
      return "failed";
    }
    return "ok";
  };
  let realFailed = false;
  const realRoot = options.realRoot ?? defaultRealSetRoot();
  if (realRoot !== "") {
    const outcome = await gated("== real-code dev set (test-fixtures/real), by category class", "real-code", () => runRealEval(realRoot, print, options.partial));
    if (outcome === "bad-labels") return 2;
    realFailed ||= outcome === "failed";
  }
  // (A `--real` folder of one's own is scored alone: the incoming apps come with the committed set only.)
  const incomingRoot = options.incomingRoot ?? (options.realRoot === undefined ? defaultIncomingSetRoot() : "");
  if (incomingRoot !== "" && fs.existsSync(incomingRoot)) {
    print("== incoming real-code apps (test-fixtures/real-incoming): reported, not gated");
    try {
      await runRealEval(incomingRoot, print, options.partial);
    } catch (error) {
      if (!(error instanceof LabelError)) throw error;
      printError(`run-eval: ${error.message}`);
      return 2;
    }
  }
  const flowsRoot = options.flowsRoot ?? defaultFlowSetRoot();
  if (flowsRoot !== "") {
    const outcome = await gated("== flows set (test-fixtures/flows): sink calls, by call, service and category class", "flows", () => runFlowEval(flowsRoot, print));
    if (outcome === "bad-labels") return 2;
    realFailed ||= outcome === "failed";
  }
  if (realRoot !== "" || flowsRoot !== "") print("== hand-written fixtures (test-fixtures/eval), by exact category");
  const code = main(argv.filter((a, i) => !REAL_ONLY_FLAGS.has(a) && !REAL_ONLY_VALUES.has(argv[i - 1]) && !REAL_ONLY_VALUES.has(a)), undefined, print, printError);
  return code === 0 && realFailed ? 1 : code;
}
const REAL_ONLY_FLAGS = new Set(["--no-real", "--no-flows", "--no-incoming", "--partial"]);
const REAL_ONLY_VALUES = new Set(["--real", "--incoming", "--flows", "--min-precision", "--min-recall"]);

if (require.main === module) {
  void mainWithRealSet(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
