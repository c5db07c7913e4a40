#!/usr/bin/env node
// CI step: runs `privacy-lint diff <base> [dir] --format markdown`, writes the markdown to a file (for pr-comment.mjs),
// appends it to the job summary ($GITHUB_STEP_SUMMARY; stdout elsewhere) and records the diff's exit code as the step
// output `exit-code` ($GITHUB_OUTPUT), so later steps (the comment) run before the job fails on it.
// Exits 0 when the diff ran (whatever it found), 2 when it could not run; --strict exits with the diff's own code.
// No dependencies: Node's standard library only.
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));

function usage(message) {
  process.stderr.write(`summary.mjs: ${message}\nusage: node scripts/ci/summary.mjs --base <ref> [--dir <dir>] [--out <file.md>] [--fail-on <severity>] [--cli <bin/privacy-lint.js>] [--strict]\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      base: { type: "string" },
      dir: { type: "string", default: "." },
      out: { type: "string" },
      "fail-on": { type: "string" },
      cli: { type: "string", default: process.env.PRIVACY_LINT_CLI || join(here, "..", "..", "bin", "privacy-lint.js") },
      strict: { type: "boolean", default: false },
    },
  }).values;
} catch (err) {
  usage(err.message);
}
if (!args.base) usage("--base is required");
if (!existsSync(args.cli)) usage(`no privacy-lint CLI at ${args.cli} (build it with npm run build, or pass --cli)`);

const out = resolve(args.out ?? join(process.env.RUNNER_TEMP || tmpdir(), "privacy-lint-diff.md"));
const cliArgs = [args.cli, "diff", args.base, args.dir, "--format", "markdown", "--output", out];
if (args["fail-on"]) cliArgs.push("--fail-on", args["fail-on"]);
const run = spawnSync(process.execPath, cliArgs, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
if (run.stderr) process.stderr.write(run.stderr);
const code = run.status ?? 2;

let markdown;
if (code === 0 || code === 1) markdown = readFileSync(out, "utf8");
else {
  // Still say something where people look: a summary that silently lacks the diff reads as "nothing changed".
  const why = (run.stderr || run.error?.message || "unknown error").trim().replace(/^privacy-lint: /, "");
  markdown = `<!-- privacy-lint-diff -->\n### Privacy diff against \`${args.base}\`\n\n**The privacy diff could not be computed:** ${why.replace(/[<>]/g, "")}\n`;
  writeFileSync(out, markdown);
}

if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown + "\n");
else process.stdout.write(markdown);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `exit-code=${code}\nmarkdown=${out}\n`);
process.stderr.write(`privacy-lint diff: exit ${code}; markdown in ${out}\n`);
process.exit(args.strict ? code : code === 0 || code === 1 ? 0 : 2);
