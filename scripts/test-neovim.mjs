// A real Neovim against the built language server (npm run build first): the create-notice command and the declare
// edit, picked through Neovim's own code-action path (e2e/neovim/pick-code-action.lua). The protocol tests
// (server/test/lsp-neovim.test.ts) hold the server to Neovim 0.7's capabilities; this checks the editor itself.
// Neovim comes from NVIM_EXECUTABLE or PATH (Debian 12: apt-get install neovim, 0.7.2). Without it the check is
// SKIPPED with the reason, and the exit code is 0 unless PRIVACY_LINT_REQUIRE_NEOVIM=1.
import { spawnSync } from "child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import assert from "assert";

const root = resolve(".");
const server = join(root, "out", "server", "src", "server.js");
const nvim = process.env.NVIM_EXECUTABLE ?? "nvim";

const skip = (why) => {
  const message = `test:neovim SKIPPED: ${why}`;
  if (process.env.PRIVACY_LINT_REQUIRE_NEOVIM === "1") {
    console.error(message);
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
};

const probe = spawnSync(nvim, ["--version"], { encoding: "utf8" });
if (probe.error || probe.status !== 0) skip(`no Neovim to run (${nvim}: ${probe.error?.message ?? probe.stderr.trim()}); install it (Debian: apt-get install neovim) or set NVIM_EXECUTABLE`);
const version = probe.stdout.split("\n")[0].trim();
const [major, minor] = (version.match(/v(\d+)\.(\d+)/) ?? []).slice(1).map(Number);
if (!(major > 0 || minor >= 7)) skip(`${version} is older than 0.7`);
if (!existsSync(server)) throw new Error(`${server} is missing: npm run build first`);

function pick(pattern, { withNotice, before }) {
  const workspace = mkdtempSync(join(tmpdir(), "privacy-lint-neovim-"));
  cpSync(join(root, "test-fixtures", "lsp", "basic"), workspace, { recursive: true });
  if (!withNotice) rmSync(join(workspace, "privacy-notice.yaml"));
  const run = spawnSync(nvim, ["--headless", "-i", "NONE", "-u", join(root, "e2e", "neovim", "pick-code-action.lua")], {
    cwd: workspace,
    encoding: "utf8",
    timeout: 90_000,
    env: { ...process.env, PRIVACY_LINT_SERVER: server, PICK: pattern, BEFORE: String(before), XDG_STATE_HOME: workspace, XDG_CACHE_HOME: workspace },
  });
  const line = run.stdout.split("\n").find((l) => l.startsWith("{"));
  if (!line) throw new Error(`no report from Neovim (status ${run.status}, ${run.error?.message ?? ""}):\n${run.stdout}\n${run.stderr}`);
  return { workspace, report: JSON.parse(line) };
}

let passed = 0;
const step = (name, fn) => {
  fn();
  passed++;
  console.log(`  ✔ ${name}`);
};
console.log(`test:neovim with ${version}`);

step("create the notice: a command the server runs; the code is re-checked against the new notice", () => {
  const { workspace, report } = pick("^Create", { withNotice: false, before: 2 });
  try {
    assert.ok(report.ready, `diagnostics before: ${JSON.stringify(report.before)}`);
    const create = report.offered.find((o) => o.title.startsWith("Create privacy-notice.yaml"));
    assert.deepStrictEqual(create && [create.command, create.hasEdit], ["privacyLint.createNotice", false], JSON.stringify(report.offered));
    const notice = join(workspace, "privacy-notice.yaml");
    assert.ok(existsSync(notice), "the notice is on disk");
    assert.match(readFileSync(notice, "utf8"), /^  user\.contact\.email:$/m);
    assert.ok(report.rechecked, `after: ${JSON.stringify(report.after)}`);
    assert.deepStrictEqual([...new Set(report.after)], ["missing-retention"]);
    // Without window/showDocument (0.7, 0.8) the path is named in a message; 0.9+ opens the notice.
    if (major === 0 && minor < 9) assert.ok(report.messages.includes(`created ${notice}`), report.messages);
    else assert.ok(report.buffers.some((b) => b.name === "privacy-notice.yaml"), JSON.stringify(report.buffers.map((b) => b.name)));
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});

step("declare: the resolved edit lands in the notice's buffer, which attaches; the code is re-checked", () => {
  const { workspace, report } = pick("^Declare user", { withNotice: true, before: 1 });
  try {
    assert.ok(report.ready, `diagnostics before: ${JSON.stringify(report.before)}`);
    assert.ok(report.rechecked, `after: ${JSON.stringify(report.after)}`);
    assert.deepStrictEqual(report.after, ["missing-retention"]);
    const buffer = report.buffers.find((b) => b.name === "privacy-notice.yaml");
    assert.ok(buffer?.attached && buffer.modified, JSON.stringify(buffer));
    assert.match(buffer.text, /\n  # Needed by Learner\.email \(src\/learner\.ts:5\)\n  user\.contact\.email:\n    purposes: \[TODO why it is collected\]\n/);
    assert.doesNotMatch(readFileSync(join(workspace, "privacy-notice.yaml"), "utf8"), /user\.contact\.email/, "Neovim leaves saving to the user");
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});
console.log(`test:neovim: ${passed} passed`);
