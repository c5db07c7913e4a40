/**
 * The privacy-lint language service: wires the workspace state, scanning, diagnostics, code actions and hover
 * to an LSP connection.
 *
 * Freshness rules:
 * - an open document is rescanned (in-process, one file) after a debounce; the result is published with the
 *   document version it was computed from, and only if that is still the document's version;
 * - results from the background workspace scan never overwrite an open document's (newer) findings;
 * - a notice change re-checks every file under it from cached findings; nothing is re-parsed.
 */
import * as fs from "fs";
import * as path from "path";
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type FileEvent,
  type InitializeParams,
  type InitializeResult,
  type Range,
  type WorkDoneProgressServerReporter,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { hasAtLeastSourceFiles, ScanPool } from "../core/scan/scan-pool";
import type * as Scanner from "../core/scan/scanner";
import { discoverFiles, isScannableFile, readSourceFile } from "../core/scan/files";
import { parseSuppressions } from "../core/scan/suppressions";
import { Taxonomy } from "../core/classify/taxonomy";
import { formatConfigProblem } from "../core/config";
import { createNoticeFile } from "./create-notice";
import { PublishedDiagnostics } from "./published";
import { CodeActionProvider, type ActionData, type ClientEditSupport } from "./code-actions";
import { buildDataMap, renderDataMapHtml, renderDataMapMarkdown } from "./data-map";
import { codeDiagnostics, noticeDiagnostics } from "./diagnostics";
import { hoverForCode, hoverForNotice } from "./hover";
import {
  APPLY_FIX_COMMAND,
  CREATE_NOTICE_COMMAND,
  DATA_MAP_REQUEST,
  FIX_ALL_KIND,
  REVEAL_COMMAND,
  SETTINGS_SECTION,
  STATUS_NOTIFICATION,
  type CreateNoticeResult,
  type DataMapParams,
  type DataMapResult,
  type StatusParams,
} from "./protocol";
import { parseSettings, type ServerSettings } from "./settings";
import { isNoticeFile, pathToUri, uriToPath, WorkspaceState, type FileRecord } from "./workspace";

/** Below this many files the initial scan stays in-process: worker start-up would cost more than it saves. */
const MIN_FILES_FOR_THREADS = 32;

/**
 * The scanner loads the TypeScript compiler: required on first use, so the server answers `initialize` and starts its
 * scan workers (which load their own copy) without waiting for it.
 */
function scanner(): typeof Scanner {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../core/scan/scanner") as typeof Scanner;
}

export class PrivacyLintService {
  private readonly documents = new TextDocuments(TextDocument);
  private settings: ServerSettings;
  private state: WorkspaceState;
  private capabilities: ClientCapabilities = {};
  private readonly codeActions: CodeActionProvider;
  /** Pending debounced rescans of open documents, by URI. */
  private readonly pendingScans = new Map<string, NodeJS.Timeout>();
  private readonly pendingNoticeRefresh = new Map<string, NodeJS.Timeout>();
  /** Published diagnostics per URI (for the status bar count and for clearing). */
  private readonly published: PublishedDiagnostics;
  private statusTimer: NodeJS.Timeout | undefined;
  private scanning = false;
  /** Bumped by every (re)start of the workspace scan; an older scan stops when it sees a newer generation. */
  private scanGeneration = 0;
  /** Files scanned since start (the protocol tests check that a notice edit scans nothing). */
  private scansDone = 0;
  private pool: ScanPool | undefined;
  private initialScan: Promise<void> = Promise.resolve();

