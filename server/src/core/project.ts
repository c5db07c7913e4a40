/**
 * Whole-project orchestration shared by the CLI and the language server: discover files, scan them (worker pool),
 * group them by the notice that covers them, load each notice, and run the checks. Results are sorted so that the
 * same project always gives byte-identical output, whatever the thread scheduling.
 */
import * as fs from "fs";
import * as path from "path";
import { emptyConfig, type PrivacyLintConfig } from "./config";
import { discoverFiles, Scope } from "./scan/files";
import { applyExemptions, checkFindings, checkNotice, noticeInvalidDiagnostic, usedCategories, type SeverityOverrides } from "./notice/checks";
import { parseSuppressions, type Suppression } from "./scan/suppressions";
import { NOTICE_FILE_NAMES, type Exemption, type Notice } from "./notice/model";
import { loadRuleSet, type RuleSet } from "./classify/rules";
import type { ResolutionReads, ResolvedDelta } from "./index/project-index";
import { ScanPool, type ScanProgress } from "./scan/scan-pool";
import type { ScanCache } from "./cache/scan-cache";
import { Taxonomy } from "./classify/taxonomy";
import type { CheckDiagnostic, FileScanResult, Finding, Flow, ScanNote } from "./types";

// Loaded where they are used: a warm cached run (the project pass taken from the cache) needs neither the project
// index with the classifier, nor, for `inventory`, the notice loader and the sink catalogue (~30 ms of loading).
/* eslint-disable @typescript-eslint/no-require-imports */
const resolveReferences: typeof import("./index/project-index").resolveReferences = (...args) => (require("./index/project-index") as typeof import("./index/project-index")).resolveReferences(...args);
const noticeLoader = (): typeof import("./notice/loader") => require("./notice/loader");
const flowChecks = (): typeof import("./notice/flow-checks") => require("./notice/flow-checks");
const catalogueFor: typeof import("./flows/catalogue").catalogueFor = (rules) => (require("./flows/catalogue") as typeof import("./flows/catalogue")).catalogueFor(rules);
/* eslint-enable @typescript-eslint/no-require-imports */

export interface ProjectOptions {
  /** The project's configuration (see loadConfig); defaults when absent. */
  config?: PrivacyLintConfig;
  /** Only scan these files/folders (absolute, inside the root). The notice checks then skip `unused-declaration`. */
  paths?: string[];
  maxWorkers?: number;
  onProgress?: ScanProgress;
  /** A pool to reuse (the language server keeps one); otherwise one is created and closed. */
  pool?: ScanPool;
  /**
   * The project's scan cache (ScanCache.open): files it holds are not scanned, the others are and are added to it,
   * and it is saved after the scan. Give a pool created with `stamp: true`, or its results are not cached.
   */
  cache?: ScanCache;
}

export interface LoadedNotice {
  /** Absolute path. */
  file: string;
  exists: boolean;
  /** The text that was loaded (fix compares it with the disk before writing). */
  text?: string;
  notice?: Notice;
  /** Findings of the files this notice covers (suppressed ones excluded, exempt ones included). */
  findings: Finding[];
  exempt: { finding: Finding; exemption: Exemption }[];
  /** Flows of the files this notice covers (as the scanner gave them; the checks drop suppressed and exempt ones). */
  flows: Flow[];
}

export interface ProjectResult {
  root: string;
  files: string[];
  /** Every finding not silenced by a suppression comment, sorted. */
  findings: Finding[];
  /** Personal data reaching third parties and logs (suppressed ones left out), sorted. */
  flows: Flow[];
  suppressed: Finding[];
  /** Findings the covering notice exempts (not personal data by the notice's own account). */
  exempt: { finding: Finding; exemption: Exemption }[];
  /** Code and notice diagnostics, sorted by file, position, check id. */
  diagnostics: CheckDiagnostic[];
  notes: ScanNote[];
  /** Every notice involved, sorted by path; `findings` of files no notice covers are under `uncovered`. */
  notices: LoadedNotice[];
  uncovered: Finding[];
  /** Flows of files no notice covers. */
  uncoveredFlows: Flow[];
  /** True when only part of the project was scanned (paths given). */
  partial: boolean;
  taxonomy: Taxonomy;
}

export interface InventoryResult {
  root: string;
  files: string[];
  findings: Finding[];
  flows: Flow[];
  notes: ScanNote[];
}

