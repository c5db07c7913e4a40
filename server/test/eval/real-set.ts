/**
 * The real-code dev set (test-fixtures/real/<app>/): files of public applications, unchanged, with their labels in
 * labels.tsv (file, line, field, owner, label, note), labelled by people who read the code and never saw the
 * scanner's output (docs/labelling.md). Scored the way the independent hold-outs are: each app is inventoried as a
 * project (so cross-file references resolve), a finding matches a row by file, line and field, categories are
 * compared by class, and only labelled rows count (`ambiguous` and `not-a-field` rows not at all).
 */
import * as fs from "fs";
import * as path from "path";
import type { Finding } from "../../src/core/types";
import { fixtureFolder, LabelError, toScore, type Mistake, type Score, type ScoreReport } from "./labels";

/** The classes categories are compared by: each key counts as the longest of these that is itself or an ancestor. */
export const CATEGORY_CLASSES: readonly string[] = [
  "user.name", "user.contact.email", "user.contact.phone_number", "user.contact.address", "user.contact.organization",
  "user.job_title", "user.workplace", "user.demographic.date_of_birth", "user.demographic.age_range",
  "user.demographic.gender", "user.demographic.race_ethnicity", "user.demographic.religious_belief",
  "user.demographic.sexual_orientation", "user.demographic.political_opinion", "user.demographic.marital_status",
  "user.demographic.nationality", "user.demographic.language", "user.device.ip_address", "user.device", "user.location",
  "user.behavior", "user.financial.credit_card", "user.financial.bank_account", "user.financial", "user.government_id",
  "user.health_and_medical", "user.biometric", "user.criminal_history", "user.account.username",
  "user.content.self_image",
];
const ALIASES: Record<string, string> = { "user.contact.fax_number": "user.contact.phone_number", "user.health": "user.health_and_medical" };

/** The class of a category key, or undefined when it belongs to none (then it can only be wrong). */
export function categoryClass(key: string): string | undefined {
  for (const [alias, target] of Object.entries(ALIASES)) if (key === alias || key.startsWith(alias + ".")) return target;
  let best: string | undefined;
  for (const c of CATEGORY_CLASSES) if ((key === c || key.startsWith(c + ".")) && (!best || c.length > best.length)) best = c;
  return best;
}

export interface RealRow {
  app: string;
  /** Relative to the app's folder, with `/`. */
  file: string;
  line: number;
  field: string;
  owner: string;
  /** A category key, or "none" / "ambiguous" / "not-a-field". */
  label: string;
  note: string;
}

export interface RealApp {
  name: string;
  dir: string;
  rows: RealRow[];
}

const UNSCORED = new Set(["ambiguous", "not-a-field"]);

/** Loads every app of the set. Throws LabelError (file:line of labels.tsv) on a malformed or stale row. */
export function loadRealSet(root: string, options: { skipUnlabelled?: boolean } = {}): RealApp[] {
  if (!fs.existsSync(root)) throw new Error(`real-code dev set not found: ${root}`);
  const apps: RealApp[] = [];
  for (const name of fs.readdirSync(root).sort()) {
    const dir = path.join(root, name);
    const tsv = path.join(dir, "labels.tsv");
    if (!fs.existsSync(tsv)) continue;
    const lines = fs.readFileSync(tsv, "utf8").split(/\r?\n/);
    const rows: RealRow[] = [];
    const texts = new Map<string, string[]>();
    lines.slice(1).forEach((text, i) => {
      if (text.trim() === "") return;
      const at = i + 2;
      const [file, line, field, owner, label, note = ""] = text.split("\t");
      if (!file || !line || !field || label === undefined) throw new LabelError(tsv, at, "expected file, line, field, owner, label, note separated by tabs");
      if (label === "" && options.skipUnlabelled) return;
      if (label === "") throw new LabelError(tsv, at, `row ${file}:${line} ${field} has no label`);
      if (label !== "none" && !UNSCORED.has(label) && !categoryClass(label)) throw new LabelError(tsv, at, `unknown label '${label}'`);
      if (!texts.has(file)) {
        const source = path.join(dir, file);
        if (!fs.existsSync(source)) throw new LabelError(tsv, at, `file not found: ${file}`);
        texts.set(file, fs.readFileSync(source, "utf8").split(/\r?\n/));
      }
      const lineNumber = Number(line);
      if (label !== "not-a-field" && !(texts.get(file)![lineNumber - 1] ?? "").includes(field)) {
        throw new LabelError(tsv, at, `${file}:${line} does not mention the field '${field}'`);
      }
      rows.push({ app: name, file, line: lineNumber, field, owner, label, note });
    });
    apps.push({ name, dir, rows });
  }
  return apps;
}

