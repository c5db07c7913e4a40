/**
 * Protocol tests: the real server process, spoken to over stdio like an editor does.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type { CodeAction, Diagnostic, Hover, MarkupContent } from "vscode-languageserver";
import { CHECKS } from "../src/core/notice/checks";
import { DATA_MAP_REQUEST, FIX_ALL_KIND, type DataMapResult } from "../src/lsp/protocol";
import { codes, copyFixture, TestClient, uriOf } from "./lsp-harness";

const byCode = (list: Diagnostic[], code: string) => list.filter((d) => d.code === code);

describe("language server over stdio", function () {
  this.timeout(60_000);
  let root: string;
  let client: TestClient;
  let learner: string;
  let notice: string;

  beforeEach(async () => {
    root = copyFixture("basic");
    learner = path.join(root, "src", "learner.ts");
    notice = path.join(root, "privacy-notice.yaml");
    client = await TestClient.start([root]);
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("scans the workspace with progress and publishes diagnostics for files that are not open", async () => {
    await client.ready();
    const published = await client.waitForDiagnostics(learner, (p) => p.diagnostics.length > 0);
    assert.strictEqual(published.version, undefined, "a file read from disk has no version");
    assert.deepStrictEqual(codes(published.diagnostics), ["undeclared-category@4"]);
    const [d] = published.diagnostics;
    assert.strictEqual(d.source, "privacy-lint");
    assert.strictEqual(d.codeDescription?.href, CHECKS["undeclared-category"].docsUrl);
    assert.match(d.message as string, /Learner\.email collects user\.contact\.email/);
    assert.deepStrictEqual(d.relatedInformation?.map((r) => r.location.uri), [uriOf(notice)], "points at the notice's categories");
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.deepStrictEqual([kinds[0], kinds[kinds.length - 1]], ["begin", "end"]);
    const status = client.statuses[client.statuses.length - 1];
    assert.strictEqual(status.state, "ready");
    assert.ok(status.problems >= 1 && status.files === 1 && status.findings === 2, JSON.stringify(status));
  });

  it("declare fix: resolve → applyEdit on the open notice → the inserted lines are shown and the diagnostic is gone", async () => {
    await client.ready();
    client.open(learner);
    client.open(notice);
    const before = await client.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length > 0);
    const undeclared = byCode(before.diagnostics, "undeclared-category")[0];
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri: uriOf(learner) },
      range: undeclared.range,
      context: { diagnostics: [undeclared], only: ["quickfix"] },
    });
    const titles = actions.map((a) => a.title);
    assert.deepStrictEqual(titles, [
      "Declare user.contact.email in privacy-notice.yaml",
      "Not personal data: add a privacy-lint-disable comment for Learner.email",
      "Not personal data: add an exemption for Learner.email to privacy-notice.yaml",
    ]);
    assert.strictEqual(actions[0].isPreferred, true);
    assert.strictEqual(actions[0].edit, undefined, "the edit is computed on resolve");

    const resolved = await client.request<CodeAction>("codeAction/resolve", actions[0]);
    assert.ok(resolved.edit && resolved.command, "resolve fills in the edit and the reveal command");
    // As VS Code does: apply the resolved edit to the open notice (didChange follows), then run the command.
    const publishesBefore = client.publishCount(learner);
    assert.ok(client.applyWorkspaceEdit(resolved.edit!));
    assert.strictEqual(client.applyWorkspaceEdit(resolved.edit!), false, "the edit names the notice version it was made for");
    const text = client.text(notice);
    assert.ok(
      text.includes(
        "\ncategories:\n" +
          "  # Needed by Learner.email (src/learner.ts:5)\n" +
          "  user.contact.email:\n    purposes: [TODO why it is collected]\n    basis: TODO\n" +
          "  user.name:\n",
      ),
      text,
    );
    assert.ok(text.includes("user.contact.email:"));
    await client.request("workspace/executeCommand", { command: resolved.command!.command, arguments: resolved.command!.arguments });
    const shown = await client.until("showDocument", () => client.shown[0]);
    assert.strictEqual(shown.uri, uriOf(notice));
    const selected = text.split("\n").slice(shown.selection!.start.line, shown.selection!.end.line + 1).join("\n");
    assert.match(selected, /user\.contact\.email:/, "the selection covers the inserted lines");

    const after = await client.waitForDiagnostics(learner, (p) => !p.diagnostics.some((d) => d.code === "undeclared-category"), publishesBefore);
    assert.deepStrictEqual(codes(after.diagnostics), ["missing-retention@4"], "declared now, but with no retention rule yet");
    assert.strictEqual(after.version, 1, "published for the open document's version");
  });

  it("applyFix command: the server sends workspace/applyEdit, the client applies it, the diagnostic goes away", async () => {
    await client.ready();
    client.open(notice);
    await client.sync();
    const before = await client.waitForDiagnostics(learner, (p) => p.diagnostics.length === 1);
    const data = before.diagnostics[0].data as { noticeFile: string; field: { category: string } };
    const count = client.publishCount(learner);
    const result = await client.request<{ applied: boolean }>("workspace/executeCommand", {
      command: "privacyLint.applyFix",
      arguments: [{ fix: "declare", noticeFile: data.noticeFile, category: data.field.category, file: learner }],
    });
    assert.strictEqual(result.applied, true);
    assert.strictEqual(client.appliedEdits.length, 1, "one workspace/applyEdit from the server");
    assert.match(client.text(notice), /\ncategories:\n  # Needed by Learner\.email \(src\/learner\.ts:5\)\n  user\.contact\.email:\n    purposes: \[TODO why it is collected\]\n    basis: TODO\n  user\.name:\n/);
    const after = await client.waitForDiagnostics(learner, (p) => !p.diagnostics.some((d) => d.code === "undeclared-category"), count);
    assert.deepStrictEqual(codes(after.diagnostics), ["missing-retention@4"]);
    const shown = await client.until("showDocument", () => client.shown[0]);
    assert.deepStrictEqual([shown.selection?.start.line, shown.selection?.end.line], [18, 21], "the comment and the three inserted lines");
    const noticeDiags = await client.waitForDiagnostics(notice, (p) => p.version === 2);
    assert.ok(noticeDiags.diagnostics.some((d) => d.code === "incomplete-declaration"), "the TODOs are flagged on the notice");
  });

  it("offers each retention choice as its own action and the chosen one lands in the YAML", async () => {
    const withEmail = fs.readFileSync(notice, "utf8") + "  user.contact.email:\n    purposes: [accounts]\n";
    fs.writeFileSync(notice, withEmail);
    await client.ready();
    client.open(notice);
    client.open(learner);
    const published = await client.waitForDiagnostics(learner, (p) => p.version === 1 && byCode(p.diagnostics, "missing-retention").length > 0);
    const diag = byCode(published.diagnostics, "missing-retention")[0];
    assert.ok(diag.relatedInformation?.some((r) => r.location.uri === uriOf(notice) && r.location.range.start.line === 22), "related: the notice entry");
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: uriOf(learner) }, range: diag.range, context: { diagnostics: [diag] } });
    const retention = actions.filter((a) => a.title.startsWith("Retention of user.contact.email"));
    assert.strictEqual(retention.length, 4);
    assert.ok(retention.every((a) => !a.isPreferred && a.edit), "no obvious choice; edits are cheap and come with the list");
    const before = client.publishCount(learner);
    assert.ok(client.applyWorkspaceEdit(retention[1].edit!));
    assert.strictEqual(client.text(notice), withEmail + "    retention: { period: P24M, then: delete }\n");
    const after = await client.waitForDiagnostics(learner, () => true, before);
    assert.deepStrictEqual(after.diagnostics, []);
  });

  it("suppression comment fix edits the source; fix-all declares every category of the file", async () => {
    await client.ready();
    client.open(learner);
    client.open(notice);
    const published = await client.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length > 0);
    const diag = published.diagnostics[0];
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: uriOf(learner) }, range: diag.range, context: { diagnostics: [diag] } });
    const fixAll = actions.find((a) => a.kind === FIX_ALL_KIND);
    assert.ok(fixAll, "fix-all offered when no `only` filter is given");
    const suppress = await client.request<CodeAction>("codeAction/resolve", actions.find((a) => a.title.includes("privacy-lint-disable"))!);
    const before = client.publishCount(learner);
    assert.ok(client.applyWorkspaceEdit(suppress.edit!));
    assert.match(client.text(learner), /\n  \/\/ privacy-lint-disable-next-line user\.contact\.email -- not personal data\n  email: string;/);
    const after = await client.waitForDiagnostics(learner, (p) => p.version === 2, before);
    assert.deepStrictEqual(after.diagnostics, []);

    const onlyFixAll = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: uriOf(learner) }, range: diag.range, context: { diagnostics: [], only: [FIX_ALL_KIND] } });
    assert.deepStrictEqual(onlyFixAll, [], "nothing left to declare once the field is suppressed");
  });

  it("never publishes diagnostics for an old version when changes arrive during the debounce", async () => {
    await client.stop();
    client = await TestClient.start([root], { settings: { debounceMs: 150 } });
    await client.ready();
    client.open(learner);
    await client.waitForDiagnostics(learner, (p) => p.version === 1);
    const base = client.publishCount(learner);
    const original = client.text(learner);
    client.change(learner, original.replace("email: string;", "emailAddress: string;\n  phoneNumber: string;"));
    client.change(learner, original.replace("email: string;", "phone: string;"));
    client.change(learner, original.replace("  email: string;\n", ""));
    const final = await client.waitForDiagnostics(learner, (p) => p.version === 4, base);
    assert.deepStrictEqual(final.diagnostics, [], "email removed: nothing undeclared");
    await new Promise((r) => setTimeout(r, 300));
    const versions = client.diagnostics.get(uriOf(learner))!.slice(base).map((p) => p.version);
    assert.deepStrictEqual(versions, [4], "one publish, for the latest version only");
  });

  it("an edit to a type used in another file republishes that file, re-classified without a rescan", async () => {
    // enrolment.ts types a field by a name declared in types.ts: what types.ts says decides the finding.
    const types = path.join(root, "src", "types.ts");
    const enrolment = path.join(root, "src", "enrolment.ts");
    fs.writeFileSync(types, 'export type Tutor = "alice" | "bob";\n');
    fs.writeFileSync(enrolment, 'import { Tutor } from "./types";\nexport interface Enrolment {\n  homeAddress: Tutor;\n}\n');
    await client.stop();
    client = await TestClient.start([root]);
    await client.ready();
    await client.waitForDiagnostics(learner, (p) => p.diagnostics.length > 0);
    assert.deepStrictEqual(client.lastDiagnostics(enrolment)?.diagnostics ?? [], [], "a literal union is not an address");
    const scansBefore = client.statuses[client.statuses.length - 1].scans;
    client.open(types);
    await client.sync();
    const count = client.publishCount(enrolment);
    client.change(types, "export interface Tutor {\n  street: string;\n  city: string;\n  postcode: string;\n}\n");
    const after = await client.waitForDiagnostics(enrolment, (p) => p.diagnostics.length > 0, count);
    assert.deepStrictEqual(codes(after.diagnostics), ["undeclared-category@2"], "an object of address parts is an address");
    assert.match(after.diagnostics[0].message as string, /Enrolment\.homeAddress collects user\.contact\.address/);
    const status = await client.until("status after the edit", () => {
      const s = client.statuses[client.statuses.length - 1];
      return s.scans >= scansBefore + 2 ? s : undefined;
    });
    assert.strictEqual(status.scans, scansBefore + 2, "only the edited file was parsed again (on open and on the edit)");
  });

  it("an edit to what a type's member holds republishes a file with a field typed by that member (`PageInfo[\"title\"]`)", async () => {
    const types = path.join(root, "src", "types.ts");
    const enrolment = path.join(root, "src", "enrolment.ts");
    // A page's title is a visitor's browsing only in a page view (a referrer beside it): same declarations either way.
    fs.writeFileSync(types, "export interface PageInfo {\n  title: string;\n  hash: string;\n}\n");
    fs.writeFileSync(enrolment, 'import { PageInfo } from "./types";\nexport interface Visit {\n  t: PageInfo["title"];\n}\n');
    await client.stop();
    client = await TestClient.start([root]);
    await client.ready();
    await client.waitForDiagnostics(learner, (p) => p.diagnostics.length > 0);
    assert.deepStrictEqual(client.lastDiagnostics(enrolment)?.diagnostics ?? [], [], "a site page's title is nobody's");
    client.open(types);
    await client.sync();
    const count = client.publishCount(enrolment);
    client.change(types, "export interface PageInfo {\n  title: string;\n  referrer: string;\n}\n");
    const after = await client.waitForDiagnostics(enrolment, (p) => p.diagnostics.length > 0, count);
    assert.deepStrictEqual(codes(after.diagnostics), ["undeclared-category@2"]);
    assert.match(after.diagnostics[0].message as string, /Visit\.t collects user\.behavior/);
  });

  it("a notice edit re-checks code from cached findings without rescanning it", async () => {
    await client.ready();
    client.open(notice);
    await client.sync();
    const before = await client.waitForDiagnostics(learner, (p) => p.diagnostics.length > 0);
    assert.strictEqual(before.diagnostics.length, 1);
    const scansBefore = client.statuses[client.statuses.length - 1].scans;
    const count = client.publishCount(learner);
    client.change(notice, client.text(notice) + "  user.contact:\n    purposes: [accounts]\n    retention: { period: P24M }\n");
    const after = await client.waitForDiagnostics(learner, () => true, count);
    assert.deepStrictEqual(after.diagnostics, []);
    const status = await client.until("status after the notice edit", () => {
      const s = client.statuses[client.statuses.length - 1];
      return s.problems === 0 ? s : undefined;
    });
    assert.strictEqual(status.scans, scansBefore, "no file was scanned again");

    // A broken notice keeps the last valid version for code, and says so on the notice.
    const countBroken = client.publishCount(notice);
    client.change(notice, client.text(notice) + "  oops: [unclosed\n");
    const noticeDiags = await client.waitForDiagnostics(notice, (p) => p.diagnostics.some((d) => d.code === "notice-invalid"), countBroken);
    const invalid = byCode(noticeDiags.diagnostics, "notice-invalid")[0];
    assert.match(invalid.message as string, /last valid version/);
    assert.strictEqual(invalid.codeDescription?.href, CHECKS["notice-invalid"].docsUrl);
    assert.deepStrictEqual(client.lastDiagnostics(learner)?.diagnostics, [], "code still checked against the last valid notice");
  });

  it("reports notice problems: schema errors, vague retention, unused declarations, undefined recipients", async () => {
    const text = fs.readFileSync(notice, "utf8").replace("recipients: [mail-provider]", "recipients: [mail-provider, ad-network]") +
      "  user.location:\n    purposes: [accounts]\n    retention: { as_required_by: applicable law }\n    colour: blue\n";
    fs.writeFileSync(notice, text);
    await client.ready();
    const published = await client.waitForDiagnostics(notice, (p) => p.diagnostics.length >= 4);
    const found = new Set(published.diagnostics.map((d) => d.code));
    for (const code of ["undefined-recipient", "vague-retention", "unused-declaration", "notice-schema"]) assert.ok(found.has(code), `${code} in ${[...found].join(", ")}`);
    const unused = byCode(published.diagnostics, "unused-declaration")[0];
    assert.deepStrictEqual(unused.tags, [1], "unused declarations are marked unnecessary");
    for (const d of published.diagnostics) assert.ok(d.codeDescription?.href.startsWith("https://"), `${d.code} has a docs link`);
  });

  it("hover shows category, evidence and what the notice says", async () => {
    await client.ready();
    client.open(learner);
    await client.waitForDiagnostics(learner, (p) => p.version === 1);
    const nameHover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: uriOf(learner) }, position: { line: 3, character: 4 } });
    const value = (nameHover.contents as MarkupContent).value;
    assert.match(value, /`Learner\.fullName` collects \*\*user\.name\*\*/);
    assert.match(value, /Detected because: /);
    assert.match(value, /Purposes: accounts \(contract\)/);
    assert.match(value, /Retention: P12M after account closure, then delete/);
    assert.match(value, /Recipients: mail-provider \(processor, IE\)/);
    const emailHover = await client.request<Hover>("textDocument/hover", { textDocument: { uri: uriOf(learner) }, position: { line: 4, character: 3 } });
    assert.match((emailHover.contents as MarkupContent).value, /\*\*Not declared\*\* in privacy-notice\.yaml/);
    const none = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri: uriOf(learner) }, position: { line: 2, character: 3 } });
    assert.strictEqual(none, null, "no hover on a field that is not personal data");
  });

  it("offers to create the notice when there is none, pre-filled from the workspace", async () => {
    await client.stop();
    fs.rmSync(notice);
    client = await TestClient.start([root]);
    await client.ready();
    client.open(learner);
    const published = await client.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 2);
    assert.ok(published.diagnostics.every((d) => d.code === "undeclared-category" && !d.relatedInformation));
    const actions = await client.request<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: uriOf(learner) }, range: published.diagnostics[0].range, context: { diagnostics: published.diagnostics } });
    const create = actions.find((a) => a.title.startsWith("Create privacy-notice.yaml"));
    assert.ok(create?.isPreferred);
    assert.strictEqual(actions.filter((a) => a.title.startsWith("Create")).length, 1, "offered once for several diagnostics");
    const resolved = await client.request<CodeAction>("codeAction/resolve", create);
    assert.ok(client.applyWorkspaceEdit(resolved.edit!));
    const created = fs.readFileSync(notice, "utf8");
    assert.match(created, /^version: 1$/m);
    assert.match(created, /^  user\.contact\.email:$/m);
    assert.match(created, /^  user\.name:$/m);
    // The watcher tells the server about the new file; every diagnostic is re-checked against it.
    const count = client.publishCount(learner);
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(notice), type: 1 }] });
    const after = await client.waitForDiagnostics(learner, () => true, count);
    assert.deepStrictEqual([...new Set(after.diagnostics.map((d) => d.code))], ["missing-retention"]);
  });

  it("watched source changes rescan the file from disk; the data map request reports the workspace", async () => {
    await client.ready();
    await client.waitForDiagnostics(learner, (p) => p.diagnostics.length === 1);
    const count = client.publishCount(learner);
    fs.writeFileSync(learner, fs.readFileSync(learner, "utf8").replace("email: string;", "email: string;\n  phoneNumber: string;"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(learner), type: 2 }] });
    const after = await client.waitForDiagnostics(learner, () => true, count);
    assert.deepStrictEqual(codes(after.diagnostics), ["undeclared-category@4", "undeclared-category@5"]);

    const map = await client.request<DataMapResult>(DATA_MAP_REQUEST, { format: "json" });
    const sections = JSON.parse(map.content) as { notice?: string; categories: { category: string; declaredAs?: string; fields: { field: string }[] }[] }[];
    assert.strictEqual(sections.length, 1);
    assert.strictEqual(sections[0].notice, notice);
    assert.deepStrictEqual(
      sections[0].categories.map((c) => [c.category, c.declaredAs ?? null, c.fields.map((f) => f.field)]),
      [["user.contact.email", null, ["email"]], ["user.contact.phone_number", null, ["phoneNumber"]], ["user.name", "user.name", ["fullName"]]],
    );
    const md = await client.request<DataMapResult>(DATA_MAP_REQUEST, {});
    assert.match(md.content, /\| `user\.contact\.email`<br>[^|]+\| \*\*⚠ NOT DECLARED\*\* \|/);
    assert.match(md.content, /\n```mermaid\nflowchart LR\n/);
    // The page the editor's webview shows: the same HTML as `privacy-lint report --format html`, with its SVG.
    const html = await client.request<DataMapResult>(DATA_MAP_REQUEST, { format: "html" });
    assert.strictEqual(html.format, "html");
    assert.match(html.content, /^<!doctype html>[\s\S]*<h2>Notice: <code>privacy-notice\.yaml<\/code>[\s\S]*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(!/<script/i.test(html.content));
  });

  it("restricts diagnostics to open files when scanScope is openFiles", async () => {
    await client.stop();
    client = await TestClient.start([root], { settings: { scanScope: "openFiles" } });
    await client.ready();
    await new Promise((r) => setTimeout(r, 200));
    assert.strictEqual(client.publishCount(learner), 0, "nothing published for a closed file");
    client.open(learner);
    await client.waitForDiagnostics(learner, (p) => p.version === 1 && p.diagnostics.length === 1);
    client.close(learner);
    await client.waitForDiagnostics(learner, (p) => p.diagnostics.length === 0);
  });
});
