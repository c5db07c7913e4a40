/**
 * The flows accuracy set (test-fixtures/flows/<app>/): source files with every sink call labelled in flows.tsv
 * (file, call_line, line, service, category, sink, label, note), by people who never saw the detector's output.
 * Each app is scanned as a project (clients and record types across files resolve), and each reported flow in a
 * labelled file is matched to a row by file, the call's first line, service and category class:
 * - a match with a `flow` row: TP (and its data line is checked against the row's `line`);
 * - a match with an `ambiguous` row (same call and service, its category or `-`): not scored;
 * - anything else in a labelled file: FP; a `flow` row nothing matched: FN.
 */
import * as fs from "fs";
import * as path from "path";
import { inventoryProject } from "../../src/core/project";
import type { Flow } from "../../src/core/types";
import { fixtureFolder, LabelError, toScore, type Score } from "./labels";
import { categoryClass } from "./real-set";

export interface FlowRow {
  file: string;
  callLine: number;
  line: number;
  service: string;
  category: string;
  sink: string;
  label: "flow" | "none" | "ambiguous";
  note: string;
  /** Line of the row in flows.tsv, for messages. */
  at: number;
}

export interface FlowApp {
  name: string;
  dir: string;
  rows: FlowRow[];
}

export interface FlowMistake {
  app: string;
  file: string;
  callLine: number;
  service: string;
  expected: string | null;
  got: string | null;
  kind: "false-positive" | "false-negative";
  detail: string;
}

export interface FlowReport {
  overall: Score;
  perService: Record<string, Score>;
  perCategory: Record<string, Score>;
  /** TPs whose reported line is the labelled data line. */
  lineMatches: number;
  mistakes: FlowMistake[];
}

const HEADER = "file\tcall_line\tline\tservice\tcategory\tsink\tlabel\tnote";
const LABELS = new Set(["flow", "none", "ambiguous"]);

export function defaultFlowSetRoot(): string {
  return fixtureFolder("flows");
}

/** Classes by which flow categories are compared: the hold-outs' classes, and a key's first two segments otherwise. */
export function flowClass(category: string): string {
  return categoryClass(category) ?? category.split(".").slice(0, 2).join(".");
}

/** Every app of the set. Throws LabelError (flows.tsv:line) on a malformed row or a file that is not there. */
export function loadFlowSet(root: string): FlowApp[] {
  if (!fs.existsSync(root)) throw new Error(`flows set not found: ${root}`);
  const apps: FlowApp[] = [];
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const tsv = path.join(dir, "flows.tsv");
    if (!fs.existsSync(tsv)) continue;
    const lines = fs.readFileSync(tsv, "utf8").split(/\r?\n/);
    if (lines[0] !== HEADER) throw new LabelError(tsv, 1, `the header must be: ${HEADER.replace(/\t/g, " <tab> ")}`);
    const rows: FlowRow[] = [];
    lines.forEach((text, i) => {
      if (i === 0 || text.trim() === "") return;
      const cells = text.split("\t");
      if (cells.length < 7) throw new LabelError(tsv, i + 1, `expected 8 tab-separated columns, found ${cells.length}`);
      const [file, callLine, line, service, category, sink, label, note = ""] = cells;
      if (!LABELS.has(label)) throw new LabelError(tsv, i + 1, `label must be flow, none or ambiguous, not "${label}"`);
      if (!/^\d+$/.test(callLine) || !/^\d+$/.test(line)) throw new LabelError(tsv, i + 1, "call_line and line must be 1-based numbers");
      if (label === "flow" && !category.startsWith("user.")) throw new LabelError(tsv, i + 1, `a flow row needs a user.* category, not "${category}"`);
      if (!fs.existsSync(path.join(dir, file))) throw new LabelError(tsv, i + 1, `no such file in the app: ${file}`);
      rows.push({ file, callLine: Number(callLine), line: Number(line), service, category, sink, label: label as FlowRow["label"], note, at: i + 1 });
    });
    apps.push({ name, dir, rows });
  }
  return apps;
}

/** Reported flows as rows to score: file relative to the app with `/`, 1-based lines. */
export function flowRows(flows: readonly Flow[], dir: string): { file: string; callLine: number; line: number; service: string; category: string; sink: string }[] {
  return flows.map((f) => ({
    file: path.relative(dir, f.file).split(path.sep).join("/"),
    callLine: f.callRange.start.line + 1,
    line: f.range.start.line + 1,
    service: f.service,
    category: f.category,
    sink: f.sink,
  }));
}