  constructor(private readonly connection: Connection) {
    this.settings = parseSettings(undefined).settings;
    this.state = new WorkspaceState(Taxonomy.builtin(), this.settings);
    this.codeActions = new CodeActionProvider(this.state, (file) => this.textOf(file), () => this.editSupport());
    this.published = new PublishedDiagnostics(connection);
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((params) => this.initialize(params));
    c.onInitialized(() => this.initialized());
    c.onShutdown(() => this.shutdown());
    c.onDidChangeConfiguration((params) => this.applySettings((params.settings as Record<string, unknown> | undefined)?.[SETTINGS_SECTION]));
    c.onDidChangeWatchedFiles((params) => this.watchedFilesChanged(params.changes));
    c.onCodeAction((params, token) => (token.isCancellationRequested ? null : this.codeActions.provide(params, this.documents.get(params.textDocument.uri))));
    c.onCodeActionResolve((action) => this.codeActions.resolve(action));
    c.onHover((params, token) => {
      if (token.isCancellationRequested) return null;
      const file = uriToPath(params.textDocument.uri);
      if (!file) return null;
      return (isNoticeFile(file) ? hoverForNotice(this.state, file, params.position) : hoverForCode(this.state, file, params.position)) ?? null;
    });
    c.onExecuteCommand(async (params) => {
      if (params.command === REVEAL_COMMAND) {
        const [uri, range] = params.arguments ?? [];
        if (typeof uri === "string") await this.reveal(uri, range);
        return null;
      }
      if (params.command === CREATE_NOTICE_COMMAND) return this.createNotice(params.arguments?.[0]);
      if (params.command === APPLY_FIX_COMMAND) {
        // For clients that run commands rather than apply code-action edits (and for scripted use): the server
        // computes the edit, asks the client to apply it, then reveals what was inserted.
        const data = params.arguments?.[0] as ActionData;
        if (data?.fix === "create" && !this.editSupport().createFile) return this.createNotice(data);
        const built = this.codeActions.build(data);
        if (!built) return { applied: false, reason: "nothing to change" };
        const result = await c.workspace.applyEdit({ label: "privacy-lint", edit: built.edit });
        if (result.applied && built.reveal) await this.reveal(built.reveal.uri, built.reveal.range);
        return { applied: result.applied, reason: result.failureReason };
      }
      return null;
    });
    c.onRequest(DATA_MAP_REQUEST, async (params: DataMapParams | undefined): Promise<DataMapResult> => {
      await this.initialScan;
      if (params?.format === "json") return { format: "json", content: JSON.stringify(buildDataMap(this.state), null, 2) };
      if (params?.format === "html") return { format: "html", content: renderDataMapHtml(this.state) };
      return { format: "markdown", content: renderDataMapMarkdown(this.state) };
    });

    // TextDocuments fires onDidOpen then onDidChangeContent for an opened document: scan it once, at once.
    const justOpened = new Set<string>();
    this.documents.onDidOpen((e) => justOpened.add(e.document.uri));
    this.documents.onDidChangeContent((e) => this.documentChanged(e.document, justOpened.delete(e.document.uri) ? 0 : this.settings.debounceMs));
    this.documents.onDidClose((e) => this.documentClosed(e.document));
    this.documents.listen(c);
    c.listen();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Lifecycle

  private initialize(params: InitializeParams): InitializeResult {
    this.capabilities = params.capabilities;
    this.applySettings((params.initializationOptions as { settings?: unknown } | undefined)?.settings, false);
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "root" }] : []);
    for (const f of folders) this.state.addFolder(f.uri);
    // Start the scan workers now: their start-up overlaps the client's handshake and our file discovery.
    if (this.settings.enable && this.settings.scanScope === "workspace" && this.state.folders.some((f) => hasAtLeastSourceFiles(f.root, MIN_FILES_FOR_THREADS))) {
      this.pool ??= new ScanPool({ readAhead: true });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        executeCommandProvider: { commands: [REVEAL_COMMAND, APPLY_FIX_COMMAND, CREATE_NOTICE_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "privacy-lint" },
    };
  }

  private initialized(): void {
    const c = this.connection;
    if (this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      const all = WatchKind.Create | WatchKind.Change | WatchKind.Delete;
      void c.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,prisma}", kind: all },
          { globPattern: "**/privacy-notice.{yaml,yml}", kind: all },
          { globPattern: "**/.privacy-lint.{yaml,yml}", kind: all },
          { globPattern: "**/package.json", kind: all },
        ],
      });
    }
    if (this.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void c.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (this.capabilities.workspace?.workspaceFolders) {
      c.workspace.onDidChangeWorkspaceFolders((e) => {
        for (const f of e.removed) for (const file of this.state.removeFolder(f.uri)) this.publish(pathToUri(file), []);
        const added = e.added.map((f) => this.state.addFolder(f.uri)).filter((f) => f !== undefined);
        if (added.length) this.startWorkspaceScan(added.map((f) => f.root));
      });
    }
    this.reportConfigProblems();
    this.startWorkspaceScan(this.state.folders.map((f) => f.root));
  }

  private async shutdown(): Promise<void> {
    this.scanGeneration++;
    for (const t of [...this.pendingScans.values(), ...this.pendingNoticeRefresh.values()]) clearTimeout(t);
    this.pendingScans.clear();
    this.pendingNoticeRefresh.clear();
    if (this.statusTimer) clearTimeout(this.statusTimer);
    await this.pool?.close();
    this.pool = undefined;
  }

  private applySettings(raw: unknown, reconfigure = true): void {
    const { settings, warnings } = parseSettings(raw);
    for (const w of warnings) this.connection.console.warn(w);
    const scopeChanged =
      JSON.stringify([settings.include, settings.exclude, settings.noticePath, settings.enable, settings.scanScope]) !==
      JSON.stringify([this.settings.include, this.settings.exclude, this.settings.noticePath, this.settings.enable, this.settings.scanScope]);
    this.settings = settings;
    if (!reconfigure) {
      this.state.configure(settings);
      return;
    }
    this.state.configure(settings);
    if (!settings.enable) {
      this.scanGeneration++;
      for (const uri of this.published.uris()) this.publish(uri, []);
      this.sendStatus();
      return;
    }
    if (scopeChanged) {
      this.state.files.clear();
      this.startWorkspaceScan(this.state.folders.map((f) => f.root));
    } else {
      this.republishAll();
    }
  }

  private reportConfigProblems(): void {
    for (const f of this.state.folders) {
      for (const p of f.configProblems) this.connection.console.warn(`privacy-lint configuration: ${formatConfigProblem(p, f.root)}`);
      if (f.configProblems.length) void this.connection.window.showWarningMessage(`privacy-lint: ${f.configProblems.length} problem(s) in the configuration of ${path.basename(f.root)}; see the output channel.`);
      if (f.rulesError) void this.connection.window.showErrorMessage(`privacy-lint: the project's rule files cannot be used (${f.rulesError}); using the built-in rules.`);
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Scanning

  /**
   * The background scan of workspace folders: discovery, then the worker pool (the same path as the CLI
   * inventory), with work-done progress the user can cancel.
   */
  private startWorkspaceScan(roots: string[]): void {
    const generation = ++this.scanGeneration;
    this.initialScan = this.initialScan.then(() => this.scanWorkspace(roots, generation)).catch((err) => {
      this.connection.console.error(`privacy-lint: workspace scan failed: ${(err as Error).stack ?? err}`);
    });
  }

  private async scanWorkspace(roots: string[], generation: number): Promise<void> {
    if (!this.settings.enable || generation !== this.scanGeneration) return;
    this.scanning = true;
    this.sendStatus();
    const progress = await this.createProgress();
    progress?.begin("privacy-lint", 0, "Finding files…", true);
    const cancelled = () => generation !== this.scanGeneration || (progress?.token.isCancellationRequested ?? false);
    try {
      for (const root of roots) {
        const folder = this.state.folders.find((f) => f.root === root);
        if (!folder || cancelled()) break;
        const t0 = performance.now();
        const scope = { include: folder.scope.include, exclude: folder.scope.exclude, defaultExcludes: false };
        // The pool's reader thread (if any) walks the folder while this thread loads the scanner.
        const files = (await (this.pool ? this.pool.discover(root, scope) : discoverFiles(root, scope))).filter((f) => this.state.folderFor(f) === folder);
        if (cancelled()) break;
        const t1 = performance.now();
        const pool = this.poolFor(files.length, folder.config.ruleFiles, folder.config.maxFileSize);
        const results = await pool.scan(files, (done, total) => progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total} files in ${path.basename(root)}`));
        if (pool !== this.pool) await pool.close();
        if (cancelled()) break;
        const t2 = performance.now();
        this.scansDone += results.length;
        // An open document's findings come from its editor text, which may be newer than the disk.
        const { affected } = this.state.setScanResults(results.filter((result) => !this.openUriFor(result.file)));
        for (const result of results) {
          const record = this.state.files.get(result.file);
          if (record && record.version === undefined) this.publishCode(record);
        }
        // Open documents typed by names this folder declares are classified again (nothing is re-parsed).
        for (const record of affected) this.publishCode(record);
        for (const notice of new Set(results.map((r) => this.state.noticeFor(r.file)).filter((n): n is string => !!n))) this.publishNotice(notice);
        const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
        this.connection.console.info(
          `privacy-lint: ${path.basename(root)}: ${files.length} files; discovery ${ms(t0, t1)}, scan ${ms(t1, t2)} (${pool.workerCount} thread(s)), checks and publishing ${ms(t2, performance.now())}`,
        );
      }
    } finally {
      progress?.done();
      this.scanning = false;
      this.sendStatus();
    }
  }

  /**
   * The long-lived pool for large scans; small scans run in-process. On 2 CPUs it scans in this thread, fed by its
   * reader thread, and yields to the event loop between batches of 64 files (a few tens of ms), so requests and
   * edits are still answered during the initial scan; with more CPUs it uses worker threads.
   */
  private poolFor(fileCount: number, ruleFiles: string[], maxFileSize: number | undefined): ScanPool {
    if (fileCount < MIN_FILES_FOR_THREADS || ruleFiles.length > 0 || maxFileSize !== undefined) {
      return new ScanPool({ maxWorkers: fileCount < MIN_FILES_FOR_THREADS ? 1 : undefined, ruleFiles, maxFileSize });
    }
    this.pool ??= new ScanPool({ readAhead: true });
    return this.pool;
  }

  private async createProgress(): Promise<WorkDoneProgressServerReporter | undefined> {
    if (!this.capabilities.window?.workDoneProgress) return undefined;
    try {
      return await this.connection.window.createWorkDoneProgress();
    } catch {
      return undefined;
    }
  }

  /** An open document's URI for a path (the client's spelling of it), if the file is open. */
  private openUriFor(file: string): string | undefined {
    for (const doc of this.documents.all()) if (uriToPath(doc.uri) === file) return doc.uri;
    return undefined;
  }

  private documentChanged(document: TextDocument, delay: number): void {
    if (!this.settings.enable) return;
    const file = uriToPath(document.uri);
    if (!file) return;
    const pending = this.pendingScans.get(document.uri);
    if (pending) clearTimeout(pending);
    const isNotice = isNoticeFile(file);
    if (!isNotice && !isScannableFile(file)) return;
    const run = () => {
      this.pendingScans.delete(document.uri);
      // The latest version: a change that arrived during the debounce replaced the timer, not this lookup.
      const current = this.documents.get(document.uri);
      if (!current) return;
      if (isNotice) this.noticeChanged(file, current.getText(), current.version);
      else this.rescanOpenDocument(file, current);
    };
    if (delay <= 0) run();
    else this.pendingScans.set(document.uri, setTimeout(run, delay));
  }

  private rescanOpenDocument(file: string, document: TextDocument): void {
    if (!this.state.inScope(file) && !this.state.files.has(file)) {
      // Out of scope (node_modules, tests, excluded): no findings, as the CLI would say.
      return;
    }
    const result = scanner().scanSource(file, document.getText(), this.state.rulesFor(file), { deferReferences: true });
    this.scansDone++;
    const { records, affected } = this.state.setScanResults([result], document.version);
    if (result.flows?.length) records[0].suppressions = parseSuppressions(document.getText()); // the editor's text, not the disk's
    this.publishCode(records[0]);
    // An edited type or schema: the files whose fields it types are re-classified and republished.
    for (const record of affected) this.publishCode(record);
    const notice = this.state.noticeFor(file);
    if (notice) this.scheduleNoticeRefresh(notice);
  }

  private documentClosed(document: TextDocument): void {
    const file = uriToPath(document.uri);
    const pending = this.pendingScans.get(document.uri);
    if (pending) clearTimeout(pending);
    this.pendingScans.delete(document.uri);
    if (!file) return;
    if (isNoticeFile(file)) {
      // Back to what is on disk (the editor may have closed without saving).
      const text = readNoticeText(file);
      if (text !== undefined) this.noticeChanged(file, text, undefined);
      else this.afterNoticeRemoved(file, document.uri);
      return;
    }
    if (this.settings.scanScope === "openFiles") {
      this.state.forgetFile(file);
      this.publish(document.uri, []);
      return;
    }
    this.rescanFromDisk(file);
  }

  private rescanFromDisk(file: string): void {
    if (!this.state.inScope(file)) {
      if (this.state.forgetFile(file)) this.publish(pathToUri(file), []);
      return;
    }
    const read = readSourceFile(file);
    const result = "text" in read ? scanner().scanSource(file, read.text, this.state.rulesFor(file), { deferReferences: true }) : { file, findings: [], suppressed: [], notes: [read.note] };
    this.scansDone++;
    const { records, affected } = this.state.setScanResults([result]);
    this.publishCode(records[0]);
    for (const record of affected) this.publishCode(record);
    const notice = this.state.noticeFor(file);
    if (notice) this.scheduleNoticeRefresh(notice);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Notices

  /** A notice's text changed (editor or disk): reload it and re-check every file under it from cached findings. */
  private noticeChanged(noticeFile: string, text: string, version: number | undefined): void {
    const known = this.state.notices.has(noticeFile);
    this.state.setNotice(noticeFile, text, version);
    if (!known) {
      // A new notice takes over files from other notices (or from none): re-check everything.
      this.republishAll();
      return;
    }
    for (const record of this.state.filesUnder(noticeFile)) this.publishCode(record);
    this.publishNotice(noticeFile);
  }

  private afterNoticeRemoved(noticeFile: string, uri: string): void {
    this.state.removeNotice(noticeFile);
    this.publish(uri, []);
    this.republishAll();
  }

  private scheduleNoticeRefresh(noticeFile: string): void {
    const pending = this.pendingNoticeRefresh.get(noticeFile);
    if (pending) clearTimeout(pending);
    this.pendingNoticeRefresh.set(
      noticeFile,
      setTimeout(() => {
        this.pendingNoticeRefresh.delete(noticeFile);
        this.publishNotice(noticeFile);
      }, 100),
    );
  }

  private republishAll(): void {
    for (const record of this.state.files.values()) this.publishCode(record);
    for (const noticeFile of this.state.notices.keys()) this.publishNotice(noticeFile);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Watched files

  private watchedFilesChanged(changes: FileEvent[]): void {
    if (!this.settings.enable) return;
    for (const change of changes) {
      const file = uriToPath(change.uri);
      if (!file) continue;
      const base = path.basename(file);
      if (base === ".privacy-lint.yaml" || base === ".privacy-lint.yml" || base === "package.json") {
        const folder = this.state.folders.find((f) => f.root === path.dirname(file));
        if (!folder) continue;
        this.state.reloadFolderConfig(folder.root);
        this.reportConfigProblems();
        for (const f of [...this.state.files.keys()]) if (this.state.folderFor(f)?.root === folder.root && !this.openUriFor(f)) this.state.forgetFile(f);
        this.startWorkspaceScan([folder.root]);
        continue;
      }
      // Open documents are the editor's business: their text, not the disk's, is what we check.
      if (this.openUriFor(file)) continue;
      if (isNoticeFile(file)) {
        if (change.type === FileChangeType.Deleted) this.afterNoticeRemoved(file, change.uri);
        else {
          const text = readNoticeText(file);
          if (text !== undefined && this.state.notices.get(file)?.text !== text) this.noticeChanged(file, text, undefined);
        }
        continue;
      }
      if (!isScannableFile(file)) continue;
      if (change.type === FileChangeType.Deleted) {
        if (this.state.forgetFile(file)) this.publish(change.uri, []);
        const notice = this.state.noticeFor(file);
        if (notice) this.scheduleNoticeRefresh(notice);
      } else if (this.settings.scanScope === "workspace") {
        this.rescanFromDisk(file);
      }
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Publishing

  private publishCode(record: FileRecord): void {
    const uri = this.openUriFor(record.file) ?? pathToUri(record.file);
    const document = this.documents.get(uri);
    if (document) {
      // Never publish results computed for an older version of an open document; its rescan is pending.
      if (record.version !== document.version) return;
    } else if (this.settings.scanScope === "openFiles") {
      return;
    }
    this.publish(uri, codeDiagnostics(this.state, record), record.version);
  }

  private publishNotice(noticeFile: string): void {
    const record = this.state.notices.get(noticeFile) ?? this.state.noticeRecord(noticeFile);
    if (!record) return;
    const uri = this.openUriFor(noticeFile) ?? pathToUri(noticeFile);
    const document = this.documents.get(uri);
    if (document && record.version !== document.version) return;
    this.publish(uri, noticeDiagnostics(this.state, record), record.version);
  }

  private publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (this.published.publish(uri, diagnostics, version)) this.scheduleStatus();
  }

  private scheduleStatus(): void {
    if (this.statusTimer) return;
    this.statusTimer = setTimeout(() => {
      this.statusTimer = undefined;
      this.sendStatus();
    }, 50);
  }

  private sendStatus(): void {
    const problems = this.published.problems();
    let findings = 0;
    for (const r of this.state.files.values()) findings += r.findings.length;
    const params: StatusParams = {
      state: !this.settings.enable ? "disabled" : this.scanning ? "scanning" : "ready",
      problems,
      files: this.state.files.size,
      findings,
      scans: this.scansDone,
    };
    void this.connection.sendNotification(STATUS_NOTIFICATION, params);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Helpers for code actions

  /** Shows a range of a document in the editor; false when the client cannot (or did not). */
  private async reveal(uri: string, range: Range | undefined): Promise<boolean> {
    if (!this.capabilities.window?.showDocument?.support) return false;
    try {
      return (await this.connection.window.showDocument({ uri, takeFocus: true, selection: range })).success;
    } catch {
      return false;
    }
  }

  /** CREATE_NOTICE_COMMAND (see create-notice.ts); the new notice is loaded at once. */
  private createNotice(arg: unknown): Promise<CreateNoticeResult> {
    return createNoticeFile(arg, {
      state: this.state,
      newNoticeText: (noticeFile) => this.codeActions.newNoticeText(noticeFile),
      say: (type, message) => void this.connection.sendNotification(ShowMessageNotification.type, { type, message }),
      loaded: (noticeFile, text) => this.noticeChanged(noticeFile, text, undefined),
      reveal: (uri, range) => this.reveal(uri, range),
    });
  }

  private textOf(file: string): { text: string; version: number | null; uri: string } | undefined {
    const openUri = this.openUriFor(file);
    const doc = openUri ? this.documents.get(openUri) : undefined;
    if (doc) return { text: doc.getText(), version: doc.version, uri: doc.uri };
    if (isNoticeFile(file)) {
      const rec = this.state.noticeRecord(file);
      if (rec) return { text: rec.text, version: null, uri: pathToUri(file) };
    }
    const read = readSourceFile(file);
    return "text" in read ? { text: read.text, version: null, uri: pathToUri(file) } : undefined;
  }

  private editSupport(): ClientEditSupport {
    const ws = this.capabilities.workspace?.workspaceEdit;
    const resolve = this.capabilities.textDocument?.codeAction?.resolveSupport?.properties ?? [];
    return {
      documentChanges: ws?.documentChanges === true,
      createFile: ws?.documentChanges === true && (ws.resourceOperations ?? []).includes("create"),
      resolveEdit: resolve.includes("edit"),
      isPreferred: this.capabilities.textDocument?.codeAction?.isPreferredSupport === true,
      showDocument: this.capabilities.window?.showDocument?.support === true,
      literals: this.capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
      applyEdit: this.capabilities.workspace?.applyEdit === true,
    };
  }
}

/** Runs the service on a connection; resolves nothing (the connection drives it). */
export function runService(connection: Connection): PrivacyLintService {
  const service = new PrivacyLintService(connection);
  service.listen();
  return service;
}

function readNoticeText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch {
    return undefined;
  }
}
