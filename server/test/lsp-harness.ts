/**
 * A minimal LSP client for the protocol tests and the benchmark: starts the REAL server process
 * (`node out/server/src/server.js --stdio`) and speaks JSON-RPC over its stdio. It keeps its own copies of the
 * documents it opens, applies `workspace/applyEdit` to them (then sends didChange, as an editor does), and records
 * every notification it receives.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { fileURLToPath, pathToFileURL } from "url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type {
  ApplyWorkspaceEditParams,
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  RegistrationParams,
  ShowMessageParams,
  PublishDiagnosticsParams,
  ShowDocumentParams,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver";
import { LineIndex } from "../src/core/notice/loader";
import { STATUS_NOTIFICATION, type StatusParams } from "../src/lsp/protocol";

export const SERVER_SCRIPT = path.resolve(__dirname, "..", "src", "server.js");
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

export const uriOf = (file: string) => pathToFileURL(file).toString();

export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true, resourceOperations: ["create"] },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceFolders: true,
    configuration: false,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } },
      isPreferredSupport: true,
      dataSupport: true,
      resolveSupport: { properties: ["edit"] },
    },
    hover: { contentFormat: ["markdown", "plaintext"] },
  },
  window: { workDoneProgress: true, showDocument: { support: true } },
};

/** Copies a fixture workspace to a fresh temporary folder, so tests may write to disk. */
export function copyFixture(name: string): string {
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), `privacy-lint-lsp-${name}-`));
  fs.cpSync(path.join(REPO_ROOT, "test-fixtures", "lsp", name), dest, { recursive: true });
  return fs.realpathSync(dest);
}

