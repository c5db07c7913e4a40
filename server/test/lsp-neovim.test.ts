/**
 * Protocol tests with exactly Neovim 0.7's client capabilities (fixtures/neovim-0.7-capabilities.ts): the real
 * server over stdio, every kind of code action it offers taken the way Neovim 0.7 takes it. That client has no
 * `documentChanges` (edits must come as `changes`, and no CreateFile), no `isPreferredSupport`, no
 * `window/showDocument` and no file watching; it resolves actions with `codeAction/resolve`.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { fileURLToPath } from "url";
import type { ClientCapabilities, CodeAction, Command, Diagnostic, WorkspaceEdit } from "vscode-languageserver";
import { APPLY_FIX_COMMAND, CREATE_NOTICE_COMMAND, FIX_ALL_KIND, type CreateNoticeResult } from "../src/lsp/protocol";
import { NEOVIM_0_7_CAPABILITIES } from "./fixtures/neovim-0.7-capabilities";
import { codes, copyFixture, TestClient, uriOf } from "./lsp-harness";

const INFO = 3;
const WARNING = 2;

/** An edit as Neovim 0.7 can take it: `changes` only (it announced no `documentChanges`). */
function assertChangesOnly(edit: WorkspaceEdit | undefined, uris: string[]): WorkspaceEdit {
  assert.ok(edit, "an edit");
  assert.strictEqual(edit.documentChanges, undefined, "no documentChanges for a client without documentChanges support");
  assert.deepStrictEqual(Object.keys(edit.changes ?? {}).sort(), [...uris].sort());
  return edit;
}

/**
 * Applies an edit as Neovim 0.7 does (util.apply_workspace_edit): a file that is not loaded is loaded into a buffer
 * first, which attaches the server to it (didOpen), then edited there (didChange).
 */
function applyAsNeovim(client: TestClient, edit: WorkspaceEdit): void {
  for (const uri of Object.keys(edit.changes ?? {})) if (!client.documents.has(uri)) client.open(fileURLToPath(uri));
  assert.ok(client.applyWorkspaceEdit(edit), "the edit applies");
}

/**
 * What Neovim 0.7 does with the code action the user picks (runtime/lua/vim/lsp/buf.lua at v0.7.2,
 * on_code_action_results): an action without an edit is resolved first when the server has a resolveProvider;
 * then its edit is applied and its command (or the action itself, if it is a Command) run with
 * workspace/executeCommand. Returns the resolved action and the command's result.
 */
async function chooseAsNeovim(client: TestClient, picked: CodeAction | Command): Promise<{ action: CodeAction | Command; result?: unknown }> {
  const resolveProvider = (client.initializeResult?.capabilities.codeActionProvider as { resolveProvider?: boolean } | undefined)?.resolveProvider;
  const action = !("edit" in picked && picked.edit) && resolveProvider ? await client.request<CodeAction | Command>("codeAction/resolve", picked) : picked;
  if ("edit" in action && action.edit) applyAsNeovim(client, action.edit);
  const command = typeof action.command === "string" ? (action as Command) : action.command;
  if (!command) return { action };
  const result = await client.request("workspace/executeCommand", { command: command.command, arguments: command.arguments });
  return { action, result };
}

