import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadConfig } from "../src/core/config";
import { CLI_FIXTURES, removeDir, runCli } from "./cli-helpers";

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-config-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("configuration", function () {
  this.timeout(60000);
  const dirs: string[] = [];
  const make = (files: Record<string, string>) => {
    const d = project(files);
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach(removeDir));

  it("defaults when there is no configuration", () => {
    const r = loadConfig(make({ "package.json": '{"name":"x"}' }));
    assert.deepStrictEqual(r, { config: { severity: {}, ruleFiles: [] }, problems: [] });
  });

  it("reads every option from .privacy-lint.yaml, resolving paths against the root", () => {
    const dir = make({
      ".privacy-lint.yaml": [
        "include: ['src/**/*.ts']",
        "exclude: ['src/generated/**']",
        "notice: docs/privacy-notice.yaml",
        "severity: { unused-declaration: off, missing-retention: error }",
        "ruleFiles: [rules/extra.yaml]",
        "maxFileSize: 100000",
        "failOn: warning",
        "",
      ].join("\n"),
      "rules/extra.yaml": "rules: []\n",
    });
    const r = loadConfig(dir);
    assert.deepStrictEqual(r.problems, []);
    assert.strictEqual(r.source, path.join(dir, ".privacy-lint.yaml"));
    assert.deepStrictEqual(r.config, {
      include: ["src/**/*.ts"],
      exclude: ["src/generated/**"],
      notice: path.join(dir, "docs/privacy-notice.yaml"),
      severity: { "unused-declaration": "off", "missing-retention": "error" },
      ruleFiles: [path.join(dir, "rules/extra.yaml")],
      maxFileSize: 100000,
      failOn: "warning",
    });
  });

  it("reads the privacy-lint key of package.json", () => {
    const dir = make({ "package.json": JSON.stringify({ name: "x", "privacy-lint": { exclude: ["legacy/**"], failOn: "none" } }, null, 2) });
    const r = loadConfig(dir);
    assert.deepStrictEqual(r.problems, []);
    assert.deepStrictEqual(r.config.exclude, ["legacy/**"]);
    assert.strictEqual(r.config.failOn, "none");
    assert.strictEqual(r.source, path.join(dir, "package.json"));
  });

  it("reports unknown options and wrong types with file:line:col", () => {
    const r = loadConfig(path.join(CLI_FIXTURES, "bad-config"));
    const got = r.problems.map((p) => `${path.basename(p.file)}:${p.line}:${p.column} ${p.message.split(";")[0]}`);
    assert.deepStrictEqual(got, [
      '.privacy-lint.yaml:2:1 unknown option "exlude" (did you mean "exclude"?)',
      '.privacy-lint.yaml:4:3 unknown check "unused-declaraton" (did you mean "unused-declaration"?)',
      ".privacy-lint.yaml:5:22 severity of missing-retention must be one of error|warning|info|hint|off",
      '.privacy-lint.yaml:6:9 notice path "../../outside/privacy-notice.yaml" leaves the project root',
      ".privacy-lint.yaml:7:14 maxFileSize must be a positive whole number of bytes, e.g. 2097152",
    ]);
    assert.deepStrictEqual(r.problems[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
  });

  it("locates problems inside package.json", () => {
    const r = loadConfig(path.join(CLI_FIXTURES, "bad-config-json"));
    assert.deepStrictEqual(
      r.problems.map((p) => [p.line, p.column, p.message]),
      [[4, 16, 'include must be a list of strings, e.g. ["src/**/*.ts"]']],
    );
  });

  it("rejects globs and rule files outside the root, missing rule files, two configurations and YAML errors", () => {
    const outside = loadConfig(make({ ".privacy-lint.yml": "exclude: ['../**']\nruleFiles: [/etc/passwd, missing.yaml]\n" }));
    assert.deepStrictEqual(
      outside.problems.map((p) => `${p.line}:${p.column} ${p.message}`),
      ['1:11 exclude glob "../**" must be relative to the project root and stay inside it', '2:13 rule file "/etc/passwd" leaves the project root', '2:26 rule file "missing.yaml" does not exist'],
    );
    const both = loadConfig(make({ ".privacy-lint.yaml": "failOn: error\n", "package.json": '{"privacy-lint": {}}' }));
    assert.strictEqual(both.problems.length, 1);
    assert.match(both.problems[0].message, /also configured in \.privacy-lint\.yaml: keep one configuration/);
    const syntax = loadConfig(make({ ".privacy-lint.yaml": "include: [src\nexclude: x\n" }));
    assert.ok(syntax.problems.length > 0);
    assert.match(syntax.problems[0].message, /^YAML syntax error/);
    const notMap = loadConfig(make({ ".privacy-lint.yaml": "- include\n" }));
    assert.match(notMap.problems[0].message, /must be a mapping of options/);
  });

  it("never executes workspace code: a .js config is not read at all", () => {
    const dir = make({ ".privacy-lint.js": "require('fs').writeFileSync(__dirname + '/pwned', 'x')", "package.json": "{}" });
    assert.deepStrictEqual(loadConfig(dir).problems, []);
    assert.ok(!fs.existsSync(path.join(dir, "pwned")));
  });

  it("the CLI exits 2 and prints every problem with its location", () => {
    const r = runCli(["check", "test-fixtures/cli/bad-config"]);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stdout, "");
    assert.match(r.stderr, /^privacy-lint: invalid privacy-lint configuration:\n {2}test-fixtures\/cli\/bad-config\/\.privacy-lint\.yaml:2:1: unknown option "exlude"/);
    assert.strictEqual((r.stderr.match(/\.privacy-lint\.yaml:\d+:\d+:/g) ?? []).length, 5);
    assert.strictEqual(runCli(["inventory", "test-fixtures/cli/bad-config-json"]).code, 2);
  });

  it("applies severity overrides, exclude globs and failOn from the configuration", () => {
    const dir = make({
      "package.json": JSON.stringify({ name: "x", "privacy-lint": { severity: { "undeclared-category": "warning" }, exclude: ["src/legacy/**"], failOn: "warning" } }),
      "src/user.ts": "export interface User { email: string }\n",
      "src/legacy/old.ts": "export interface OldUser { phoneNumber: string }\n",
    });
    const r = runCli(["check", dir, "--format", "json"]);
    const json = JSON.parse(r.stdout);
    assert.deepStrictEqual(json.diagnostics.map((d: { file: string; severity: string }) => `${d.file} ${d.severity}`), ["src/user.ts warning"]);
    assert.strictEqual(r.code, 1, "failOn: warning from config");
    assert.strictEqual(runCli(["check", dir, "--fail-on", "error"]).code, 0, "the flag overrides the config");
  });
});
