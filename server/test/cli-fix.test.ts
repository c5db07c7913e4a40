import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { CLI_FIXTURES, removeDir, runCli, scratchCopy } from "./cli-helpers";
import { ConcurrentEditError, unifiedDiff, writeFileAtomic } from "../src/cli/fix";

describe("cli fix", function () {
  this.timeout(60000);
  const dirs: string[] = [];
  const copy = (name: string) => {
    const d = scratchCopy(path.join(CLI_FIXTURES, name));
    dirs.push(d);
    return d;
  };
  after(() => dirs.forEach(removeDir));

  it("declares missing categories keeping every original byte, and a second run changes nothing", () => {
    const dir = copy("basic");
    const noticeFile = path.join(dir, "privacy-notice.yaml");
    const before = fs.readFileSync(noticeFile, "utf8");
    const first = runCli(["fix", dir]);
    assert.strictEqual(first.code, 0, first.stderr);
    assert.match(first.stdout, /declared user\.contact\.address\.city, user\.contact\.address\.postal_code, user\.contact\.address\.street, user\.contact\.phone_number, user\.name\.first\./);
    const after = fs.readFileSync(noticeFile, "utf8");
    // Only insertions: deleting the inserted lines gives back the original exactly (comments, spacing, trailing comment).
    const inserted = after.split("\n").filter((l) => !before.split("\n").includes(l));
    assert.ok(inserted.some((l) => l === "  user.contact.phone_number:"));
    assert.strictEqual(after.split("\n").filter((l) => !inserted.includes(l)).join("\n"), before);
    assert.ok(after.includes("recipients: [mailer]   # only the mailer sees it"));
    assert.ok(after.endsWith("# trailing comment stays too\n"));
    // The new entries name their fields and leave placeholders that the checks keep flagging.
    assert.ok(after.includes("  # Needed by Customer.phoneNumber (src/customer.ts:12)\n  user.contact.phone_number:\n    purposes: [TODO why it is collected]\n    basis: TODO\n"));
    const check = runCli(["check", dir, "--format", "json"]);
    const ids = new Set(JSON.parse(check.stdout).diagnostics.map((d: { checkId: string }) => d.checkId));
    assert.ok(!ids.has("undeclared-category"));
    assert.ok(ids.has("incomplete-declaration") && ids.has("missing-retention"));

    const second = runCli(["fix", dir]);
    assert.strictEqual(second.code, 0);
    assert.match(second.stdout, /Nothing to fix/);
    assert.strictEqual(fs.readFileSync(noticeFile, "utf8"), after);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ["package.json", "privacy-notice.yaml", "src"], "no temp files left behind");
  });

  it("--dry-run prints a unified diff and writes nothing", () => {
    const dir = copy("basic");
    const noticeFile = path.join(dir, "privacy-notice.yaml");
    const before = fs.readFileSync(noticeFile, "utf8");
    const r = runCli(["fix", ".", "--dry-run"], { cwd: dir });
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(fs.readFileSync(noticeFile, "utf8"), before);
    const lines = r.stdout.split("\n");
    assert.strictEqual(lines[0], "--- a/privacy-notice.yaml");
    assert.strictEqual(lines[1], "+++ b/privacy-notice.yaml");
    assert.strictEqual(lines[2], "@@ -13,12 +13,32 @@");
    assert.strictEqual(lines.filter((l) => l.startsWith("-") && !l.startsWith("---")).length, 0);
    assert.strictEqual(lines.filter((l) => l.startsWith("+") && !l.startsWith("+++")).length, 20);
    assert.ok(lines.includes("+  user.name.first:"));
    assert.ok(lines.includes("   # Email is how we reach customers about their orders."), "context lines are kept");
  });

  it("creates a notice when there is none, which then loads and flags its placeholders", () => {
    const dir = copy("no-notice");
    const r = runCli(["fix", dir]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /privacy-notice\.yaml: created with 3 categories/);
    const text = fs.readFileSync(path.join(dir, "privacy-notice.yaml"), "utf8");
    for (const key of ["user.contact.email", "user.demographic.date_of_birth", "user.government_id.passport_number"]) assert.ok(text.includes(`  ${key}:\n`), key);
    const check = JSON.parse(runCli(["check", dir, "--format", "json"]).stdout);
    const ids = new Set(check.diagnostics.map((d: { checkId: string }) => d.checkId));
    assert.ok(!ids.has("undeclared-category") && !ids.has("notice-schema") && !ids.has("notice-syntax"));
    assert.ok(ids.has("incomplete-declaration"));
    assert.match(runCli(["fix", dir]).stdout, /Nothing to fix/);
  });

  it("refuses to write a notice that changed on disk since it was read", () => {
    const dir = copy("basic");
    const file = path.join(dir, "privacy-notice.yaml");
    const read = fs.readFileSync(file, "utf8");
    fs.appendFileSync(file, "# edited by someone else\n");
    assert.throws(() => writeFileAtomic(file, read + "x", read), ConcurrentEditError);
    assert.ok(fs.readFileSync(file, "utf8").endsWith("# edited by someone else\n"));
    // and refuses to create one that appeared meanwhile
    assert.throws(() => writeFileAtomic(file, "new", undefined), ConcurrentEditError);
    const current = fs.readFileSync(file, "utf8");
    writeFileAtomic(file, "replaced\n", current);
    assert.strictEqual(fs.readFileSync(file, "utf8"), "replaced\n");
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp")), []);
  });

  it("leaves an unusable notice alone and says why (exit 1)", () => {
    const dir = copy("basic");
    fs.writeFileSync(path.join(dir, "privacy-notice.yaml"), "version: 1\ncategories: [unclosed\n");
    const r = runCli(["fix", dir]);
    assert.strictEqual(r.code, 1);
    assert.match(r.stderr, /privacy-notice\.yaml: not fixed: the notice has errors/);
    assert.strictEqual(fs.readFileSync(path.join(dir, "privacy-notice.yaml"), "utf8"), "version: 1\ncategories: [unclosed\n");
  });

  it("unifiedDiff produces hunks with correct ranges", () => {
    const a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
    const b = "a\nb\nc\nX\nd\ne\nf\ng\nh\ni\nY\nj\n";
    assert.strictEqual(unifiedDiff(a, b, "a/f", "b/f", 1), "--- a/f\n+++ b/f\n@@ -3,2 +3,3 @@\n c\n+X\n d\n@@ -9,2 +10,3 @@\n i\n+Y\n j\n");
    assert.strictEqual(unifiedDiff("", "x\n", "/dev/null", "b/f"), "--- /dev/null\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n");
  });
});
