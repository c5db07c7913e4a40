import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseUnifiedDiff } from "../src/cli/git";
import { CLI_FIXTURES, removeDir, runCli } from "./cli-helpers";

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com", GIT_CONFIG_NOSYSTEM: "1" };
function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always", ...args], { cwd, env: GIT_ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

interface Diag {
  file: string;
  line: number;
  checkId: string;
  message: string;
}

describe("cli check --changed-since", function () {
  this.timeout(60000);
  let work: string;
  let repo: string;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-git-"));
    repo = path.join(work, "repo");
    fs.cpSync(path.join(CLI_FIXTURES, "basic"), repo, { recursive: true });
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "base");
    git(repo, "tag", "base");
    // The pull request: a new personal-data field, and an edit inside one notice entry (not on its key line).
    const order = path.join(repo, "src", "order.ts");
    fs.writeFileSync(order, fs.readFileSync(order, "utf8").replace("  orderNumber: string;\n", "  orderNumber: string;\n  customerDateOfBirth: Date;\n"));
    const notice = path.join(repo, "privacy-notice.yaml");
    fs.writeFileSync(notice, fs.readFileSync(notice, "utf8").replace("retention: { period: P6Y, as_required_by: HMRC record-keeping rules }", 'retention: "as long as necessary"'));
    git(repo, "commit", "-qam", "change");
  });
  after(() => removeDir(work));

  it("reports only problems on changed lines, plus edited notice entries", () => {
    const all = JSON.parse(runCli(["check", repo, "--format", "json"]).stdout).diagnostics as Diag[];
    assert.ok(all.filter((d) => d.checkId === "undeclared-category").length >= 5, "the full run sees the old problems too");
    const r = runCli(["check", repo, "--format", "json", "--changed-since", "base"]);
    assert.strictEqual(r.code, 1, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.strictEqual(json.changedSince, "base");
    assert.deepStrictEqual(
      (json.diagnostics as Diag[]).map((d) => `${d.file}:${d.line} ${d.checkId}`),
      ["privacy-notice.yaml:21 unused-declaration", "privacy-notice.yaml:23 vague-retention", "src/order.ts:9 undeclared-category"],
    );
    assert.match(json.diagnostics[2].message, /OrderDto\.customerDateOfBirth collects user\.demographic\.date_of_birth/);
  });

  it("is clean (exit 0) when nothing changed since the ref, and counts untracked files as changed", () => {
    assert.strictEqual(runCli(["check", repo, "--changed-since", "HEAD"]).code, 0);
    fs.writeFileSync(path.join(repo, "src", "new.ts"), "export interface Applicant { passportNumber: string }\n");
    try {
      const json = JSON.parse(runCli(["check", repo, "--format", "json", "--changed-since", "HEAD"]).stdout);
      assert.deepStrictEqual((json.diagnostics as Diag[]).map((d) => `${d.file}:${d.line}`), ["src/new.ts:1"]);
    } finally {
      fs.rmSync(path.join(repo, "src", "new.ts"));
    }
  });

  it("works in a shallow clone once the ref is fetched, and says how to fetch it when it is not", () => {
    const clone = path.join(work, "clone");
    git(work, "clone", "-q", "--depth=1", "--no-tags", `file://${repo}`, clone);
    const missing = runCli(["check", clone, "--changed-since", "base"]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /git ref "base" is not in this clone.*git fetch --depth=1 origin base/s);
    git(clone, "fetch", "-q", "--depth=1", "origin", "tag", "base");
    const r = runCli(["check", clone, "--format", "json", "--changed-since", "base"]);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.deepStrictEqual(
      (JSON.parse(r.stdout).diagnostics as Diag[]).map((d) => `${d.file}:${d.line} ${d.checkId}`),
      ["privacy-notice.yaml:21 unused-declaration", "privacy-notice.yaml:23 vague-retention", "src/order.ts:9 undeclared-category"],
    );
  });

  it("fails with exit 2 outside a git repository", () => {
    const plain = path.join(work, "plain");
    fs.cpSync(path.join(CLI_FIXTURES, "clean"), plain, { recursive: true });
    const r = runCli(["check", plain, "--changed-since", "main"], { env: { GIT_CEILING_DIRECTORIES: work } });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--changed-since needs a git repository/);
  });

  it("parses hunks of git diff --unified=0, including pure deletions and quoted paths", () => {
    const diff = [
      "diff --git a/src/a.ts b/src/a.ts",
      "--- a/src/a.ts",
      "+++ b/src/a.ts",
      "@@ -3,0 +4,2 @@ class A {",
      "@@ -10 +12 @@",
      "@@ -20,3 +21,0 @@",
      "--- a/gone.ts",
      "+++ /dev/null",
      "@@ -1,5 +0,0 @@",
      '+++ "b/with space\\303\\251.ts"',
      "@@ -1 +1 @@",
    ].join("\n");
    const changed = parseUnifiedDiff(diff, "/r");
    assert.deepStrictEqual(changed.get(path.resolve("/r/src/a.ts")), [[4, 5], [12, 12], [21, 21]]);
    assert.ok(!changed.has(path.resolve("/r/gone.ts")));
    assert.deepStrictEqual(changed.get(path.resolve("/r/with spaceé.ts")), [[1, 1]]);
  });
});