describe("language server with Neovim 0.7's client capabilities", function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient | undefined;
  let learner: string;
  let notice: string;

  const start = async (capabilities: ClientCapabilities = NEOVIM_0_7_CAPABILITIES) => {
    client = await TestClient.start([root], { capabilities });
    await client.ready();
    return client;
  };
  const actionsFor = (c: TestClient, diagnostics: Diagnostic[], only?: string[]) =>
    c.request<(CodeAction | Command)[]>("textDocument/codeAction", { textDocument: { uri: uriOf(learner) }, range: diagnostics[0].range, context: { diagnostics, only } });
  /** Every action as this client may receive it: no isPreferred, and any edit as `changes`. */
  const assertFitsNeovim07 = (actions: (CodeAction | Command)[]) => {
    for (const a of actions) {
      assert.ok(!("isPreferred" in a), `${a.title}: no isPreferred (not announced)`);
      if ("edit" in a && a.edit) assert.strictEqual(a.edit.documentChanges, undefined, `${a.title}: no documentChanges`);
    }
  };

  beforeEach(() => {
    root = copyFixture("basic");
    learner = path.join(root, "src", "learner.ts");
    notice = path.join(root, "privacy-notice.yaml");
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("declares the create-notice command and registers nothing Neovim 0.7 cannot take", async () => {
    const c = await start();
    const caps = c.initializeResult!.capabilities;
    assert.ok(caps.executeCommandProvider?.commands.includes(CREATE_NOTICE_COMMAND));
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ["quickfix", FIX_ALL_KIND], resolveProvider: true });
    await c.sync();
    assert.deepStrictEqual(c.registrations, [], "no dynamic registration: 0.7 announces none (no file watching)");
  });

  it("create the notice: a command the server runs; the file is written, named in a message and checked against", async () => {
    fs.rmSync(notice);
    const c = await start();
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 2);
    const actions = await actionsFor(c, published.diagnostics);
    assertFitsNeovim07(actions);
    const creates = actions.filter((a) => a.title.startsWith("Create privacy-notice.yaml"));
    assert.strictEqual(creates.length, 1, "offered once for several diagnostics");
    const create = creates[0] as CodeAction;
    assert.strictEqual(create.kind, "quickfix");
    assert.strictEqual(create.edit, undefined, "no CreateFile edit: the client cannot apply one");
    assert.strictEqual(create.data, undefined, "nothing to resolve");
    assert.deepStrictEqual(create.command, { title: create.title, command: CREATE_NOTICE_COMMAND, arguments: [{ noticeFile: notice, file: learner }] });

    const count = c.publishCount(learner);
    const { action, result } = await chooseAsNeovim(c, create);
    assert.deepStrictEqual(action, create, "resolve leaves the command as it is");
    assert.deepStrictEqual(result, { created: true, path: notice } satisfies CreateNoticeResult);
    const created = fs.readFileSync(notice, "utf8");
    assert.match(created, /^version: 1$/m);
    assert.match(created, /^  user\.contact\.email:$/m);
    assert.match(created, /^  user\.name:$/m);
    assert.deepStrictEqual(fs.readdirSync(root).filter((f) => f.endsWith(".tmp")), [], "no temp file left");
    assert.deepStrictEqual(c.shown, [], "no window/showDocument: 0.7 does not support it");
    const message = await c.until("the message naming the notice", () => c.messages.find((m) => m.message.includes(notice)));
    assert.strictEqual(message.type, INFO);
    assert.match(message.message, /created .*privacy-notice\.yaml/);

    // No file watcher told the server: it loaded the notice itself, and code is re-checked against it.
    const after = await c.waitForDiagnostics(learner, (p) => p.diagnostics.length > 0 && p.diagnostics.every((d) => d.code !== "undeclared-category"), count);
    assert.deepStrictEqual([...new Set(after.diagnostics.map((d) => d.code))], ["missing-retention"]);
    const noticeDiags = await c.waitForDiagnostics(notice, (p) => p.diagnostics.length > 0);
    assert.ok(noticeDiags.diagnostics.some((d) => d.code === "incomplete-declaration"), "the TODO placeholders are flagged");

    // Again: refused, with a message, and the file stays as written.
    const again = await c.request<CreateNoticeResult>("workspace/executeCommand", { command: CREATE_NOTICE_COMMAND, arguments: create.command!.arguments });
    assert.strictEqual(again.created, false);
    assert.match(again.reason!, /already exists/);
    const warning = await c.until("the refusal", () => c.messages.find((m) => m.type === WARNING));
    assert.match(warning.message, /already exists; privacy-lint does not overwrite it/);
    assert.strictEqual(fs.readFileSync(notice, "utf8"), created);
  });

  it("create the notice never overwrites one that appeared after the action was offered", async () => {
    fs.rmSync(notice);
    const c = await start();
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 2);
    const create = (await actionsFor(c, published.diagnostics)).find((a) => a.title.startsWith("Create")) as CodeAction;
    fs.writeFileSync(notice, "# written by hand meanwhile\n"); // no watcher: the server has not heard of it
    const { result } = await chooseAsNeovim(c, create);
    assert.strictEqual((result as CreateNoticeResult).created, false);
    assert.strictEqual(fs.readFileSync(notice, "utf8"), "# written by hand meanwhile\n");
    await c.until("the refusal", () => c.messages.find((m) => m.type === WARNING && m.message.includes(notice)));
    assert.deepStrictEqual(fs.readdirSync(root).filter((f) => f.endsWith(".tmp")), []);

    // The command writes only where the server would propose a notice.
    const elsewhere = path.join(root, "src", "privacy-notice.yaml");
    const refused = await c.request<CreateNoticeResult>("workspace/executeCommand", { command: CREATE_NOTICE_COMMAND, arguments: [{ noticeFile: elsewhere, file: learner }] });
    assert.strictEqual(refused.created, false);
    assert.ok(!fs.existsSync(elsewhere));
    const outside = path.join(path.dirname(root), "privacy-notice.yaml"); // next to a file outside the workspace
    const existed = fs.existsSync(outside);
    const refusedOutside = await c.request<CreateNoticeResult>("workspace/executeCommand", { command: CREATE_NOTICE_COMMAND, arguments: [{ noticeFile: outside, file: path.join(path.dirname(root), "x.ts") }] });
    assert.strictEqual(refusedOutside.created, false);
    assert.strictEqual(fs.existsSync(outside), existed);
  });

  it("create the notice opens it with window/showDocument where the client has that (Neovim 0.9+: still no documentChanges)", async () => {
    // As Neovim 0.9 and later: window/showDocument, but still no documentChanges.
    fs.rmSync(notice);
    const c = await start({ ...NEOVIM_0_7_CAPABILITIES, window: { ...NEOVIM_0_7_CAPABILITIES.window, showDocument: { support: true } } });
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 2);
    // Through the applyFix command too (scripted use): a create fix takes the command's path for this client.
    const result = await c.request<CreateNoticeResult>("workspace/executeCommand", {
      command: APPLY_FIX_COMMAND,
      arguments: [{ fix: "create", noticeFile: notice, file: learner }],
    });
    assert.deepStrictEqual(result, { created: true, path: notice });
    assert.deepStrictEqual(c.appliedEdits, [], "no workspace/applyEdit: the server wrote the file");
    const shown = await c.until("showDocument", () => c.shown[0]);
    assert.strictEqual(shown.uri, uriOf(notice));
    assert.strictEqual(shown.takeFocus, true);
    assert.ok(!c.messages.some((m) => m.message.includes("created")), "shown, so no message");
    assert.ok(published);
  });

  it("declare: resolved when picked, the edit comes as `changes` and declares the category", async () => {
    const c = await start();
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 1);
    const actions = await actionsFor(c, published.diagnostics, ["quickfix"]);
    assertFitsNeovim07(actions);
    assert.deepStrictEqual(actions.map((a) => a.title), [
      "Declare user.contact.email in privacy-notice.yaml",
      "Not personal data: add a privacy-lint-disable comment for Learner.email",
      "Not personal data: add an exemption for Learner.email to privacy-notice.yaml",
    ]);
    const count = c.publishCount(learner);
    const { action, result } = await chooseAsNeovim(c, actions[0]);
    assertChangesOnly((action as CodeAction).edit, [uriOf(notice)]);
    assert.strictEqual(action.command, undefined, "no reveal command: the client has no window/showDocument");
    assert.strictEqual(result, undefined);
    assert.ok(
      c.text(notice).includes("\ncategories:\n  # Needed by Learner.email (src/learner.ts:5)\n  user.contact.email:\n    purposes: [TODO why it is collected]\n    basis: TODO\n  user.name:\n"),
      c.text(notice),
    );
    const after = await c.waitForDiagnostics(learner, (p) => !p.diagnostics.some((d) => d.code === "undeclared-category"), count);
    assert.deepStrictEqual(codes(after.diagnostics), ["missing-retention@4"]);
  });

  it("retention: each choice comes with its `changes` edit and the chosen one lands in the YAML", async () => {
    const withEmail = fs.readFileSync(notice, "utf8") + "  user.contact.email:\n    purposes: [accounts]\n";
    fs.writeFileSync(notice, withEmail);
    const c = await start();
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.some((d) => d.code === "missing-retention"));
    const actions = await actionsFor(c, published.diagnostics);
    assertFitsNeovim07(actions);
    const retention = actions.filter((a) => a.title.startsWith("Retention of user.contact.email")) as CodeAction[];
    assert.strictEqual(retention.length, 4);
    for (const a of retention) assertChangesOnly(a.edit, [uriOf(notice)]);
    const count = c.publishCount(learner);
    await chooseAsNeovim(c, retention[1]);
    assert.strictEqual(c.text(notice), withEmail + "    retention: { period: P24M, then: delete }\n");
    const after = await c.waitForDiagnostics(learner, () => true, count);
    assert.deepStrictEqual(after.diagnostics, []);
  });

  it("suppression comment: a `changes` edit of the source file", async () => {
    const c = await start();
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 1);
    const actions = await actionsFor(c, published.diagnostics);
    const suppress = actions.find((a) => a.title.includes("privacy-lint-disable"))!;
    const count = c.publishCount(learner);
    const { action } = await chooseAsNeovim(c, suppress);
    assertChangesOnly((action as CodeAction).edit, [uriOf(learner)]);
    assert.match(c.text(learner), /\n  \/\/ privacy-lint-disable-next-line user\.contact\.email -- not personal data\n  email: string;/);
    const after = await c.waitForDiagnostics(learner, (p) => p.version === 2, count);
    assert.deepStrictEqual(after.diagnostics, []);
  });

  it("exemption: a `changes` edit of the notice", async () => {
    const c = await start();
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 1);
    const actions = await actionsFor(c, published.diagnostics);
    const exempt = actions.find((a) => a.title.startsWith("Not personal data: add an exemption"))!;
    const count = c.publishCount(learner);
    const { action } = await chooseAsNeovim(c, exempt);
    assertChangesOnly((action as CodeAction).edit, [uriOf(notice)]);
    assert.match(c.text(notice), /\nexemptions:\n  - \{ field: Learner\.email, reason: TODO why this is not personal data \}\n/);
    const after = await c.waitForDiagnostics(learner, (p) => p.diagnostics.length === 0, count);
    assert.deepStrictEqual(after.diagnostics, []);
  });

  it("fix-all: offered in the unfiltered list, resolved into a `changes` edit that declares every category of the file", async () => {
    fs.writeFileSync(learner, fs.readFileSync(learner, "utf8").replace("email: string;", "email: string;\n  phoneNumber: string;"));
    const c = await start();
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 2);
    const actions = await actionsFor(c, published.diagnostics);
    assertFitsNeovim07(actions);
    const fixAll = actions.find((a) => "kind" in a && a.kind === FIX_ALL_KIND)!;
    assert.ok(fixAll);
    const count = c.publishCount(learner);
    const { action } = await chooseAsNeovim(c, fixAll);
    assertChangesOnly((action as CodeAction).edit, [uriOf(notice)]);
    assert.strictEqual(action.command, undefined);
    const text = c.text(notice);
    assert.match(text, /^  user\.contact\.email:\n    purposes: \[TODO why it is collected\]$/m);
    assert.match(text, /^  user\.contact\.phone_number:\n    purposes: \[TODO why it is collected\]$/m);
    const after = await c.waitForDiagnostics(learner, (p) => !p.diagnostics.some((d) => d.code === "undeclared-category"), count);
    assert.deepStrictEqual(codes(after.diagnostics), ["missing-retention@4", "missing-retention@5"]);
  });

  it("applyFix command: the server's workspace/applyEdit carries `changes`", async () => {
    const c = await start();
    c.open(notice);
    await c.sync();
    const count = c.publishCount(learner);
    const result = await c.request<{ applied: boolean }>("workspace/executeCommand", {
      command: APPLY_FIX_COMMAND,
      arguments: [{ fix: "declare", noticeFile: notice, category: "user.contact.email", file: learner }],
    });
    assert.strictEqual(result.applied, true);
    assert.strictEqual(c.appliedEdits.length, 1);
    assertChangesOnly(c.appliedEdits[0], [uriOf(notice)]);
    assert.match(c.text(notice), /^  user\.contact\.email:$/m);
    await c.waitForDiagnostics(learner, (p) => !p.diagnostics.some((d) => d.code === "undeclared-category"), count);
    assert.deepStrictEqual(c.shown, []);
  });
});