export function scoreFlowApp(app: FlowApp, reported: ReturnType<typeof flowRows>): FlowReport {
  const labelledFiles = new Set(app.rows.map((r) => r.file));
  const overall = { tp: 0, fp: 0, fn: 0 };
  const byService = new Map<string, { tp: number; fp: number; fn: number }>();
  const byCategory = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (service: string, category: string, kind: "tp" | "fp" | "fn") => {
    overall[kind]++;
    for (const [map, key] of [[byService, service], [byCategory, category]] as const) {
      const t = map.get(key) ?? map.set(key, { tp: 0, fp: 0, fn: 0 }).get(key)!;
      t[kind]++;
    }
  };
  const mistakes: FlowMistake[] = [];
  const matched = new Set<FlowRow>();
  let lineMatches = 0;
  const sameCall = (r: FlowRow, f: { file: string; callLine: number; service: string }) => r.file === f.file && r.callLine === f.callLine && r.service === f.service;
  for (const f of reported) {
    if (!labelledFiles.has(f.file)) continue;
    const cls = flowClass(f.category);
    const positive = app.rows.find((r) => r.label === "flow" && !matched.has(r) && sameCall(r, f) && flowClass(r.category) === cls);
    if (positive) {
      matched.add(positive);
      count(f.service, cls, "tp");
      if (positive.line === f.line) lineMatches++;
      continue;
    }
    if (app.rows.some((r) => r.label === "ambiguous" && sameCall(r, f) && (r.category === "-" || flowClass(r.category) === cls))) continue;
    count(f.service, cls, "fp");
    mistakes.push({ app: app.name, file: f.file, callLine: f.callLine, service: f.service, expected: null, got: f.category, kind: "false-positive", detail: f.sink });
  }
  for (const r of app.rows) {
    if (r.label !== "flow" || matched.has(r)) continue;
    count(r.service, flowClass(r.category), "fn");
    mistakes.push({ app: app.name, file: r.file, callLine: r.callLine, service: r.service, expected: r.category, got: null, kind: "false-negative", detail: `${r.sink} (${r.note})` });
  }
  const scores = (m: Map<string, { tp: number; fp: number; fn: number }>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => [k, toScore(t)]));
  return { overall: toScore(overall), perService: scores(byService), perCategory: scores(byCategory), lineMatches, mistakes };
}

export function mergeFlowReports(reports: readonly FlowReport[]): FlowReport {
  const sum = (scores: Score[]) => toScore(scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 }));
  const merge = (pick: (r: FlowReport) => Record<string, Score>) => {
    const keys = [...new Set(reports.flatMap((r) => Object.keys(pick(r))))].sort();
    return Object.fromEntries(keys.map((k) => [k, sum(reports.map((r) => pick(r)[k]).filter(Boolean))]));
  };
  return {
    overall: sum(reports.map((r) => r.overall)),
    perService: merge((r) => r.perService),
    perCategory: merge((r) => r.perCategory),
    lineMatches: reports.reduce((n, r) => n + r.lineMatches, 0),
    mistakes: reports.flatMap((r) => r.mistakes),
  };
}

/** Scans each app as a project and scores its flows; prints a table and every mistake. */
export async function runFlowEval(root: string, print: (line: string) => void = console.log): Promise<FlowReport> {
  const apps = loadFlowSet(root);
  const reports: FlowReport[] = [];
  for (const app of apps) {
    const inventory = await inventoryProject(app.dir, { maxWorkers: 1 });
    reports.push(scoreFlowApp(app, flowRows(inventory.flows, app.dir)));
  }
  const report = mergeFlowReports(reports);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const line = (name: string, s: Score) => `${name.padEnd(32)} ${pct(s.precision)} ${pct(s.recall)}   tp ${s.tp}, fp ${s.fp}, fn ${s.fn}`;
  print(`${"".padEnd(32)} precision recall`);
  for (const [k, s] of Object.entries(report.perService)) print(line(`service ${k}`, s));
  for (const [k, s] of Object.entries(report.perCategory)) print(line(`category ${k}`, s));
  print(line("overall", report.overall));
  const rows = apps.flatMap((a) => a.rows);
  const services = new Set(rows.filter((r) => r.label === "flow").map((r) => r.service));
  print(
    `flow rows: ${rows.length} from ${apps.length} apps (${rows.filter((r) => r.label === "flow").length} flows to ${services.size} services, ` +
      `${rows.filter((r) => r.label === "none").length} negatives, ${rows.filter((r) => r.label === "ambiguous").length} not scored); ` +
      `reported line = labelled data line for ${report.lineMatches} of ${report.overall.tp} true positives`,
  );
  print(`flow mistakes (${report.mistakes.length}):`);
  for (const m of report.mistakes) print(`${m.app}/${m.file}:${m.callLine} ${m.service} expected ${m.expected ?? "none"} got ${m.got ?? "none"}  ${m.detail}`);
  print("");
  return report;
}