function emptyTally(): { tp: number; fp: number; fn: number } {
  return { tp: 0, fp: 0, fn: 0 };
}

/**
 * Scores one app's findings (paths relative to the app's folder) against its rows, by class. Findings on lines no
 * row labels are not scored (the rows are a sample).
 */
export function scoreRealApp(app: RealApp, findings: readonly { file: string; line: number; field: string; category: string }[]): ScoreReport {
  const byKey = new Map<string, { file: string; line: number; field: string; category: string }[]>();
  for (const f of findings) {
    const key = `${f.file}\0${f.line}\0${f.field}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(f);
  }
  const tallies = new Map<string, { tp: number; fp: number; fn: number }>();
  const tally = (c: string) => tallies.get(c) ?? tallies.set(c, emptyTally()).get(c)!;
  const mistakes: Mistake[] = [];
  for (const row of app.rows) {
    if (UNSCORED.has(row.label)) continue;
    const found = byKey.get(`${row.file}\0${row.line}\0${row.field}`) ?? [];
    const expected = row.label === "none" ? undefined : categoryClass(row.label);
    const got = found.map((f) => categoryClass(f.category) ?? f.category);
    const file = `${app.name}/${row.file}`;
    if (expected && got.includes(expected)) {
      tally(expected).tp++;
      for (const g of got) if (g !== expected) (tally(g).fp++, mistakes.push({ file, line: row.line, field: row.field, expected, got: g, kind: "wrong-category" }));
      continue;
    }
    if (expected) {
      tally(expected).fn++;
      mistakes.push({ file, line: row.line, field: row.field, expected, got: got[0] ?? null, kind: got.length ? "wrong-category" : "false-negative" });
    }
    for (const g of got) {
      tally(g).fp++;
      if (!expected) mistakes.push({ file, line: row.line, field: row.field, expected: null, got: g, kind: "false-positive" });
    }
  }
  const perCategory: Record<string, Score> = {};
  const total = emptyTally();
  for (const c of [...tallies.keys()].sort()) {
    const t = tallies.get(c)!;
    perCategory[c] = toScore(t);
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
  }
  return { overall: toScore(total), perCategory, mistakes };
}

/** Sums per-app reports into one. */
export function mergeReports(reports: readonly ScoreReport[]): ScoreReport {
  const per = new Map<string, { tp: number; fp: number; fn: number }>();
  const total = emptyTally();
  for (const r of reports) {
    for (const [c, s] of Object.entries(r.perCategory)) {
      const t = per.get(c) ?? per.set(c, emptyTally()).get(c)!;
      t.tp += s.tp;
      t.fp += s.fp;
      t.fn += s.fn;
    }
    total.tp += r.overall.tp;
    total.fp += r.overall.fp;
    total.fn += r.overall.fn;
  }
  const perCategory: Record<string, Score> = {};
  for (const c of [...per.keys()].sort()) perCategory[c] = toScore(per.get(c)!);
  return { overall: toScore(total), perCategory, mistakes: reports.flatMap((r) => r.mistakes) };
}

/** Findings of an inventory as rows to score: paths relative to the app folder, 1-based lines. */
export function findingRows(findings: readonly Finding[], dir: string): { file: string; line: number; field: string; category: string }[] {
  return findings.map((f) => ({
    file: path.relative(dir, f.file).split(path.sep).join("/"),
    line: f.range.start.line + 1,
    field: f.field.replace(/^(['"`])(.*)\1$/, "$2"),
    category: f.category,
  }));
}

/** test-fixtures/real, found from this module's location. */
export function defaultRealSetRoot(): string {
  return fixtureFolder("real");
}

/** test-fixtures/real-incoming: the newest labelled apps, reported but not gated (see its README); "" when none wait. */
export function defaultIncomingSetRoot(): string {
  try {
    return fixtureFolder("real-incoming");
  } catch {
    return "";
  }
}