/** Applies LSP text edits (ranges into `text`) and returns the new text. */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const lines = new LineIndex(text);
  const offsets = edits
    .map((e) => ({ start: lines.offset(e.range.start), end: lines.offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of offsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

interface OpenDocument {
  text: string;
  version: number;
  languageId: string;
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly documents = new Map<string, OpenDocument>();
  readonly statuses: StatusParams[] = [];
  readonly shown: ShowDocumentParams[] = [];
  readonly progress: unknown[] = [];
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  /** window/showMessage notifications (also in `logs`, as text). */
  readonly messages: ShowMessageParams[] = [];
  /** client/registerCapability requests (dynamic registrations the server asked for). */
  readonly registrations: RegistrationParams[] = [];
  initializeResult: InitializeResult | undefined;
  /** Edits the server asked for (the test decides whether they succeed). */
  readonly appliedEdits: WorkspaceEdit[] = [];
  private waiters: (() => void)[] = [];

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
  ) {}

  static async start(
    roots: string[],
    options: { settings?: Record<string, unknown>; capabilities?: ClientCapabilities; serverScript?: string } = {},
  ): Promise<TestClient> {
    const child = spawn(process.execPath, [options.serverScript ?? SERVER_SCRIPT, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    child.stderr!.on("data", (d: Buffer) => client.stderr.push(d.toString()));
    connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, [...(client.diagnostics.get(p.uri) ?? []), p]);
      client.wake();
    });
    connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      client.statuses.push(p);
      client.wake();
    });
    connection.onNotification("window/logMessage", (p: { message: string }) => void client.logs.push(p.message));
    connection.onNotification("window/showMessage", (p: ShowMessageParams) => {
      client.logs.push(p.message);
      client.messages.push(p);
      client.wake();
    });
    connection.onNotification("$/progress", (p: unknown) => {
      client.progress.push(p);
      client.wake();
    });
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.onRequest("client/registerCapability", (p: RegistrationParams) => {
      client.registrations.push(p);
      return null;
    });
    connection.onRequest("window/showDocument", (p: ShowDocumentParams) => {
      client.shown.push(p);
      client.wake();
      return { success: true };
    });
    connection.onRequest("workspace/applyEdit", (p: ApplyWorkspaceEditParams) => {
      client.appliedEdits.push(p.edit);
      return { applied: client.applyWorkspaceEdit(p.edit) };
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest<InitializeResult>("initialize", {
      processId: process.pid,
      rootUri: roots[0] ? uriOf(roots[0]) : null,
      workspaceFolders: roots.map((r) => ({ uri: uriOf(r), name: path.basename(r) })),
      capabilities: options.capabilities ?? FULL_CAPABILITIES,
      initializationOptions: { settings: { debounceMs: 0, ...(options.settings ?? {}) } },
    });
    await connection.sendNotification("initialized", {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `check` returns a value (checked after every notification), or rejects after `timeoutMs`. */
  async until<T>(what: string, check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined && value !== false) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join("").slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The initial scan is over (status `ready` after having scanned). */
  ready(timeoutMs = 30_000): Promise<StatusParams> {
    return this.until("the initial scan", () => {
      const last = this.statuses[this.statuses.length - 1];
      return last && last.state === "ready" && this.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === "end") ? last : undefined;
    }, timeoutMs);
  }

  lastDiagnostics(file: string): PublishDiagnosticsParams | undefined {
    const list = this.diagnostics.get(uriOf(file));
    return list?.[list.length - 1];
  }

  /** Waits for a publishDiagnostics for the file that satisfies `predicate` (newer than `after` publishes). */
  waitForDiagnostics(file: string, predicate: (p: PublishDiagnosticsParams) => boolean, after = 0, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    return this.until(`diagnostics for ${path.basename(file)}`, () => (this.diagnostics.get(uriOf(file)) ?? []).slice(after).find(predicate), timeoutMs);
  }

  publishCount(file: string): number {
    return this.diagnostics.get(uriOf(file))?.length ?? 0;
  }

  open(file: string, text = fs.readFileSync(file, "utf8")): void {
    const languageId = file.endsWith(".yaml") || file.endsWith(".yml") ? "yaml" : file.endsWith(".prisma") ? "prisma" : "typescript";
    this.documents.set(uriOf(file), { text, version: 1, languageId });
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uriOf(file), languageId, version: 1, text } });
  }

  /** Replaces the whole text (one full-content change) and returns the new version. */
  change(file: string, text: string): number {
    const doc = this.documents.get(uriOf(file));
    if (!doc) throw new Error(`${file} is not open`);
    doc.text = text;
    doc.version++;
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uriOf(file), version: doc.version }, contentChanges: [{ text }] });
    return doc.version;
  }

  close(file: string): void {
    this.documents.delete(uriOf(file));
    void this.connection.sendNotification("textDocument/didClose", { textDocument: { uri: uriOf(file) } });
  }

  text(file: string): string {
    return this.documents.get(uriOf(file))?.text ?? fs.readFileSync(file, "utf8");
  }

  /** Applies an edit as an editor would: to open documents (then didChange), else to disk; refuses stale versions. */
  applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
    const changes: { uri: string; version: number | null; edits: TextEdit[] }[] = [];
    for (const change of edit.documentChanges ?? []) {
      if ("kind" in change) {
        if (change.kind !== "create") return false;
        const file = fileURLToPath(change.uri);
        if (!fs.existsSync(file)) fs.writeFileSync(file, "");
        continue;
      }
      changes.push({ uri: change.textDocument.uri, version: change.textDocument.version, edits: change.edits as TextEdit[] });
    }
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.push({ uri, version: null, edits });
    for (const c of changes) {
      const doc = this.documents.get(c.uri);
      if (doc && c.version !== null && c.version !== doc.version) return false; // the edit was made for another version
    }
    for (const c of changes) {
      const doc = this.documents.get(c.uri);
      const file = fileURLToPath(c.uri);
      if (doc) this.change(file, applyTextEdits(doc.text, c.edits));
      else fs.writeFileSync(file, applyTextEdits(fs.readFileSync(file, "utf8"), c.edits));
    }
    return true;
  }

  /** Resolves once the server has handled every message sent before (it handles them in order). */
  async sync(): Promise<void> {
    await this.connection.sendRequest("textDocument/hover", { textDocument: { uri: "untitled:sync" }, position: { line: 0, character: 0 } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification("exit");
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}

export function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line}`).sort();
}
