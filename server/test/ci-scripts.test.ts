/**
 * The CI scripts (scripts/ci/*.mjs) as CI runs them: the diff's markdown into a stand-in GITHUB_STEP_SUMMARY, and the
 * sticky comment against small HTTP servers on 127.0.0.1 standing in for the GitHub and GitLab APIs: the first run
 * creates the comment, the second edits the same one.
 */
import * as assert from "assert";
import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { CLI_FIXTURES, REPO_ROOT, removeDir } from "./cli-helpers";

const SCRIPTS = path.join(REPO_ROOT, "scripts", "ci");
const MARKER = "<!-- privacy-lint-diff -->";
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com", GIT_CONFIG_NOSYSTEM: "1" };

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "init.defaultBranch=main", ...args], { cwd, env: GIT_ENV, stdio: "ignore" });
}

/** Runs a script asynchronously (the fake API server answers on this same event loop). No CI variables leak in. */
function script(name: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|CI_|GITLAB_|PRIVACY_LINT_|PR_NUMBER|RUNNER_)/.test(k)) clean[k] = v;
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(SCRIPTS, name), ...args], { env: { ...clean, ...env }, encoding: "utf8", timeout: 90000 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : -1) : 0, stdout, stderr }),
    );
  });
}

interface Comment {
  id: number;
  body: string;
}

interface FakeApi {
  url: string;
  comments: Comment[];
  requests: string[];
  close(): Promise<void>;
}

