/**
 * The flow checks in the editor, over stdio: diagnostics from the document's flows (the merged extractor), hover on the
 * sending call, and the quick fixes (recipient in the notice, suppression in code) applied as an editor applies them.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CodeAction, Diagnostic, Hover, MarkupContent } from "vscode-languageserver";
import { REPO_ROOT } from "./cli-helpers";
import { codes, TestClient, uriOf } from "./lsp-harness";

describe("language server: flows", function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient;
  let signup: string;
  let notice: string;

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-lsp-flows-"));
    fs.cpSync(path.join(REPO_ROOT, "test-fixtures", "cli", "flows"), root, { recursive: true });
    signup = path.join(root, "src", "signup.ts");
    notice = path.join(root, "privacy-notice.yaml");
    client = await TestClient.start([root]);
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const actionsFor = (d: Diagnostic) =>
    client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: uriOf(signup) }, range: d.range, context: { diagnostics: [d], only: ["quickfix"] } });
  const hoverAt = async (line: number, character: number) =>
    ((await client.request<Hover>("textDocument/hover", { textDocument: { uri: uriOf(signup) }, position: { line, character } })).contents as MarkupContent).value;

  it("diagnoses the flows, hovers the call, and the recipient fix declares Segment in the open notice", async () => {
    await client.ready();
    client.open(notice);
    client.open(signup);
    const before = await client.waitForDiagnostics(signup, (p) => p.version === 1 && p.diagnostics.length > 0);
    assert.deepStrictEqual(codes(before.diagnostics).sort(), ["personal-data-logged@11", "undeclared-recipient@10"]);
    const undeclared = before.diagnostics.find((d) => d.code === "undeclared-recipient")!;
    assert.deepStrictEqual(undeclared.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]), [[uriOf(notice), 8]]);

    const hover = await hoverAt(10, 4);
    assert.strictEqual(
      hover,
      [
        "**privacy-lint** · `analytics.identify` sends personal data",
        "",
        "- **user.contact.email** (User Contact Email) → Segment (analytics): `customer.email`",
        "",
        "privacy-notice.yaml says:",
        "- user.contact.email: **no recipient** listed on user.contact.email stands for Segment",
      ].join("\n"),
    );

    const actions = await actionsFor(undeclared);
    assert.deepStrictEqual(actions.map((a) => a.title), [
      "Add recipient segment (services: [segment]) to privacy-notice.yaml and list it on user.contact.email",
      "Suppress: add a privacy-lint-disable comment for user.contact.email above analytics.identify",
    ]);
    assert.strictEqual(actions[0].isPreferred, true);
    const resolved = await client.request<CodeAction>("codeAction/resolve", actions[0]);
    assert.ok(client.applyWorkspaceEdit(resolved.edit!));
    assert.match(client.text(notice), /\n  segment: \{ kind: processor, description: Segment \(analytics\), services: \[segment\] \}\n/);
    assert.match(client.text(notice), /recipients: \[mailer, segment\]   # the mailer sees it/);
    const after = await client.waitForDiagnostics(signup, (p) => !codes(p.diagnostics).some((c) => c.startsWith("undeclared-recipient")));
    assert.deepStrictEqual(codes(after.diagnostics), ["personal-data-logged@11"]);
    assert.match(await hoverAt(10, 4), /- user\.contact\.email: sent to Segment through `segment` \(processor\)/);
  });

  it("personal-data-logged: declare logs, or suppress the call above its line", async () => {
    await client.ready();
    client.open(notice);
    client.open(signup);
    const before = await client.waitForDiagnostics(signup, (p) => p.version === 1 && p.diagnostics.length > 0);
    const logged = before.diagnostics.find((d) => d.code === "personal-data-logged")!;
    assert.match(await hoverAt(11, 4), /`console\.log` writes personal data to a log/);
    const actions = await actionsFor(logged);
    assert.deepStrictEqual(actions.map((a) => a.title), [
      "Declare logs as a recipient of user.contact.email in privacy-notice.yaml (recipient logs, services: [log])",
      "Suppress: add a privacy-lint-disable comment for user.contact.email above console.log",
    ]);
    const suppress = await client.request<CodeAction>("codeAction/resolve", actions[1]);
    assert.ok(client.applyWorkspaceEdit(suppress.edit!));
    assert.match(client.text(signup), /\n  \/\/ privacy-lint-disable-next-line user\.contact\.email -- TODO reason\n  console\.log\("signed up"/);
    const after = await client.waitForDiagnostics(signup, (p) => p.version === 2);
    assert.deepStrictEqual(codes(after.diagnostics), ["undeclared-recipient@10"]);
  });
});
