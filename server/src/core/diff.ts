/**
 * The privacy diff of a change: two data maps (the base and the working tree), each reduced to a snapshot of plain
 * data, compared by identities that do not include line numbers, so code that only moves is not reported.
 * Pure: no git, no file system. The CLI (cli/diff.ts) builds both ProjectResults and the rename map.
 */
import * as path from "path";
import type { ProjectResult } from "./project";
import { coveringDeclaration, effectiveBases, type CategoryDeclaration, type Notice, type Retention } from "./notice/model";
import type { CheckDiagnostic, Finding, Flow } from "./types";

/** A field that collects a category. `file` is relative to the project root with `/`; `line` is 1-based. */
export interface CollectionPoint {
  category: string;
  file: string;
  line: number;
  field: string;
  owner: string;
}

export interface FlowPoint {
  category: string;
  file: string;
  line: number;
  service: string;
  sink: string;
  /** True when the covering notice entry lists a recipient that stands for this service. */
  declared: boolean;
}

/** What a notice says about one category, normalised for comparison (lists sorted, ranges dropped). */
export interface NoticeEntry {
  /** The category key, prefixed by the notice's folder and `:` when the notice is not at the project root. */
  key: string;
  purposes: string[];
  basis: string[];
  condition?: string;
  retention?: string;
  recipients: string[];
}

export interface NoticeSnapshot {
  /** Relative to the project root, `/`-separated. */
  file: string;
  /** False when the notice exists but could not be loaded (syntax error, unsupported version): entries unknown. */
  readable: boolean;
  entries: NoticeEntry[];
}

export interface ProblemPoint {
  checkId: string;
  severity: CheckDiagnostic["severity"];
  file: string;
  line: number;
  category?: string;
  /** `Owner.field` for code problems, else the category or the message: what the problem is about. */
  subject: string;
  message: string;
}

export interface DataSnapshot {
  collected: CollectionPoint[];
  flows: FlowPoint[];
  notices: NoticeSnapshot[];
  problems: ProblemPoint[];
  /** Display names of the categories seen (taxonomy names), for sentences. */
  names: Record<string, string>;
}

export interface NoticeChange {
  key: string;
  fields: { field: "purposes" | "basis" | "condition" | "retention" | "recipients"; before: string; after: string }[];
}

export interface PrivacyDiff {
  /** Collection points new in the head (keyed by file, owner, field, category) and those gone from it. */
  collected: { added: CollectionPoint[]; removed: CollectionPoint[] };
  /** Categories collected nowhere at the base and somewhere now, and the reverse. */
  categories: { added: string[]; removed: string[] };
  flows: { added: FlowPoint[]; removed: FlowPoint[] };
  notice: {
    added: string[];
    removed: string[];
    changed: NoticeChange[];
    /** Notice files created, deleted, or unreadable on either side (their entries are then not compared). */
    files: { added: string[]; removed: string[]; unreadable: string[] };
  };
  problems: { introduced: ProblemPoint[]; fixed: ProblemPoint[] };
  names: Record<string, string>;
}

function rel(file: string, root: string): string {
  const r = path.relative(root, file);
  return (r.startsWith("..") || path.isAbsolute(r) ? file : r).split(path.sep).join("/");
}

function describeRetention(r: Retention | undefined): string | undefined {
  if (!r) return undefined;
  if (r.kind === "text") return `"${r.text}"`;
  return r.rules
    .map((rule) =>
      [rule.period, rule.after && `after ${rule.after}`, rule.asRequiredBy && `as required by ${rule.asRequiredBy}`, rule.then && `then ${rule.then}`, rule.note && `(${rule.note})`]
        .filter(Boolean)
        .join(" "),
    )
    .join("; ");
}

