/**
 * `privacy-lint diff` on a scripted git history: the base is read from git objects, renames are followed, notice
 * edits and deletions are reported, the exit code follows the problems introduced, and shallow clones work once the
 * base is fetched.
 */
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CLI_FIXTURES, removeDir, runCli } from "./cli-helpers";

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com", GIT_CONFIG_NOSYSTEM: "1" };
function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always", ...args], { cwd, env: GIT_ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}
function edit(file: string, from: string, to: string): void {
  const text = fs.readFileSync(file, "utf8");
  assert.ok(text.includes(from), `${file} has ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
}

interface DiffJson {
  base: string;
  collected: { added: Record<string, unknown>[]; removed: Record<string, unknown>[] };
  flows: { added: unknown[]; removed: unknown[] };
  notice: { added: string[]; removed: string[]; changed: string[] };
  problems: { introduced: number; fixed: number };
}

describe("cli diff", function () {
  this.timeout(120000);
  let work: string;
  let repo: string;
  let tmp: string;
  // The CLI's temp folders go here, so the test can see that the base's copy is removed.
  const run = (args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { env: { TMPDIR: tmp, TMP: tmp, TEMP: tmp, ...env } });
  const json = (args: string[]) => {
    const r = run([...args, "--format", "json"]);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.stderr}`);
    return JSON.parse(r.stdout) as DiffJson;
  };

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-diff-"));
    tmp = path.join(work, "tmp");
    fs.mkdirSync(tmp);
    repo = path.join(work, "repo");
    fs.cpSync(path.join(CLI_FIXTURES, "basic"), repo, { recursive: true });
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "base");
    git(repo, "tag", "base");
    // Commit 2: only a notice edit (retention made vague: a warning).
    edit(path.join(repo, "privacy-notice.yaml"), "retention: { period: P6Y, as_required_by: HMRC record-keeping rules }", 'retention: "as long as necessary"');
    git(repo, "commit", "-qam", "notice");
    git(repo, "tag", "notice-edit");
    // Commit 3: a field added (below a new first line, so every old field moves down), a file renamed with one of
    // its fields removed.
    edit(path.join(repo, "src", "order.ts"), "  orderNumber: string;\n", "  orderNumber: string;\n  customerDateOfBirth: Date;\n");
    fs.writeFileSync(path.join(repo, "src", "order.ts"), "// Orders and where they go.\n" + fs.readFileSync(path.join(repo, "src", "order.ts"), "utf8"));
    git(repo, "mv", "src/customer.ts", "src/client.ts");
    edit(path.join(repo, "src", "client.ts"), "  @Column()\n  firstName!: string;\n", "");
    git(repo, "commit", "-qam", "code");
  });
  after(() => removeDir(work));

  it("reports a field added, one removed, a renamed file as unchanged, and a notice edit (JSON contract)", () => {
    const statusBefore = git(repo, "status", "--porcelain");
    const d = json(["diff", "base", repo]);
    assert.deepStrictEqual(Object.keys(d), ["base", "collected", "flows", "notice", "problems"]);
    assert.strictEqual(d.base, "base");
    assert.deepStrictEqual(d.collected.added, [{ category: "user.demographic.date_of_birth", file: "src/order.ts", line: 10, field: "customerDateOfBirth", owner: "OrderDto" }]);
    // The removed field is named by its file's new name (the rename was followed), at its line in the base.
    assert.deepStrictEqual(d.collected.removed, [{ category: "user.name.first", file: "src/client.ts", line: 15, field: "firstName", owner: "Customer" }]);
    assert.deepStrictEqual(d.flows, { added: [], removed: [] });
    assert.deepStrictEqual(d.notice, { added: [], removed: [], changed: ["user.financial.bank_account"] });
    // Introduced: the undeclared date of birth and the vague retention; fixed: the undeclared first name.
    assert.deepStrictEqual(d.problems, { introduced: 2, fixed: 1 });
    assert.strictEqual(git(repo, "status", "--porcelain"), statusBefore, "the working tree and index are untouched");
    assert.deepStrictEqual(fs.readdirSync(tmp).filter((f) => f.startsWith("privacy-lint-base-")), [], "the base's temp folder is removed");
  });

  it("says it in one sentence in text, and exits 1 when an error is introduced", () => {
    const r = run(["diff", "base", repo]);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stdout, /This PR starts collecting birth date \(src\/order\.ts:10\); the notice does not declare it; it also stops collecting first name and edits the privacy notice \(changes the retention of `user\.financial\.bank_account`\)\./);
    assert.match(r.stdout, /~ user\.financial\.bank_account: retention P6Y as required by HMRC record-keeping rules -> "as long as necessary"/);
    assert.strictEqual(run(["diff", "base", repo, "--fail-on", "none"]).code, 0);
  });

  it("exits by the severity of what is introduced (--fail-on)", () => {
    git(repo, "checkout", "-q", "notice-edit");
    try {
      // Only a warning (vague retention) is introduced by the notice edit.
      assert.strictEqual(run(["diff", "base", repo]).code, 0);
      assert.strictEqual(run(["diff", "base", repo, "--fail-on", "warning"]).code, 1);
      // The old problems of the base are not the PR's: nothing new at error level even with existing errors.
      assert.deepStrictEqual(json(["diff", "base", repo]).problems, { introduced: 1, fixed: 0 });
    } finally {
      git(repo, "checkout", "-q", "main");
    }
  });

  it("reports a deleted notice (uncommitted: the working tree is what is compared)", () => {
    fs.rmSync(path.join(repo, "privacy-notice.yaml"));
    try {
      const d = json(["diff", "base", repo]);
      assert.deepStrictEqual(d.notice, { added: [], removed: ["user.contact.email", "user.financial.bank_account"], changed: [] });
      const md = run(["diff", "base", repo, "--format", "markdown"]).stdout;
      assert.match(md, /deletes the privacy notice `privacy-notice\.yaml`/);
      assert.match(md, /\| `privacy-notice\.yaml` \| notice deleted \|/);
    } finally {
      git(repo, "checkout", "--", "privacy-notice.yaml");
    }
  });

  it("exits 2 with advice when the base ref is not in the clone", () => {
    const r = run(["diff", "origin/main", repo]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /base ref origin\/main is not in this clone: fetch it first \(git fetch --depth=1 origin main\)/);
    const outside = run(["diff", "base", tmp]);
    assert.strictEqual(outside.code, 2);
    assert.match(outside.stderr, /diff needs a git repository/);
  });

  it("works in a shallow clone once the base is fetched", () => {
    const clone = path.join(work, "clone");
    git(work, "clone", "-q", "--depth=1", "--no-tags", `file://${repo}`, clone);
    const missing = run(["diff", "base", clone]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /base ref base is not in this clone: fetch it first \(git fetch --depth=1 origin base\)/);
    git(clone, "fetch", "-q", "--depth=1", "origin", "tag", "base");
    assert.deepStrictEqual(json(["diff", "base", clone]), json(["diff", "base", repo]));
  });

  it("diffs a project in a subfolder of the repository, and links file:line to the commit with GITHUB_* set", () => {
    const mono = path.join(work, "mono");
    fs.mkdirSync(path.join(mono, "packages"), { recursive: true });
    fs.cpSync(path.join(CLI_FIXTURES, "basic"), path.join(mono, "packages", "shop"), { recursive: true });
    fs.writeFileSync(path.join(mono, "README.md"), "outside the project\n");
    git(mono, "init", "-q");
    git(mono, "add", ".");
    git(mono, "commit", "-qm", "base");
    edit(path.join(mono, "packages", "shop", "src", "order.ts"), "  orderNumber: string;\n", "  orderNumber: string;\n  customerDateOfBirth: Date;\n");
    const dir = path.join(mono, "packages", "shop");
    const d = json(["diff", "HEAD", dir]);
    assert.deepStrictEqual(d.collected.added.map((c) => `${c.file}:${c.line}`), ["src/order.ts:9"]);
    assert.deepStrictEqual(d.problems, { introduced: 1, fixed: 0 });
    const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/mono", GITHUB_SHA: "0123abc" };
    const md = run(["diff", "HEAD", dir, "--format", "markdown"], env).stdout;
    assert.ok(md.startsWith("<!-- privacy-lint-diff -->"), md);
    assert.ok(md.includes("[src/order.ts:9](https://github.com/acme/mono/blob/0123abc/packages/shop/src/order.ts#L9)"), md);
    assert.match(md, /^\*\*This PR starts collecting birth date \(\[src\/order\.ts:9\]\(https:\/\/github\.com\/acme\/mono\/blob\/0123abc\/packages\/shop\/src\/order\.ts#L9\)\); the notice does not declare it\.\*\*$/m);
    const noLinks = run(["diff", "HEAD", dir, "--format", "markdown"], { GITHUB_SERVER_URL: undefined, GITHUB_REPOSITORY: undefined, GITHUB_SHA: undefined }).stdout;
    assert.ok(noLinks.includes("`src/order.ts:9`") && !noLinks.includes("](https://"), noLinks);
  });
});
