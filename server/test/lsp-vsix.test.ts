/**
 * The .vsix: `npm run package` builds it with vsce from the esbuild bundles; it must hold exactly what the
 * extension needs at runtime (bundles, rules, schema, docs, manifest) and nothing else (no sources, no
 * node_modules, no tests or fixtures). Also checks that the bundled server starts and finds its rules from dist/.
 */
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { copyFixture, REPO_ROOT, TestClient } from "./lsp-harness";

/** Entry names from a zip's central directory (no unzip binary needed). */
export function zipEntries(file: string): string[] {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip file (no end-of-central-directory record)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

describe("packaging (.vsix)", function () {
  this.timeout(180_000);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-vsix-")), "privacy-lint.vsix");
  let entries: string[] = [];

  before(() => {
    const vsce = path.join(REPO_ROOT, "node_modules", "@vscode", "vsce", "vsce");
    execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--out", out], { cwd: REPO_ROOT, stdio: "pipe" });
    entries = zipEntries(out).filter((e) => e.startsWith("extension/")).map((e) => e.slice("extension/".length));
  });
  after(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));

  it("holds the bundles, rules, schema, docs and manifest", () => {
    for (const needed of ["package.json", "dist/extension.js", "dist/server.js", "dist/scan-worker.js", "dist/read-ahead.js", "rules/detection.yaml", "rules/taxonomy.yaml", "schemas/privacy-notice.schema.json", "readme.md", "LICENSE.txt"]) {
      assert.ok(entries.includes(needed), `${needed} missing from ${entries.join(", ")}`);
    }
  });

  it("holds nothing else: no sources, maps, node_modules, tests or fixtures", () => {
    const unexpected = entries.filter((e) => !/^(package\.json|readme\.md|LICENSE\.txt|dist\/(extension|server|scan-worker|read-ahead)\.js|rules\/[\w-]+\.yaml|schemas\/[\w.-]+\.json|docs\/[\w/-]+\.md)$/.test(e));
    assert.deepStrictEqual(unexpected, []);
  });

  it("declares main, activation, settings, the yaml schema and restricted-mode support", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
    assert.strictEqual(pkg.main, "./dist/extension.js");
    assert.deepStrictEqual(pkg.capabilities.untrustedWorkspaces, { supported: true });
    assert.ok(pkg.activationEvents.includes("onLanguage:prisma") && pkg.activationEvents.includes("workspaceContains:**/privacy-notice.yaml"));
    assert.ok(fs.existsSync(path.join(REPO_ROOT, pkg.contributes.yamlValidation[0].url)));
    const props = Object.keys(pkg.contributes.configuration.properties);
    for (const key of ["enable", "noticePath", "severities", "include", "exclude", "scanScope", "trace.server"]) assert.ok(props.includes(`privacyLint.${key}`), key);
  });

  it("the bundled server runs from dist/ and finds its rules", async () => {
    const root = copyFixture("basic");
    const client = await TestClient.start([root], { serverScript: path.join(REPO_ROOT, "dist", "server.js") });
    try {
      await client.ready();
      const published = await client.waitForDiagnostics(path.join(root, "src", "learner.ts"), (p) => p.diagnostics.length > 0);
      assert.strictEqual(published.diagnostics[0].code, "undeclared-category");
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