/** Sort order used everywhere output is produced: file, then position. */
export function compareLocations(a: { file: string; range?: { start: { line: number; character: number } } }, b: typeof a): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.range?.start.line ?? -1;
  const lb = b.range?.start.line ?? -1;
  if (la !== lb) return la - lb;
  return (a.range?.start.character ?? -1) - (b.range?.start.character ?? -1);
}

export function compareFindings(a: Finding, b: Finding): number {
  return compareLocations(a, b) || cmp(a.category, b.category) || cmp(a.field, b.field);
}

export function compareFlows(a: Flow, b: Flow): number {
  return compareLocations(a, b) || cmp(a.service, b.service) || cmp(a.category, b.category) || cmp(a.sink, b.sink);
}

export function compareDiagnostics(a: CheckDiagnostic, b: CheckDiagnostic): number {
  return compareLocations(a, b) || cmp(a.checkId, b.checkId) || cmp(a.category ?? "", b.category ?? "") || cmp(a.message, b.message);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Below this many files, worker start-up costs more than it saves. */
export const MIN_FILES_FOR_THREADS = 32;

async function scanProject(root: string, options: ProjectOptions): Promise<{ files: string[]; results: FileScanResult[] }> {
  const config = options.config ?? emptyConfig();
  const scope = { include: config.include, exclude: config.exclude };
  let files = options.pool ? await options.pool.discover(root, scope) : await discoverFiles(root, scope);
  if (options.paths?.length) files = filterToPaths(files, options.paths);
  if (options.cache) return { files, results: await scanWithCache(files, options.cache, config, options) };
  const results = await scanAll(files, config, options);
  // The second pass: fields typed by names declared in other files, classified against the whole project's index.
  resolveReferences(results, loadRuleSet({ extraRuleFiles: config.ruleFiles }));
  return { files, results };
}

async function scanAll(files: string[], config: PrivacyLintConfig, options: ProjectOptions): Promise<FileScanResult[]> {
  const small = files.length < MIN_FILES_FOR_THREADS;
  // A given pool is used unless the job is tiny (its workers may still be loading: in-process is quicker then).
  const usePool = options.pool && !small;
  const pool = usePool ? options.pool! : new ScanPool({ maxWorkers: small ? 1 : options.maxWorkers, ruleFiles: config.ruleFiles, maxFileSize: config.maxFileSize });
  try {
    return await pool.scan(files, options.onProgress);
  } finally {
    if (!usePool) await pool.close();
  }
}

/**
 * Scan through the cache: files it holds are decoded, the others scanned (stamped), stored; then the project pass,
 * whose additions are recorded too, and the cache is saved. When no file changed since the project pass the cache
 * records (the same files, the same contents), the results come from it with that pass applied. Results come back
 * in file order, completed by the project pass.
 */
async function scanWithCache(files: string[], cache: ScanCache, config: PrivacyLintConfig, options: ProjectOptions): Promise<FileScanResult[]> {
  const { valid, misses } = await cache.check(files);
  if (misses.length === 0) {
    const resolved = cache.decodeResolved(files, valid);
    if (resolved) {
      cache.save(options.paths?.length ? undefined : files); // (stamps refreshed by content, entries of deleted files dropped)
      return resolved;
    }
  }
  const scan = async (toScan: string[]): Promise<FileScanResult[]> => {
    if (toScan.length === 0) return [];
    const small = toScan.length < MIN_FILES_FOR_THREADS;
    const usePool = options.pool && !small;
    const pool = usePool
      ? options.pool!
      : new ScanPool({ maxWorkers: small ? 1 : options.maxWorkers, readAhead: !small, ruleFiles: config.ruleFiles, maxFileSize: config.maxFileSize, stamp: true });
    try {
      return await pool.scan(toScan, options.onProgress);
    } finally {
      if (!usePool) await pool.close();
    }
  };
  // (Scanning a few changed files in a worker thread while the rest decodes was measured slower on 2 busy CPUs: the
  // worker's compiler load competes with the decoding. So they are scanned here, in-process.)
  const first = await scan(misses);
  const decoded = cache.decodeValid(files, valid);
  const missed = new Set(misses);
  const damaged = decoded.misses.filter((f) => !missed.has(f));
  const scanned = [...first, ...(await scan(damaged))];
  // Stored before the project pass, which completes the results in place.
  cache.store(scanned);
  const byFile = new Map(scanned.map((r) => [r.file, r]));
  for (const r of scanned) delete r.stamp;
  const results = decoded.results.map((r, i) => r ?? byFile.get(files[i])!);
  // The second pass: fields typed by names declared in other files, classified against the whole project's index.
  // (Of the pass the cache records, what the changed files cannot have changed is taken as it is.)
  const deltas: (ResolvedDelta | undefined)[] = new Array(files.length).fill(undefined);
  const reads: (ResolutionReads | undefined)[] = new Array(files.length).fill(undefined);
  resolveReferences(results, loadRuleSet({ extraRuleFiles: config.ruleFiles }), undefined, deltas, reads, cache.previousPass(files));
  cache.storeResolved(files, deltas, reads);
  cache.save(options.paths?.length ? undefined : files);
  return results;
}

function filterToPaths(files: string[], paths: string[]): string[] {
  const wanted = paths.map((p) => path.resolve(p));
  return files.filter((f) => wanted.some((w) => f === w || f.startsWith(w.endsWith(path.sep) ? w : w + path.sep)));
}

/** Scan only: every finding in the project (suppressed ones left out), sorted. */
export async function inventoryProject(root: string, options: ProjectOptions = {}): Promise<InventoryResult> {
  const absRoot = path.resolve(root);
  const { files, results } = await scanProject(absRoot, options);
  const findings: Finding[] = [];
  const flows: Flow[] = [];
  const notes: ScanNote[] = [];
  for (const r of results) {
    findings.push(...r.findings);
    if (r.flows) flows.push(...r.flows);
    notes.push(...r.notes);
  }
  findings.sort(compareFindings);
  flows.sort(compareFlows);
  notes.sort((a, b) => compareLocations(a, b) || cmp(a.code, b.code));
  return { root: absRoot, files, findings, flows, notes };
}

/** The taxonomy with the custom categories of the configured rule files. */
export function projectTaxonomy(config: PrivacyLintConfig, rules?: RuleSet): Taxonomy {
  const base = Taxonomy.builtin();
  if (config.ruleFiles.length === 0) return base;
  // The rule set holds the built-in rules' own categories too (they are in the built-in taxonomy already).
  const custom = (rules ?? loadRuleSet({ extraRuleFiles: config.ruleFiles })).customCategories.filter((c) => !base.has(c.key));
  return custom.length ? base.withCustom(custom.map((c) => ({ key: c.key, parent: c.parent, description: c.description }))) : base;
}

/** Scan and check the whole project (or `paths` within it). */
export async function checkProject(root: string, options: ProjectOptions = {}): Promise<ProjectResult> {
  const absRoot = path.resolve(root);
  const config = options.config ?? emptyConfig();
  const severities = config.severity as SeverityOverrides;
  // The project's rules, read once here: its custom categories and sink catalogues.
  const rules = loadRuleSet({ extraRuleFiles: config.ruleFiles });
  const taxonomy = projectTaxonomy(config, rules);
  const { files, results } = await scanProject(absRoot, options);
  const partial = Boolean(options.paths?.length) && !options.paths!.every((p) => path.resolve(p) === absRoot);

  const findings: Finding[] = [];
  const flows: Flow[] = [];
  const suppressed: Finding[] = [];
  const notes: ScanNote[] = [];
  for (const r of results) {
    findings.push(...r.findings);
    if (r.flows) flows.push(...r.flows);
    suppressed.push(...r.suppressed);
    notes.push(...r.notes);
  }

  // Group findings by the notice that covers their file (the configured one, else the nearest one).
  const noticeOf = new Map<string, string | undefined>();
  const noticeForFile = (file: string) => {
    if (config.notice) return config.notice;
    const dir = path.dirname(file);
    if (!noticeOf.has(dir)) noticeOf.set(dir, noticeLoader().findNoticeFor(file, absRoot));
    return noticeOf.get(dir);
  };
  const groups = new Map<string, Finding[]>();
  const uncovered: Finding[] = [];
  for (const f of findings) {
    const n = noticeForFile(f.file);
    if (n === undefined) uncovered.push(f);
    else (groups.get(n) ?? groups.set(n, []).get(n)!).push(f);
  }
  // A notice with no scanned file under it is still checked (everything it declares is then unused).
  const flowGroups = new Map<string, Flow[]>();
  const uncoveredFlows: Flow[] = [];
  for (const f of flows) {
    const n = noticeForFile(f.file);
    if (n === undefined) uncoveredFlows.push(f);
    else (flowGroups.get(n) ?? flowGroups.set(n, []).get(n)!).push(f);
    if (n !== undefined && !groups.has(n)) groups.set(n, []);
  }
  // Check-id suppression comments are read at check time, only for files that have flows (few, and cached).
  const suppressionCache = new Map<string, Suppression[]>();
  const suppressionsOf = (file: string): Suppression[] => {
    let s = suppressionCache.get(file);
    if (!s) {
      try {
        s = parseSuppressions(fs.readFileSync(file, "utf8"));
      } catch {
        s = [];
      }
      suppressionCache.set(file, s);
    }
    return s;
  };
  const rootNotice = config.notice ?? NOTICE_FILE_NAMES.map((n) => path.join(absRoot, n)).find((f) => fs.existsSync(f));
  if (rootNotice && !groups.has(rootNotice)) groups.set(rootNotice, []);

  const diagnostics: CheckDiagnostic[] = [];
  const notices: LoadedNotice[] = [];
  const exempt: { finding: Finding; exemption: Exemption }[] = [];
  // A recipient may stand for a service of the project's own sink files too.
  const serviceIds = [...catalogueFor(rules).services.keys(), "http"];
  for (const [file, covered] of [...groups].sort((a, b) => cmp(a[0], b[0]))) {
    const coveredFlows = flowGroups.get(file) ?? [];
    const loaded: LoadedNotice = { file, exists: fs.existsSync(file), findings: covered, exempt: [], flows: coveredFlows };
    notices.push(loaded);
    if (!loaded.exists) {
      // Only a configured notice can be missing: it is reported once, and the code is checked as having none.
      diagnostics.push(...checkFindings(covered, undefined, taxonomy, severities));
      diagnostics.push(...flowChecks().checkFlows(coveredFlows, undefined, taxonomy, { severities, suppressionsOf }));
      continue;
    }
    loaded.text = fs.readFileSync(file, "utf8");
    const result = noticeLoader().loadNotice(loaded.text, file, taxonomy, { severities, serviceIds });
    diagnostics.push(...result.problems);
    if (!result.notice) {
      // An unusable notice: one diagnostic says so; checking code against nothing would only add noise.
      const invalid = noticeInvalidDiagnostic(result, file, false, severities);
      if (invalid) diagnostics.push(invalid);
      continue;
    }
    loaded.notice = result.notice;
    const split = applyExemptions(covered, result.notice, result.notice.taxonomy);
    loaded.exempt = split.exempt;
    exempt.push(...split.exempt);
    diagnostics.push(...checkFindings(covered, result.notice, taxonomy, severities));
    diagnostics.push(...flowChecks().checkFlows(coveredFlows, result.notice, taxonomy, { severities, suppressionsOf }));
    // Data sent to a service is collected too: a category only flows carry is not "unused".
    const used = usedCategories(covered, result.notice);
    for (const f of flowChecks().activeFlows(coveredFlows, result.notice, suppressionsOf)) used.add(f.category);
    let noticeDiagnostics = checkNotice(result.notice, taxonomy, used, severities);
    // With only part of the project scanned, "declared but unused" cannot be known.
    if (partial) noticeDiagnostics = noticeDiagnostics.filter((d) => d.checkId !== "unused-declaration");
    diagnostics.push(...noticeDiagnostics);
  }
  diagnostics.push(...checkFindings(uncovered, undefined, taxonomy, severities));
  diagnostics.push(...flowChecks().checkFlows(uncoveredFlows, undefined, taxonomy, { severities, suppressionsOf }));

  findings.sort(compareFindings);
  flows.sort(compareFlows);
  suppressed.sort(compareFindings);
  uncovered.sort(compareFindings);
  uncoveredFlows.sort(compareFlows);
  for (const n of notices) n.flows.sort(compareFlows);
  exempt.sort((a, b) => compareFindings(a.finding, b.finding));
  for (const n of notices) n.findings.sort(compareFindings);
  diagnostics.sort(compareDiagnostics);
  notes.sort((a, b) => compareLocations(a, b) || cmp(a.code, b.code));
  return { root: absRoot, files, findings, flows, suppressed, exempt, diagnostics, notes, notices, uncovered, uncoveredFlows, partial, taxonomy };
}

/** Whether a file is one the project scans (the editor asks this per opened file). */
export function projectScope(root: string, config: PrivacyLintConfig = emptyConfig()): Scope {
  return new Scope(root, { include: config.include, exclude: config.exclude });
}
