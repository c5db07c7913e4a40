/**
 * Protocol tests for a client that takes only Commands from textDocument/codeAction (no codeActionLiteralSupport),
 * cannot create files through an edit and has no window/showDocument: every fix still reaches it, as a command
 * the server carries out (workspace/applyEdit for edits, a server-side write for a new notice).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { ClientCapabilities, Command } from "vscode-languageserver";
import { APPLY_FIX_COMMAND, CREATE_NOTICE_COMMAND, type CreateNoticeResult } from "../src/lsp/protocol";
import { codes, copyFixture, TestClient, uriOf } from "./lsp-harness";

const COMMANDS_ONLY: ClientCapabilities = {
  workspace: { applyEdit: true, workspaceEdit: {} },
  textDocument: { publishDiagnostics: { relatedInformation: true } },
  window: { workDoneProgress: true },
};

describe("language server with a client that takes only Commands", function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient | undefined;
  let learner: string;
  let notice: string;

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

  const commandsFor = async (c: TestClient, expected: number) => {
    c.open(learner);
    const published = await c.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === expected);
    const list = await c.request<Command[]>("textDocument/codeAction", { textDocument: { uri: uriOf(learner) }, range: published.diagnostics[0].range, context: { diagnostics: published.diagnostics } });
    for (const item of list) assert.strictEqual(typeof item.command, "string", `${item.title} is a Command`);
    return list;
  };

  it("create the notice: the command is offered and writes the notice", async () => {
    fs.rmSync(notice);
    client = await TestClient.start([root], { capabilities: COMMANDS_ONLY });
    await client.ready();
    const list = await commandsFor(client, 2);
    const create = list.find((c) => c.title.startsWith("Create privacy-notice.yaml"))!;
    assert.strictEqual(create.command, CREATE_NOTICE_COMMAND);
    const count = client.publishCount(learner);
    const result = await client.request<CreateNoticeResult>("workspace/executeCommand", { command: create.command, arguments: create.arguments });
    assert.deepStrictEqual(result, { created: true, path: notice });
    assert.match(fs.readFileSync(notice, "utf8"), /^  user\.contact\.email:$/m);
    await client.until("the message naming the notice", () => client!.messages.find((m) => m.message.includes(notice)));
    const after = await client.waitForDiagnostics(learner, (p) => p.diagnostics.length > 0 && !p.diagnostics.some((d) => d.code === "undeclared-category"), count);
    assert.deepStrictEqual([...new Set(after.diagnostics.map((d) => d.code))], ["missing-retention"]);
  });

  it("edits (declare, retention) come as applyFix commands; the server's applyEdit carries `changes`", async () => {
    client = await TestClient.start([root], { capabilities: COMMANDS_ONLY });
    await client.ready();
    client.open(notice);
    const list = await commandsFor(client, 1);
    assert.deepStrictEqual(list.map((c) => [c.title, c.command]), [
      ["Declare user.contact.email in privacy-notice.yaml", APPLY_FIX_COMMAND],
      ["Not personal data: add a privacy-lint-disable comment for Learner.email", APPLY_FIX_COMMAND],
      ["Not personal data: add an exemption for Learner.email to privacy-notice.yaml", APPLY_FIX_COMMAND],
      ["Declare every category this file collects in privacy-notice.yaml", APPLY_FIX_COMMAND],
    ]);
    const count = client.publishCount(learner);
    assert.strictEqual((await client.request<{ applied: boolean }>("workspace/executeCommand", { command: list[0].command, arguments: list[0].arguments })).applied, true);
    assert.strictEqual(client.appliedEdits[0].documentChanges, undefined);
    const declared = await client.waitForDiagnostics(learner, (p) => !p.diagnostics.some((d) => d.code === "undeclared-category"), count);
    assert.deepStrictEqual(codes(declared.diagnostics), ["missing-retention@4"]);

    // Now a retention choice, also as a command.
    const retention = (await client.request<Command[]>("textDocument/codeAction", { textDocument: { uri: uriOf(learner) }, range: declared.diagnostics[0].range, context: { diagnostics: declared.diagnostics } })).filter((c) =>
      c.title.startsWith("Retention of user.contact.email"),
    );
    assert.strictEqual(retention.length, 4);
    const before = client.text(notice);
    const count2 = client.publishCount(learner);
    assert.strictEqual((await client.request<{ applied: boolean }>("workspace/executeCommand", { command: retention[1].command, arguments: retention[1].arguments })).applied, true);
    assert.strictEqual(client.text(notice), before.replace("    basis: TODO\n", "    basis: TODO\n    retention: { period: P24M, then: delete }\n"));
    const after = await client.waitForDiagnostics(learner, () => true, count2);
    assert.deepStrictEqual(after.diagnostics, []);
  });
});
