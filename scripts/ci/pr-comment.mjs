#!/usr/bin/env node
// CI step: posts a markdown file as ONE sticky comment on the pull request (GitHub) or merge request (GitLab). The
// comment is found again by the hidden marker `<!-- privacy-lint-diff -->`: the first run creates it, later runs
// edit it in place, so a PR never collects one comment per push.
//
//   node scripts/ci/pr-comment.mjs <file.md> [--platform github|gitlab] [--soft]
//
// GitHub: GITHUB_TOKEN (or PRIVACY_LINT_TOKEN), GITHUB_REPOSITORY, the PR number from PR_NUMBER or the event payload
//   (GITHUB_EVENT_PATH), API base GITHUB_API_URL (default https://api.github.com).
// GitLab: CI_API_V4_URL, CI_PROJECT_ID, CI_MERGE_REQUEST_IID, a token with `api` scope in PRIVACY_LINT_GITLAB_TOKEN
//   (or GITLAB_TOKEN); CI_JOB_TOKEN cannot write notes.
// --soft: API failures are warnings (exit 0), e.g. for pull requests from forks, whose token cannot comment.
// No dependencies: Node's global fetch.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

export const MARKER = "<!-- privacy-lint-diff -->";
// GitHub rejects comment bodies over 65,536 characters; GitLab allows more, one limit keeps both simple.
const MAX_BODY = 65000;

function fail(message, code = 1) {
  process.stderr.write(`pr-comment: ${message}\n`);
  process.exit(code);
}

const { values: opts, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { platform: { type: "string" }, soft: { type: "boolean", default: false } } });
  } catch (err) {
    return fail(err.message, 2);
  }
})();
if (positionals.length !== 1) fail("usage: node scripts/ci/pr-comment.mjs <file.md> [--platform github|gitlab] [--soft]", 2);

let body = readFileSync(positionals[0], "utf8");
if (!body.includes(MARKER)) body = `${MARKER}\n${body}`;
if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY)}\n\n… (truncated: see the job summary for the whole diff)\n`;

const env = process.env;
const platform = opts.platform ?? (env.CI_API_V4_URL && env.CI_MERGE_REQUEST_IID ? "gitlab" : env.GITHUB_REPOSITORY ? "github" : undefined);

function githubTarget() {
  const token = env.PRIVACY_LINT_TOKEN || env.GITHUB_TOKEN;
  let number = env.PR_NUMBER;
  if (!number && env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
      number = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
    } catch {
      // no readable payload: treated as "not a pull request" below
    }
  }
  if (!number) return undefined;
  if (!token) fail("GITHUB_TOKEN is not set (pass `env: GITHUB_TOKEN: ${{ github.token }}` and `permissions: pull-requests: write`)", 2);
  if (!env.GITHUB_REPOSITORY) fail("GITHUB_REPOSITORY is not set", 2);
  const api = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const base = `${api}/repos/${env.GITHUB_REPOSITORY}/issues`;
  return {
    what: `pull request #${number}`,
    headers: { authorization: `Bearer ${token}`, accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "privacy-lint-ci" },
    list: (page) => `${base}/${number}/comments?per_page=100&page=${page}`,
    create: `${base}/${number}/comments`,
    update: (id) => ({ url: `${base}/comments/${id}`, method: "PATCH" }),
  };
}

function gitlabTarget() {
  const iid = env.CI_MERGE_REQUEST_IID;
  if (!iid) return undefined;
  const token = env.PRIVACY_LINT_GITLAB_TOKEN || env.GITLAB_TOKEN;
  if (!token) fail("PRIVACY_LINT_GITLAB_TOKEN is not set (a project or personal access token with the api scope, as a masked CI/CD variable)", 2);
  if (!env.CI_API_V4_URL || !env.CI_PROJECT_ID) fail("CI_API_V4_URL and CI_PROJECT_ID must be set (GitLab sets them in merge-request pipelines)", 2);
  const base = `${env.CI_API_V4_URL.replace(/\/+$/, "")}/projects/${encodeURIComponent(env.CI_PROJECT_ID)}/merge_requests/${iid}/notes`;
  return {
    what: `merge request !${iid}`,
    headers: { "private-token": token, "user-agent": "privacy-lint-ci" },
    list: (page) => `${base}?per_page=100&page=${page}&sort=asc&order_by=created_at`,
    create: base,
    update: (id) => ({ url: `${base}/${id}`, method: "PUT" }),
  };
}

async function call(url, init) {
  const res = await fetch(url, init);
  const text = await res.text();
  if (!res.ok) throw new Error(`${init?.method ?? "GET"} ${url}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

async function main() {
  if (!platform) return fail("neither GitHub (GITHUB_REPOSITORY) nor GitLab (CI_API_V4_URL, CI_MERGE_REQUEST_IID) environment found; pass --platform", 2);
  const target = platform === "gitlab" ? gitlabTarget() : platform === "github" ? githubTarget() : fail(`unknown platform ${platform}`, 2);
  if (!target) {
    process.stdout.write("pr-comment: not a pull/merge request; no comment posted\n");
    return;
  }
  const json = { ...target.headers, "content-type": "application/json" };
  let existing;
  for (let page = 1; !existing; page++) {
    const comments = await call(target.list(page), { headers: target.headers });
    existing = comments.find((c) => typeof c.body === "string" && c.body.includes(MARKER));
    if (comments.length < 100) break;
  }
  if (existing) {
    const { url, method } = target.update(existing.id);
    await call(url, { method, headers: json, body: JSON.stringify({ body }) });
    process.stdout.write(`pr-comment: updated comment ${existing.id} on ${target.what}\n`);
  } else {
    const created = await call(target.create, { method: "POST", headers: json, body: JSON.stringify({ body }) });
    process.stdout.write(`pr-comment: created comment ${created?.id} on ${target.what}\n`);
  }
}

main().catch((err) => {
  if (opts.soft) {
    process.stdout.write(`::warning::privacy-lint could not comment on the pull request: ${err.message}\n`);
    process.exit(0);
  }
  fail(err.message);
});
