import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as Sarif from "sarif";
import { CHECKS } from "../src/core/notice/checks";
import { CLI_FIXTURES, REPO_ROOT, removeDir, runCli } from "./cli-helpers";

const MULTITOOL = path.join(REPO_ROOT, "node_modules", "@microsoft", `sarif-multitool-${process.platform}`, process.platform === "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool");

/** Runs Microsoft's SARIF validator; undefined when its binary cannot run here (then the test is skipped, saying why). */
function validate(files: string[], workDir: string): { results: Sarif.Result[]; console: string } | { skip: string } {
  if (!fs.existsSync(MULTITOOL)) return { skip: `SARIF multitool binary not installed at ${MULTITOOL} (npm install --save-dev @microsoft/sarif-multitool)` };
  const out = path.join(workDir, "validation.sarif");
  const r = spawnSync(MULTITOOL, ["validate", ...files, "-o", out, "--log", "ForceOverwrite", "--level", "Error;Warning;Note"], {
    encoding: "utf8",
    timeout: 120000,
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
  });
  if (r.error || !fs.existsSync(out)) return { skip: `SARIF multitool cannot run on this machine: ${r.error?.message ?? r.stderr ?? r.stdout}` };
  const log = JSON.parse(fs.readFileSync(out, "utf8")) as Sarif.Log;
  return { results: log.runs[0].results ?? [], console: `${r.stdout}${r.stderr}` };
}

describe("cli check --format sarif", function () {
  this.timeout(180000);
  let work: string;
  before(() => (work = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-sarif-"))));
  after(() => removeDir(work));

  function sarifOf(dir: string): { log: Sarif.Log; text: string; code: number } {
    const r = runCli(["check", dir, "--format", "sarif"]);
    return { log: JSON.parse(r.stdout) as Sarif.Log, text: r.stdout, code: r.code };
  }

  it("describes every check as a rule with help text and a docs link", () => {
    const { log, code } = sarifOf(path.join(CLI_FIXTURES, "basic"));
    assert.strictEqual(code, 1);
    assert.strictEqual(log.version, "2.1.0");
    const run = log.runs[0];
    const rules = run.tool.driver.rules ?? [];
    assert.deepStrictEqual(rules.map((r) => r.id), Object.keys(CHECKS).sort());
    for (const rule of rules) {
      const check = CHECKS[rule.id as keyof typeof CHECKS];
      assert.strictEqual(rule.help?.text, check.help);
      assert.strictEqual(rule.helpUri, check.docsUrl);
      assert.strictEqual(rule.shortDescription?.text, check.title);
    }
    for (const result of run.results ?? []) assert.strictEqual(rules[result.ruleIndex!].id, result.ruleId);
    const first = run.results!.find((r) => r.ruleId === "undeclared-category")!;
    assert.deepStrictEqual(first.locations![0].physicalLocation, {
      artifactLocation: { uri: "src/customer.ts", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 14 },
    });
    assert.strictEqual(first.level, "error");
    assert.strictEqual(run.results!.find((r) => r.ruleId === "unused-declaration")!.level, "note");
  });

  it("gives stable, unique partialFingerprints that survive moving a finding to another line", () => {
    const src = path.join(CLI_FIXTURES, "basic");
    const dir = fs.mkdtempSync(path.join(work, "moved-"));
    fs.cpSync(src, dir, { recursive: true });
    const before = sarifOf(dir).log.runs[0].results!;
    const prints = before.map((r) => Object.values(r.partialFingerprints ?? {})[0]);
    assert.strictEqual(new Set(prints).size, prints.length, "fingerprints are unique");
    const file = path.join(dir, "src", "customer.ts");
    fs.writeFileSync(file, "// a new header comment\n\n" + fs.readFileSync(file, "utf8"));
    const after = sarifOf(dir).log.runs[0].results!;
    const moved = after.find((r) => r.message.text?.startsWith("Customer.phoneNumber"))!;
    const orig = before.find((r) => r.message.text?.startsWith("Customer.phoneNumber"))!;
    assert.strictEqual(moved.locations![0].physicalLocation!.region!.startLine, 14);
    assert.deepStrictEqual(moved.partialFingerprints, orig.partialFingerprints);
  });

  it("passes Microsoft's SARIF validator with no errors or warnings", function () {
    const files: string[] = [];
    for (const dir of [path.join(CLI_FIXTURES, "basic"), path.join(CLI_FIXTURES, "no-notice"), path.join(CLI_FIXTURES, "clean"), ...noticeFixtures()]) {
      const out = path.join(work, `${path.basename(dir)}.sarif`);
      fs.writeFileSync(out, sarifOf(dir).text);
      files.push(out);
    }
    // The validator must be able to fail: a copy with a result missing its required message.
    const broken = JSON.parse(fs.readFileSync(files[0], "utf8")) as Sarif.Log;
    delete (broken.runs[0].results![0] as Partial<Sarif.Result>).message;
    const brokenFile = path.join(work, "broken.sarif");
    fs.writeFileSync(brokenFile, JSON.stringify(broken, null, 2));
    const control = validate([brokenFile], work);
    if ("skip" in control) return this.skip();
    assert.ok(control.results.some((r) => r.level === "error"), "validator should reject a result without a message");

    // One validator run for all logs: the .NET start-up is the slow part.
    const v = validate(files, work);
    if ("skip" in v) return this.skip();
    const bad = v.results.filter((r) => r.level === "error" || r.level === "warning");
    const where = (r: Sarif.Result) => path.basename(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? "?");
    assert.deepStrictEqual(bad.map((r) => `${where(r)} ${r.ruleId}: ${JSON.stringify(r.message)}`), [], v.console);
    assert.ok(!/: error /.test(v.console), v.console);
    assert.match(v.console, new RegExp(`${files.length} files scanned`));
  });
});

function noticeFixtures(): string[] {
  const base = path.join(REPO_ROOT, "test-fixtures", "notices");
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base)
    .map((d) => path.join(base, d))
    .filter((d) => fs.statSync(d).isDirectory())
    .sort();
}
