import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import type * as Sarif from "sarif";
import { CLI_FIXTURES, removeDir, runCli, scratchCopy } from "./cli-helpers";

/** End to end on test-fixtures/cli/flows (needs the flows extractor: a Segment call and a console.log of an email). */
describe("cli: flow checks and fixes", function () {
  this.timeout(60000);
  const dirs: string[] = [];
  const copy = () => {
    const d = scratchCopy(path.join(CLI_FIXTURES, "flows"));
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach(removeDir));

  it("check reports the undeclared recipient and the logged email; SARIF has both rules and a fingerprinted result each", () => {
    const dir = path.join(CLI_FIXTURES, "flows");
    const json = runCli(["check", dir, "--format", "json"]);
    assert.strictEqual(json.code, 1, json.stderr);
    const ds = JSON.parse(json.stdout).diagnostics as { checkId: string; severity: string; message: string }[];
    assert.deepStrictEqual(ds.map((d) => `${d.checkId} ${d.severity}`), ["undeclared-recipient error", "personal-data-logged warning"]);
    const sarif = JSON.parse(runCli(["check", dir, "--format", "sarif"]).stdout) as Sarif.Log;
    const rules = sarif.runs[0].tool.driver.rules!;
    for (const id of ["undeclared-recipient", "personal-data-logged"]) {
      const rule = rules.find((r) => r.id === id);
      assert.ok(rule?.help?.text && rule.helpUri?.endsWith(`#${id}`), id);
    }
    assert.strictEqual(rules.find((r) => r.id === "undeclared-recipient")!.defaultConfiguration!.level, "error");
    assert.strictEqual(rules.find((r) => r.id === "personal-data-logged")!.defaultConfiguration!.level, "warning");
    const results = sarif.runs[0].results!;
    assert.deepStrictEqual(results.map((r) => `${r.ruleId}:${r.locations![0].physicalLocation!.region!.startLine}:${r.relatedLocations?.[0].physicalLocation?.artifactLocation?.uri}`), [
      "undeclared-recipient:11:privacy-notice.yaml",
      "personal-data-logged:12:privacy-notice.yaml",
    ]);
    assert.strictEqual(new Set(results.map((r) => Object.values(r.partialFingerprints!)[0])).size, 2);
  });

  it("fix lists the recipients on the category, keeping every original byte; check is then clean and a second fix changes nothing", () => {
    const dir = copy();
    const noticeFile = path.join(dir, "privacy-notice.yaml");
    const before = fs.readFileSync(noticeFile, "utf8");
    const first = runCli(["fix", dir]);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.match(first.stdout, /listed recipients logs \(log\) on user\.contact\.email, segment \(segment\) on user\.contact\.email\./);
    const after = fs.readFileSync(noticeFile, "utf8");
    assert.strictEqual(
      after,
      before
        .replace(
          "  mailer: { kind: processor, description: Transactional email }   # email only\n",
          "  mailer: { kind: processor, description: Transactional email }   # email only\n" +
            "  logs: { kind: processor, description: Application logs and the platforms they are shipped to, services: [log] }\n" +
            "  segment: { kind: processor, description: Segment (analytics), services: [segment] }\n",
        )
        .replace("recipients: [mailer]   # the mailer sees it", "recipients: [mailer, logs, segment]   # the mailer sees it"),
    );
    const check = runCli(["check", dir]);
    assert.strictEqual(check.code, 0, check.stdout);
    const second = runCli(["fix", dir]);
    assert.match(second.stdout, /Nothing to fix/);
    assert.strictEqual(fs.readFileSync(noticeFile, "utf8"), after);
  });

  it("a check-id suppression comment silences that check only; severities configure the checks", () => {
    const dir = copy();
    const src = path.join(dir, "src", "signup.ts");
    fs.writeFileSync(src, fs.readFileSync(src, "utf8").replace('  console.log("signed up"', '  // privacy-lint-disable-next-line personal-data-logged -- debug builds only\n  console.log("signed up"'));
    const ids = (args: string[]) => (JSON.parse(runCli(["check", dir, "--format", "json", ...args]).stdout).diagnostics as { checkId: string }[]).map((d) => d.checkId);
    assert.deepStrictEqual(ids([]), ["undeclared-recipient"]);
    fs.writeFileSync(path.join(dir, ".privacy-lint.yaml"), "severity: { undeclared-recipient: off }\n");
    assert.deepStrictEqual(ids([]), []);
  });
});
