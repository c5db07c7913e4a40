/**
 * Workspace state of the language server: the workspace folders, the findings of every scanned file (cached, so a
 * notice edit re-checks code without re-parsing it), every notice loaded (with its last valid version, so code keeps
 * being checked while the notice is mid-edit), and the nearest-notice lookup per file.
 */
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath, pathToFileURL } from "url";
import { loadConfig, type ConfigProblem, type PrivacyLintConfig } from "../core/config";
import { Scope } from "../core/scan/files";
import { loadRuleSet, type RuleSet } from "../core/classify/rules";
import { findNoticeFor, loadNotice } from "../core/notice/loader";
import { NOTICE_FILE_NAMES, type Notice, type NoticeLoadResult } from "../core/notice/model";
import type { SeverityOverrides } from "../core/notice/checks";
import type { Taxonomy } from "../core/classify/taxonomy";
import { ProjectIndex, readsChanged, withPending, type IndexReads } from "../core/index/project-index";
import { catalogueFor } from "../core/flows/catalogue";
import { recordCategories, resolvePendingFlows, type RecordCategories } from "../core/flows/resolve";
import { parseSuppressions, type Suppression } from "../core/scan/suppressions";
import type { FileScanResult, Finding, Flow } from "../core/types";
import type { ServerSettings } from "./settings";

/** A workspace folder with its effective configuration: the project's config file, overridden by editor settings. */
export interface WorkspaceFolderState {
  uri: string;
  root: string;
  scope: Scope;
  config: PrivacyLintConfig;
  configProblems: ConfigProblem[];
  /** Notice path from settings or config, absolute; undefined: nearest-notice lookup. */
  noticePath?: string;
  severities: SeverityOverrides;
  rules: RuleSet;
  /** The taxonomy with the custom categories of the folder's rule files. */
  taxonomy: Taxonomy;
  /** Why the project's rule files could not be used (the built-in rules are used instead). */
  rulesError?: string;
}

export interface FileRecord extends FileScanResult {
  /** Version of the open document these findings were computed from; undefined when read from disk. */
  version?: number;
  /** The findings the file gives alone; `findings` adds those of its fields typed by names the index resolves. */
  own: { findings: Finding[]; suppressed: Finding[] };
  /** The flows the file gives alone; `flows` adds those whose client or record type another file declares. */
  ownFlows?: Flow[];
  /** The file's suppression comments, for the flow checks' check-id suppressions (read once, when it has flows). */
  suppressions?: Suppression[];
  /** What classifying its fields typed by a name read from the index: when that changes, they are classified again. */
  pendingReads?: IndexReads;
  /** What resolving its pending flows read from the index (their clients and record types). */
  flowReads?: IndexReads;
}

export interface NoticeRecord {
  file: string;
  text: string;
  result: NoticeLoadResult;
  /** The last version that loaded (this one when it loads). Code is checked against it. */
  lastValid?: Notice;
  /** Version of the open document, undefined when read from disk. */
  version?: number;
}

/** File path of a `file:` URI; other schemes (untitled:, git:) have none and are not scanned. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  // (Memoised: every diagnostic's related locations name the notice's path, and pathToFileURL is slow.)
  let uri = uris.get(file);
  if (uri === undefined) {
    if (uris.size > 10_000) uris.clear();
    uris.set(file, (uri = pathToFileURL(file).toString()));
  }
  return uri;
}
const uris = new Map<string, string>();

export function isNoticeFile(file: string): boolean {
  return (NOTICE_FILE_NAMES as readonly string[]).includes(path.basename(file).toLowerCase());
}


function findingsKey(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.range.start.line}:${f.range.start.character}:${f.category}:${f.confidence}`).join(",");
}

function flowsKey(flows: readonly Flow[] | undefined): string {
  return (flows ?? []).map((f) => `${f.range.start.line}:${f.range.start.character}:${f.service}:${f.category}`).join(",");
}

/** The (record type, category) pairs a file's findings declare: what whole records of those types carry. */
function recordsKey(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => `${f.owner.split(".")[0]}:${f.category}`))].sort().join(",");
}

const NO_NAMES: ReadonlySet<string> = new Set();

