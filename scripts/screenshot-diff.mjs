#!/usr/bin/env node
// `npm run screenshot:diff`: what the privacy-diff PR comment looks like. Scripts a small pull request on a copy of
// test-fixtures/e2e-workspace (two undeclared fields added, a retention rule changed, a field dropped), runs
// `privacy-lint diff --format markdown` with a GitHub context so the links are real-looking, renders the markdown
// like a GitHub comment (markdown-it, already installed through @vscode/vsce; GitHub-like CSS) and screenshots it in
// headless Chromium with playwright-core: docs/diff-comment.png. The HTML is kept in test-output/diff-comment.html.
// Needs a built CLI (npm run build) and Chromium (/usr/bin/chromium, or PRIVACY_LINT_CHROMIUM). Not part of npm test.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(repoRoot, "package.json"));
const CHROMIUM = process.env.PRIVACY_LINT_CHROMIUM || "/usr/bin/chromium";
const OUT_PNG = join(repoRoot, "docs", "diff-comment.png");
const OUT_HTML = join(repoRoot, "test-output", "diff-comment.html");

function need(what, ok, hint) {
  if (!ok) {
    process.stderr.write(`screenshot-diff: ${what} is missing: ${hint}\n`);
    process.exit(2);
  }
}
need("the built CLI", existsSync(join(repoRoot, "out", "server", "src", "cli", "main.js")), "run npm run build");
need("Chromium", existsSync(CHROMIUM), "install Debian's chromium (see docs/e2e.md) or set PRIVACY_LINT_CHROMIUM");
let MarkdownIt;
try {
  MarkdownIt = require("markdown-it");
} catch {
  need("markdown-it", false, "it comes with the devDependency @vscode/vsce; run npm ci");
}

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: "dev", GIT_AUTHOR_EMAIL: "dev@example.com", GIT_COMMITTER_NAME: "dev", GIT_COMMITTER_EMAIL: "dev@example.com", GIT_CONFIG_NOSYSTEM: "1" };
const git = (cwd, ...args) => execFileSync("git", ["-c", "init.defaultBranch=main", ...args], { cwd, env: GIT_ENV, stdio: ["ignore", "pipe", "pipe"] });
const edit = (file, from, to) => {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${file}: no ${JSON.stringify(from)}`);
  writeFileSync(file, text.replace(from, to));
};

/** The pull request, as git history: main without the new fields, a clone with them on a branch. Returns the markdown. */
function diffMarkdown(work) {
  const upstream = join(work, "upstream");
  cpSync(join(repoRoot, "test-fixtures", "e2e-workspace"), upstream, { recursive: true });
  const rel = join("src", "models", "customer.ts");
  const full = readFileSync(join(upstream, rel), "utf8");
  writeFileSync(join(upstream, rel), full.replace("  phoneNumber: string;\n  dateOfBirth: string;\n", "").replace("  createdAt: Date;\n", "  createdAt: Date;\n  lastLoginIp: string;\n"));
  git(upstream, "init", "-q");
  git(upstream, "add", ".");
  git(upstream, "commit", "-qm", "base");
  const repo = join(work, "corner-shop");
  git(work, "clone", "-q", upstream, repo);
  git(repo, "checkout", "-qb", "signup-phone");
  writeFileSync(join(repo, rel), full);
  // The branch also starts telling an analytics service and the logs about new customers.
  mkdirSync(join(repo, "src", "analytics"), { recursive: true });
  writeFileSync(
    join(repo, "src", "analytics", "track-signup.ts"),
    [
      'import Mixpanel from "mixpanel";',
      'import type { Customer } from "../models/customer";',
      "",
      'const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? "");',
      "",
      "export function trackSignup(customer: Customer): void {",
      '  mixpanel.people.set(customer.id, { $email: customer.email, $phone: customer.phoneNumber });',
      "  console.info(`new customer ${customer.email}`);",
      "}",
      "",
    ].join("\n"),
  );
  git(repo, "add", ".");
  edit(join(repo, "privacy-notice.yaml"), "  user.name:\n    purposes: [delivery]\n    basis: contract\n    retention: { period: P12M,", "  user.name:\n    purposes: [delivery]\n    basis: contract\n    retention: { period: P36M,");
  git(repo, "commit", "-qam", "Collect phone and date of birth at sign-up");
  const env = { ...process.env, GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "corner-shop/shop", GITHUB_SHA: "4f2c9e1" };
  return execFileSync(process.execPath, [join(repoRoot, "bin", "privacy-lint.js"), "diff", "origin/main", repo, "--format", "markdown", "--fail-on", "none"], { env, encoding: "utf8" });
}

const CSS = `
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
.timeline { width: 900px; margin: 24px auto; }
.comment { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-header { display: flex; align-items: center; gap: 8px; padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; color: #59636e; }
.comment-header b { color: #1f2328; } .badge { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; }
.avatar { width: 20px; height: 20px; border-radius: 4px; background: #2da44e; }
.markdown-body { padding: 16px; }
.markdown-body h3 { font-size: 1.25em; margin: 0 0 16px; font-weight: 600; }
.markdown-body h4 { font-size: 1em; margin: 24px 0 16px; font-weight: 600; }
.markdown-body p { margin: 0 0 16px; }
.markdown-body code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body table { border-collapse: collapse; margin: 0 0 16px; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body th { font-weight: 600; } .markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body details { margin: 0 0 16px; } .markdown-body summary { cursor: pointer; margin-bottom: 8px; }
.markdown-body sub { color: #59636e; }
`;

function page(markdown) {
  const md = new MarkdownIt({ html: true, linkify: false });
  return `<!doctype html><html><head><meta charset="utf-8"><title>privacy-lint diff comment</title><style>${CSS}</style></head>
<body><div class="timeline"><div class="comment">
<div class="comment-header"><span class="avatar"></span><b>github-actions</b><span class="badge">bot</span> commented</div>
<div class="markdown-body">${md.render(markdown)}</div></div></div></body></html>`;
}

const work = mkdtempSync(join(tmpdir(), "privacy-lint-screenshot-"));
let browser;
try {
  const markdown = diffMarkdown(work);
  const html = page(markdown);
  mkdirSync(dirname(OUT_HTML), { recursive: true });
  writeFileSync(OUT_HTML, html);
  const { chromium } = require("playwright-core");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  const tab = await browser.newPage({ viewport: { width: 960, height: 400 }, deviceScaleFactor: 1 });
  await tab.setContent(html, { waitUntil: "load" });
  // Open the collapsed sections so the picture shows everything a reviewer can expand.
  await tab.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await tab.locator(".timeline").screenshot({ path: OUT_PNG });
  process.stdout.write(`screenshot-diff: ${OUT_PNG} (HTML: ${OUT_HTML})\n`);
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