/** A minimal comments API: GitHub's issue comments or GitLab's merge-request notes, paginated by 100. */
async function fakeApi(kind: "github" | "gitlab", options: { seed?: number; status?: number } = {}): Promise<FakeApi> {
  const comments: Comment[] = [];
  for (let i = 0; i < (options.seed ?? 0); i++) comments.push({ id: i + 1, body: `someone else's comment ${i}` });
  let nextId = 1000;
  const requests: string[] = [];
  const list = kind === "github" ? /^\/repos\/acme\/shop\/issues\/7\/comments$/ : /^\/api\/v4\/projects\/42\/merge_requests\/5\/notes$/;
  const one = kind === "github" ? /^\/repos\/acme\/shop\/issues\/comments\/(\d+)$/ : /^\/api\/v4\/projects\/42\/merge_requests\/5\/notes\/(\d+)$/;
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const u = new URL(req.url ?? "/", "http://x");
      requests.push(`${req.method} ${u.pathname}`);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      const authorised = kind === "github" ? req.headers.authorization === "Bearer t0ken" : req.headers["private-token"] === "gl-t0ken";
      if (!authorised) return send(401, { message: "Bad credentials" });
      if (options.status) return send(options.status, { message: "Resource not accessible by integration" });
      if (list.test(u.pathname) && req.method === "GET") {
        const page = Number(u.searchParams.get("page") ?? 1);
        const per = Number(u.searchParams.get("per_page") ?? 30);
        return send(200, comments.slice((page - 1) * per, page * per));
      }
      if (list.test(u.pathname) && req.method === "POST") {
        const c = { id: nextId++, body: JSON.parse(raw).body as string };
        comments.push(c);
        return send(201, c);
      }
      const m = one.exec(u.pathname);
      if (m && req.method === (kind === "github" ? "PATCH" : "PUT")) {
        const c = comments.find((x) => x.id === Number(m[1]));
        if (!c) return send(404, { message: "Not Found" });
        c.body = JSON.parse(raw).body;
        return send(200, c);
      }
      send(404, { message: `no route ${req.method} ${u.pathname}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("CI scripts", function () {
  this.timeout(120000);
  let work: string;
  let repo: string;
  let markdown: string;

  before(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-ci-"));
    repo = path.join(work, "repo");
    fs.cpSync(path.join(CLI_FIXTURES, "basic"), repo, { recursive: true });
    git(repo, "init", "-q");
    git(repo, "add", ".");
    git(repo, "commit", "-qm", "base");
    git(repo, "branch", "base");
    const order = path.join(repo, "src", "order.ts");
    fs.writeFileSync(order, fs.readFileSync(order, "utf8").replace("  orderNumber: string;\n", "  orderNumber: string;\n  customerDateOfBirth: Date;\n"));
    git(repo, "commit", "-qam", "head");
    markdown = path.join(work, "diff.md");
  });
  after(() => removeDir(work));

  it("summary.mjs writes the diff's markdown to the job summary and the exit code to the step outputs", async () => {
    const summary = path.join(work, "summary.md");
    const outputs = path.join(work, "outputs.txt");
    fs.writeFileSync(summary, "# earlier step\n");
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: outputs, GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/shop", GITHUB_SHA: "f00d" };
    const r = await script("summary.mjs", ["--base", "base", "--dir", repo, "--out", markdown], env);
    assert.strictEqual(r.code, 0, r.stderr);
    const text = fs.readFileSync(summary, "utf8");
    assert.ok(text.startsWith("# earlier step\n" + MARKER), "appended, not overwritten");
    assert.match(text, /This PR starts collecting birth date \(\[src\/order\.ts:9\]\(https:\/\/github\.com\/acme\/shop\/blob\/f00d\/src\/order\.ts#L9\)\)/);
    assert.strictEqual(fs.readFileSync(markdown, "utf8"), text.slice("# earlier step\n".length, -1));
    assert.deepStrictEqual(fs.readFileSync(outputs, "utf8"), `exit-code=1\nmarkdown=${markdown}\n`);
    const strict = await script("summary.mjs", ["--base", "base", "--dir", repo, "--out", path.join(work, "strict.md"), "--strict"], {});
    assert.strictEqual(strict.code, 1, "--strict passes the diff's exit code on");
    assert.match(strict.stdout, /^<!-- privacy-lint-diff -->/, "without GITHUB_STEP_SUMMARY the markdown goes to stdout");
  });

  it("summary.mjs says in the summary when the diff cannot run (exit 2)", async () => {
    const summary = path.join(work, "summary-missing.md");
    const r = await script("summary.mjs", ["--base", "origin/nope", "--dir", repo, "--out", path.join(work, "missing.md")], { GITHUB_STEP_SUMMARY: summary });
    assert.strictEqual(r.code, 2);
    assert.match(fs.readFileSync(summary, "utf8"), /could not be computed:\*\* base ref origin\/nope is not in this clone: fetch it first \(git fetch --depth=1 origin nope\)/);
  });

  it("pr-comment.mjs creates one sticky GitHub comment, then updates the same one (found past the first page)", async () => {
    const api = await fakeApi("github", { seed: 105 });
    try {
      const event = path.join(work, "event.json");
      fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
      const env = { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: "acme/shop", GITHUB_TOKEN: "t0ken", GITHUB_EVENT_PATH: event };
      const first = await script("pr-comment.mjs", [markdown], env);
      assert.strictEqual(first.code, 0, first.stderr);
      assert.match(first.stdout, /created comment 1000 on pull request #7/);
      assert.strictEqual(api.comments.length, 106);
      const ours = api.comments.find((c) => c.body.includes(MARKER))!;
      assert.strictEqual(ours.body, fs.readFileSync(markdown, "utf8"));

      const updated = path.join(work, "updated.md");
      fs.writeFileSync(updated, fs.readFileSync(markdown, "utf8").replace("starts collecting", "STILL starts collecting"));
      api.requests.length = 0;
      const second = await script("pr-comment.mjs", [updated], env);
      assert.strictEqual(second.code, 0, second.stderr);
      assert.match(second.stdout, /updated comment 1000 on pull request #7/);
      assert.deepStrictEqual(api.requests, ["GET /repos/acme/shop/issues/7/comments", "GET /repos/acme/shop/issues/7/comments", "PATCH /repos/acme/shop/issues/comments/1000"]);
      assert.strictEqual(api.comments.length, 106, "no second comment");
      assert.match(api.comments.find((c) => c.id === 1000)!.body, /STILL starts collecting/);
    } finally {
      await api.close();
    }
  });

  it("pr-comment.mjs does the same as a GitLab merge-request note", async () => {
    const api = await fakeApi("gitlab", { seed: 2 });
    try {
      const env = { CI_API_V4_URL: `${api.url}/api/v4`, CI_PROJECT_ID: "42", CI_MERGE_REQUEST_IID: "5", PRIVACY_LINT_GITLAB_TOKEN: "gl-t0ken" };
      const first = await script("pr-comment.mjs", [markdown], env);
      assert.strictEqual(first.code, 0, first.stderr);
      assert.match(first.stdout, /created comment 1000 on merge request !5/);
      const second = await script("pr-comment.mjs", [markdown], env);
      assert.match(second.stdout, /updated comment 1000 on merge request !5/);
      assert.ok(api.requests.includes("PUT /api/v4/projects/42/merge_requests/5/notes/1000"));
      assert.strictEqual(api.comments.filter((c) => c.body.includes(MARKER)).length, 1);
    } finally {
      await api.close();
    }
  });

  it("pr-comment.mjs posts nothing outside a pull request, fails on API errors, and only warns with --soft", async () => {
    const api = await fakeApi("github", { status: 403 });
    try {
      const base = { GITHUB_API_URL: api.url, GITHUB_REPOSITORY: "acme/shop", GITHUB_TOKEN: "t0ken" };
      const push = await script("pr-comment.mjs", [markdown], base);
      assert.strictEqual(push.code, 0);
      assert.match(push.stdout, /not a pull\/merge request/);
      assert.deepStrictEqual(api.requests, []);
      const denied = await script("pr-comment.mjs", [markdown], { ...base, PR_NUMBER: "7" });
      assert.strictEqual(denied.code, 1);
      assert.match(denied.stderr, /HTTP 403/);
      const soft = await script("pr-comment.mjs", [markdown, "--soft"], { ...base, PR_NUMBER: "7" });
      assert.strictEqual(soft.code, 0);
      assert.match(soft.stdout, /::warning::privacy-lint could not comment/);
    } finally {
      await api.close();
    }
  });

  it("sarif-prefix.mjs makes SARIF locations repository paths for a project in a subfolder", async () => {
    const file = path.join(work, "r.sarif");
    const sarif = {
      version: "2.1.0",
      runs: [
        {
          originalUriBaseIds: { "%SRCROOT%": { uri: "file:///w/repo/packages/shop/" } },
          results: [{ locations: [{ physicalLocation: { artifactLocation: { uri: "src/order.ts", uriBaseId: "%SRCROOT%" } } }] }],
        },
      ],
    };
    fs.writeFileSync(file, JSON.stringify(sarif));
    const r = await script("sarif-prefix.mjs", [file, "packages/shop/"], {});
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(fs.readFileSync(file, "utf8"));
    assert.strictEqual(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, "packages/shop/src/order.ts");
    assert.strictEqual(out.runs[0].originalUriBaseIds["%SRCROOT%"].uri, "file:///w/repo/");
  });
});