export class WorkspaceState {
  readonly folders: WorkspaceFolderState[] = [];
  readonly files = new Map<string, FileRecord>();
  /** What every scanned file's named types and schemas hold, for fields typed by them (project-index.ts). */
  private readonly index = new ProjectIndex();
  readonly notices = new Map<string, NoticeRecord>();
  /** file -> notice path (null: none). Cleared whenever a notice appears or disappears. */
  private readonly noticeLookup = new Map<string, string | null>();
  /** candidate notice path -> exists on disk. Cleared with noticeLookup. */
  private readonly existsCache = new Map<string, boolean>();

  constructor(
    readonly taxonomy: Taxonomy,
    private settings: ServerSettings,
  ) {}

  configure(settings: ServerSettings): void {
    this.settings = settings;
    for (let i = 0; i < this.folders.length; i++) this.folders[i] = this.folderState(this.folders[i].uri, this.folders[i].root);
    this.invalidateNoticeLookup();
    // Severities apply when a notice is loaded: reload the ones we have.
    for (const rec of [...this.notices.values()]) this.setNotice(rec.file, rec.text, rec.version);
  }

  /** Re-reads one folder's project configuration (its config file changed). */
  reloadFolderConfig(root: string): WorkspaceFolderState | undefined {
    const i = this.folders.findIndex((f) => f.root === root);
    if (i < 0) return undefined;
    this.folders[i] = this.folderState(this.folders[i].uri, root);
    this.invalidateNoticeLookup();
    return this.folders[i];
  }

  private folderState(uri: string, root: string): WorkspaceFolderState {
    const { config, problems } = loadConfig(root);
    const s = this.settings;
    const include = s.include.length ? s.include : config.include;
    const exclude = [...(config.exclude ?? []), ...s.exclude];
    const noticeSetting = s.noticePath ?? config.notice;
    let rules: RuleSet;
    let rulesError: string | undefined;
    try {
      rules = loadRuleSet({ extraRuleFiles: config.ruleFiles });
    } catch (err) {
      rules = loadRuleSet();
      rulesError = (err as Error).message;
    }
    let taxonomy = this.taxonomy;
    if (rules.customCategories.length > 0 && config.ruleFiles.length > 0) {
      try {
        taxonomy = this.taxonomy.withCustom(rules.customCategories.filter((c) => !this.taxonomy.has(c.key)));
      } catch (err) {
        rulesError ??= (err as Error).message;
      }
    }
    return {
      uri,
      root,
      taxonomy,
      scope: new Scope(root, { include, exclude }),
      config,
      configProblems: problems,
      noticePath: noticeSetting ? path.resolve(root, noticeSetting) : undefined,
      severities: { ...config.severity, ...s.severities },
      rules,
      rulesError,
    };
  }

  addFolder(uri: string): WorkspaceFolderState | undefined {
    const root = uriToPath(uri);
    if (!root) return undefined;
    const existing = this.folders.find((f) => f.root === root);
    if (existing) return existing;
    const folder = this.folderState(uri, root);
    this.folders.push(folder);
    this.invalidateNoticeLookup();
    return folder;
  }

  removeFolder(uri: string): string[] {
    const root = uriToPath(uri);
    if (!root) return [];
    const i = this.folders.findIndex((f) => f.root === root);
    if (i < 0) return [];
    this.folders.splice(i, 1);
    const dropped = [...this.files.keys()].filter((file) => !this.folderFor(file) && isInside(root, file));
    for (const file of dropped) this.forgetFile(file);
    this.invalidateNoticeLookup();
    return dropped;
  }

  /** Severities for a file (or notice): its folder's, else the editor settings'. */
  severitiesFor(file: string): SeverityOverrides {
    return this.folderFor(file)?.severities ?? this.settings.severities;
  }

  /** The taxonomy for a file (or notice): its folder's, with the categories its rule files define. */
  taxonomyFor(file: string): Taxonomy {
    return this.folderFor(file)?.taxonomy ?? this.taxonomy;
  }

  rulesFor(file: string): RuleSet {
    return this.folderFor(file)?.rules ?? loadRuleSet();
  }