function entryOf(notice: Notice, decl: CategoryDeclaration, prefix: string): NoticeEntry {
  return {
    key: prefix + decl.key,
    purposes: decl.purposes.map((p) => p.name).sort(),
    // Effective bases: editing a named purpose's basis changes what applies to every entry that lists it.
    basis: effectiveBases(notice, decl).slice().sort(),
    ...(decl.condition ? { condition: decl.condition } : {}),
    ...(decl.retention ? { retention: describeRetention(decl.retention) } : {}),
    recipients: decl.recipients.map((r) => r.name).sort(),
  };
}

/** The notice that covers a file: the only one, else the one in the nearest folder above it. */
function noticeFor(file: string, notices: { file: string; notice?: Notice }[]): Notice | undefined {
  if (notices.length === 1) return notices[0].notice;
  let best: { file: string; notice?: Notice } | undefined;
  for (const n of notices) {
    const dir = path.dirname(n.file) + path.sep;
    if (file.startsWith(dir) && (!best || dir.length > path.dirname(best.file).length + 1)) best = n;
  }
  return best?.notice;
}

function flowDeclared(flow: Flow, notice: Notice | undefined): boolean {
  if (!notice) return false;
  const decl = coveringDeclaration(notice, flow.category);
  return Boolean(decl?.recipients.some((r) => notice.recipients.get(r.name)?.services.some((s) => s.name === flow.service)));
}

/** Reduces a project's check result to what the diff compares. Exempt findings (not personal data) are left out. */
export function snapshotOf(result: ProjectResult): DataSnapshot {
  const root = result.root;
  const exempt = new Set<Finding>(result.exempt.map((e) => e.finding));
  const names: Record<string, string> = {};
  const name = (key: string) => (names[key] ??= result.taxonomy.get(key)?.name ?? key.slice(key.lastIndexOf(".") + 1));
  const collected = result.findings
    .filter((f) => !exempt.has(f))
    .map((f) => {
      name(f.category);
      return { category: f.category, file: rel(f.file, root), line: f.range.start.line + 1, field: f.field, owner: f.owner };
    });
  const flows = result.flows.map((f) => {
    name(f.category);
    return { category: f.category, file: rel(f.file, root), line: f.range.start.line + 1, service: f.service, sink: f.sink, declared: flowDeclared(f, noticeFor(f.file, result.notices)) };
  });
  const notices: NoticeSnapshot[] = result.notices
    .filter((n) => n.exists)
    .map((n) => {
      const file = rel(n.file, root);
      const folder = path.posix.dirname(file);
      const prefix = folder === "." ? "" : `${folder}:`;
      const entries = n.notice ? n.notice.categories.map((d) => entryOf(n.notice!, d, prefix)) : [];
      for (const e of n.notice?.categories ?? []) name(e.key);
      return { file, readable: Boolean(n.notice), entries };
    });
  const problems = result.diagnostics.map((d) => ({
    checkId: d.checkId,
    severity: d.severity,
    file: rel(d.file, root),
    line: d.range.start.line + 1,
    ...(d.category ? { category: d.category } : {}),
    subject: d.finding ? `${d.finding.owner}.${d.finding.field}` : (d.category ?? d.message),
    message: d.message,
  }));
  return { collected, flows, notices, problems, names };
}

/**
 * The base snapshot with its files renamed to their names in the head (`renames`: old path -> new path, relative to
 * the project root), so a moved file's findings match. Notice keys keep their folder: a moved notice is a change.
 */
export function applyRenames(s: DataSnapshot, renames: ReadonlyMap<string, string>): DataSnapshot {
  if (renames.size === 0) return s;
  const to = <T extends { file: string }>(x: T): T => (renames.has(x.file) ? { ...x, file: renames.get(x.file)! } : x);
  return { ...s, collected: s.collected.map(to), flows: s.flows.map(to), problems: s.problems.map(to) };
}

/**
 * Items of `after` beyond those of `before` with the same identity (a multiset difference: two identical fields in
 * one owner, a getter and its setter, count twice). Keeps the order of `after`.
 */
