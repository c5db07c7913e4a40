/**
 * Integration tests in a real VS Code: the extension activates in the fixture workspace (test-fixtures/lsp/basic,
 * copied), diagnostics appear on the model file, and the preferred quick fix declares the category in the notice.
 */
import * as assert from "assert";
import * as vscode from "vscode";

async function until<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("privacy-lint in VS Code", () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const learner = () => vscode.Uri.joinPath(folder(), "src", "learner.ts");
  const notice = () => vscode.Uri.joinPath(folder(), "privacy-notice.yaml");

  it("activates on a TypeScript file", async () => {
    const doc = await vscode.workspace.openTextDocument(learner());
    await vscode.window.showTextDocument(doc);
    const ext = vscode.extensions.getExtension("privacy-lint.privacy-lint");
    assert.ok(ext, "extension installed");
    await until("activation", () => ext.isActive || undefined);
  });

  it("shows the undeclared email as an error with a docs link", async () => {
    const diags = await until("diagnostics", () => {
      const list = vscode.languages.getDiagnostics(learner()).filter((d) => d.source === "privacy-lint");
      return list.length ? list : undefined;
    });
    assert.strictEqual(diags.length, 1);
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diags[0].range.start.line, 4);
    const code = diags[0].code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.value, "undeclared-category");
    assert.match(code.target.toString(), /checks\.md#undeclared-category$/);
  });

  it("the preferred quick fix declares the category in the notice and the diagnostic goes away", async () => {
    const [diag] = vscode.languages.getDiagnostics(learner()).filter((d) => d.source === "privacy-lint");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", learner(), diag.range, vscode.CodeActionKind.QuickFix.value, 10);
    const declare = actions.find((a) => a.isPreferred);
    assert.ok(declare, `a preferred action among ${actions.map((a) => a.title).join(", ")}`);
    assert.match(declare.title, /^Declare user\.contact\.email in privacy-notice\.yaml$/);
    assert.ok(declare.edit, "resolved by the provider command");
    assert.ok(await vscode.workspace.applyEdit(declare.edit));
    const text = (await vscode.workspace.openTextDocument(notice())).getText();
    assert.match(text, /\n  user\.contact\.email:\n    purposes: \[TODO why it is collected\]\n    basis: TODO\n/);
    await until("the undeclared diagnostic to go", () =>
      vscode.languages.getDiagnostics(learner()).some((d) => d.code && (d.code as { value: string }).value === "undeclared-category") ? undefined : true,
    );
  });
});