  /** The innermost workspace folder containing the file (nested folders in a multi-root workspace). */
  folderFor(file: string): WorkspaceFolderState | undefined {
    let best: WorkspaceFolderState | undefined;
    for (const f of this.folders) if (isInside(f.root, file) && (!best || f.root.length > best.root.length)) best = f;
    return best;
  }

  /** Whether a file is one the server scans: scannable and in its folder's scope (files outside every folder: yes). */
  inScope(file: string): boolean {
    const folder = this.folderFor(file);
    return folder ? folder.scope.contains(file) : true;
  }

  /** The notice that applies to a file: the configured notice path, else the nearest privacy-notice.yaml. */
  noticeFor(file: string): string | undefined {
    const cached = this.noticeLookup.get(file);
    if (cached !== undefined) return cached ?? undefined;
    const folder = this.folderFor(file);
    const root = folder?.root ?? path.dirname(file);
    let found: string | undefined;
    const configured = folder?.noticePath ?? (this.settings.noticePath ? path.resolve(root, this.settings.noticePath) : undefined);
    if (configured) {
      found = this.exists(configured) ? configured : undefined;
    } else {
      found = findNoticeFor(file, root, (p) => this.exists(p));
    }
    this.noticeLookup.set(file, found ?? null);
    return found;
  }

  /** Where a new notice for this file goes: the configured path, else the root of its workspace folder. */
  newNoticePathFor(file: string): string {
    const folder = this.folderFor(file);
    return folder?.noticePath ?? path.join(folder?.root ?? path.dirname(file), NOTICE_FILE_NAMES[0]);
  }

  private exists(p: string): boolean {
    if (this.notices.has(p)) return true;
    let e = this.existsCache.get(p);
    if (e === undefined) {
      e = fs.existsSync(p);
      this.existsCache.set(p, e);
    }
    return e;
  }

  invalidateNoticeLookup(): void {
    this.noticeLookup.clear();
    this.existsCache.clear();
  }

  /**
   * Stores a file's scan (made with deferred references) and classifies its fields typed by a name against the
   * project index. When the file's summary changed (a type others use was edited), the files that have such fields
   * are re-classified, not re-parsed: `affected` lists those whose findings changed, to be republished.
   */
  setFindings(result: FileScanResult, version?: number): FileRecord {
    return this.setScanResults([result], version).records[0];
  }

  setScanResults(results: FileScanResult[], version?: number): { records: FileRecord[]; affected: FileRecord[] } {
    // What each file's new summary changed in the index: the files whose fields typed by a name read it, or a name
    // it declares, may read differently now (see ProjectIndex.track).
    const changed = { declarations: new Set<string>(), names: new Set<string>(), members: new Set<string>() };
    for (const r of results) {
      const change = this.index.update(r.file, r.summary);
      if (!change) continue;
      changed[change.kind].add(r.file);
      for (const name of change.names) changed.names.add(name);
    }
    const anyChange = changed.declarations.size > 0 || changed.members.size > 0;
    // (Fields typed by a whole name read members' findings too; only those typed by one member, `T["k"]`, read them alone.)
    const stale = (reads: IndexReads | undefined, pending: FileRecord["pending"]) =>
      !reads || readsChanged(reads, changed.declarations, changed.names) || (!!pending?.some((p) => p.ref.member) && readsChanged(reads, changed.members, NO_NAMES));
    let typesChanged = false;
    const records = results.map((r) => {
      const previous = this.files.get(r.file);
      const record: FileRecord = { ...r, version, own: { findings: r.findings, suppressed: r.suppressed }, ownFlows: r.flows };
      delete record.summary;
      this.files.set(r.file, record);
      this.classifyPending(record);
      // What a record type holds (for whole records in sink calls) changes only with its fields' owners and categories.
      if (!previous || recordsKey(previous.findings) !== recordsKey(record.findings)) typesChanged = true;
      return record;
    });
    if (typesChanged) this.recordTypes = undefined;
    for (const record of records) this.resolveFlows(record);
    const affected: FileRecord[] = [];
    if (anyChange || typesChanged) {
      const scanned = new Set(results.map((r) => r.file));
      for (const record of this.files.values()) {
        if (scanned.has(record.file) || (!record.pending?.length && !record.pendingFlows?.length)) continue;
        const reread = !!record.pending?.length && stale(record.pendingReads, record.pending);
        const reflow = !!record.pendingFlows?.length && (typesChanged || reread || stale(record.flowReads, undefined));
        if (!reread && !reflow) continue;
        const before = findingsKey(record.findings) + flowsKey(record.flows);
        if (reread) this.classifyPending(record);
        if (reflow) this.resolveFlows(record);
        if (findingsKey(record.findings) + flowsKey(record.flows) !== before) affected.push(record);
      }
    }
    return { records, affected };
  }