function extra<T>(before: T[], after: T[], id: (x: T) => string): T[] {
  const left = new Map<string, number>();
  for (const x of before) left.set(id(x), (left.get(id(x)) ?? 0) + 1);
  const out: T[] = [];
  for (const x of after) {
    const k = id(x);
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else out.push(x);
  }
  return out;
}

const SEP = "\u0000";
export const collectionId = (c: CollectionPoint) => [c.file, c.owner, c.field, c.category].join(SEP);
export const flowId = (f: FlowPoint) => [f.file, f.service, f.category, f.sink].join(SEP);
export const problemId = (p: ProblemPoint) => [p.checkId, p.file, p.category ?? "", p.subject].join(SEP);

const ENTRY_FIELDS = ["purposes", "basis", "condition", "retention", "recipients"] as const;

function show(v: string | string[] | undefined): string {
  return Array.isArray(v) ? v.join(", ") : (v ?? "");
}

function compareNotices(base: NoticeSnapshot[], head: NoticeSnapshot[]): PrivacyDiff["notice"] {
  const out: PrivacyDiff["notice"] = { added: [], removed: [], changed: [], files: { added: [], removed: [], unreadable: [] } };
  const baseFiles = new Map(base.map((n) => [n.file, n]));
  const headFiles = new Map(head.map((n) => [n.file, n]));
  for (const f of headFiles.keys()) if (!baseFiles.has(f)) out.files.added.push(f);
  for (const f of baseFiles.keys()) if (!headFiles.has(f)) out.files.removed.push(f);
  // An unreadable notice has unknown entries: comparing it would report every entry as removed (or added).
  const unreadable = new Set([...base, ...head].filter((n) => !n.readable).map((n) => n.file));
  out.files.unreadable.push(...[...unreadable].sort());
  const entries = (ns: NoticeSnapshot[]) => new Map(ns.filter((n) => !unreadable.has(n.file)).flatMap((n) => n.entries.map((e) => [e.key, e] as const)));
  const before = entries(base);
  const after = entries(head);
  for (const [key, e] of after) {
    const old = before.get(key);
    if (!old) {
      out.added.push(key);
      continue;
    }
    const fields = ENTRY_FIELDS.filter((f) => show(old[f]) !== show(e[f])).map((f) => ({ field: f, before: show(old[f]), after: show(e[f]) }));
    if (fields.length) out.changed.push({ key, fields });
  }
  for (const key of before.keys()) if (!after.has(key)) out.removed.push(key);
  out.added.sort();
  out.removed.sort();
  out.changed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out;
}

/** What changes for privacy from `base` to `head` (apply renames to `base` first). */
export function diffSnapshots(base: DataSnapshot, head: DataSnapshot): PrivacyDiff {
  const baseCategories = new Set(base.collected.map((c) => c.category));
  const headCategories = new Set(head.collected.map((c) => c.category));
  return {
    collected: { added: extra(base.collected, head.collected, collectionId), removed: extra(head.collected, base.collected, collectionId) },
    categories: {
      added: [...headCategories].filter((c) => !baseCategories.has(c)).sort(),
      removed: [...baseCategories].filter((c) => !headCategories.has(c)).sort(),
    },
    flows: { added: extra(base.flows, head.flows, flowId), removed: extra(head.flows, base.flows, flowId) },
    notice: compareNotices(base.notices, head.notices),
    problems: { introduced: extra(base.problems, head.problems, problemId), fixed: extra(head.problems, base.problems, problemId) },
    names: { ...base.names, ...head.names },
  };
}

/** True when nothing a reviewer would care about changed. */
export function isEmptyDiff(d: PrivacyDiff): boolean {
  return (
    !d.collected.added.length &&
    !d.collected.removed.length &&
    !d.flows.added.length &&
    !d.flows.removed.length &&
    !d.notice.added.length &&
    !d.notice.removed.length &&
    !d.notice.changed.length &&
    !d.notice.files.added.length &&
    !d.notice.files.removed.length &&
    !d.problems.introduced.length &&
    !d.problems.fixed.length
  );
}