  /** Categories of each record type in the workspace, from every file's findings (rebuilt after a change to them). */
  private recordTypes: RecordCategories | undefined;

  /** A file's flows: its own, and those of its sink calls whose client or record type another file declares. */
  private resolveFlows(record: FileRecord): void {
    if (!record.pendingFlows?.length) {
      record.flows = record.ownFlows;
      return;
    }
    this.recordTypes ??= recordCategories([...this.files.values()].flatMap((r) => r.findings));
    const recordTypes = this.recordTypes;
    const { result: resolved, reads } = this.index.reading(() => resolvePendingFlows(record.file, record.pendingFlows!, this.index, recordTypes, catalogueFor(this.rulesFor(record.file))));
    record.flowReads = reads;
    record.flows = resolved.length ? [...(record.ownFlows ?? []), ...resolved].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character) : record.ownFlows;
  }

  /** Forgets a file (deleted, out of scope): its summary leaves the index. */
  forgetFile(file: string): boolean {
    this.index.update(file, undefined);
    this.recordTypes = undefined;
    return this.files.delete(file);
  }

  private classifyPending(record: FileRecord): void {
    const { result, reads } = this.index.reading(() => withPending(record.own, record.file, record.pending, this.index, this.rulesFor(record.file)));
    ({ findings: record.findings, suppressed: record.suppressed } = result);
    record.pendingReads = record.pending?.length ? reads : undefined;
  }


  /** Loads (or reloads) a notice from text. Keeps the previous valid notice when this text does not load. */
  setNotice(file: string, text: string, version?: number): NoticeRecord {
    const isNew = !this.notices.has(file);
    const previous = this.notices.get(file);
    const serviceIds = [...catalogueFor(this.rulesFor(file)).services.keys(), "http"];
    const result = loadNotice(text, file, this.taxonomyFor(file), { severities: this.severitiesFor(file), serviceIds });
    const record: NoticeRecord = { file, text, result, version, lastValid: result.notice ?? previous?.lastValid };
    this.notices.set(file, record);
    if (isNew) this.invalidateNoticeLookup();
    return record;
  }

  /** The notice record for a path, loading it from disk the first time. Undefined when it cannot be read. */
  noticeRecord(file: string): NoticeRecord | undefined {
    const rec = this.notices.get(file);
    if (rec) return rec;
    try {
      return this.setNotice(file, fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    } catch {
      return undefined;
    }
  }

  removeNotice(file: string): void {
    this.notices.delete(file);
    this.invalidateNoticeLookup();
  }

  /** The notice code is checked against: the current one when it loads, else its last valid version. */
  effectiveNotice(noticeFile: string | undefined): Notice | undefined {
    if (!noticeFile) return undefined;
    const rec = this.noticeRecord(noticeFile);
    return rec?.result.notice ?? rec?.lastValid;
  }

  /**
   * The suppression comments of a file with flows: set from the editor's text by a rescan of an open document, else
   * read from disk once (a new scan result makes a new record, so this never outlives the text it came from).
   */
  flowSuppressions(record: FileRecord): Suppression[] {
    if (!record.flows?.length) return [];
    if (record.suppressions === undefined) {
      let text = "";
      try {
        if (record.version === undefined) text = fs.readFileSync(record.file, "utf8");
      } catch {
        text = "";
      }
      record.suppressions = parseSuppressions(text);
    }
    return record.suppressions;
  }

  /** Every cached file whose notice is this one. */
  filesUnder(noticeFile: string): FileRecord[] {
    const out: FileRecord[] = [];
    for (const rec of this.files.values()) if (this.noticeFor(rec.file) === noticeFile) out.push(rec);
    return out;
  }
}

export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}
