/**
 * The privacy-lint command line. `bin/privacy-lint.js` calls `main(argv)` and exits with the code it returns:
 * 0 clean, 1 problems at or above --fail-on remain, 2 usage or configuration error (with what to do about it).
 */
import * as fs from "fs";
import * as path from "path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { formatConfigProblem, loadConfig, type FailOn, type PrivacyLintConfig, FAIL_ON_VALUES } from "../core/config";
import { NOTICE_FILE_NAMES } from "../core/notice/model";
import type { ProjectOptions, ProjectResult, InventoryResult } from "../core/project";
import { defaultWorkerCount, hasAtLeastSourceFiles, ScanPool } from "../core/scan/scan-pool";
import { loadRuleSet, RuleFileError } from "../core/classify/rules";
import { cacheFileFor, ScanCache } from "../core/cache/scan-cache";
import type { CheckDiagnostic } from "../core/types";
import { formatGithub } from "./format-github";
import { formatJson } from "./format-json";
import { formatText } from "./format-text";
import { changedLinesSince, GitError, touchesChangedLines, type ChangedLines } from "./git";
import { formatInventoryJson, formatInventoryTable, inventoryEntries } from "./inventory";
import { flowEntries, formatFlowsJson, formatFlowsTable } from "./flows";
import { createProgress } from "./progress";
import { atLeast, colourEnabled, displayPath, makeStyle, plural } from "./style";

// fix, report and SARIF are required where they are used: each command loads what it needs, and every module loaded
// before the scan starts delays it (the notice editor alone, with its YAML CST code, took ~15 ms).
/* eslint-disable @typescript-eslint/no-require-imports */
const fixModule = (): typeof import("./fix") => require("./fix");
const reportModule = (): typeof import("./report") => require("./report");
const sarifModule = (): typeof import("./format-sarif") => require("./format-sarif");
const diffModule = (): typeof import("./diff-command") => require("./diff-command");
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The project module (and through it the TypeScript compiler) is loaded only after the scan pool's workers have
 * been started, so the workers' start-up overlaps with this thread's own module loading and file discovery.
 */
function projectModule(): typeof import("../core/project") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../core/project");
}

/** Mirrors MIN_FILES_FOR_THREADS of core/project (not imported: that would load the compiler before the workers start). */
const MIN_FILES_FOR_THREADS = 32;

/**
 * Runs `fn` with a scan pool started right away when the project looks big enough for threads, and always stops
 * its workers. On a small project no threads are started at all.
 */
export async function withPool<T>(
  root: string,
  config: PrivacyLintConfig,
  maxWorkers: number | undefined,
  fn: (options: Pick<ProjectOptions, "pool" | "maxWorkers" | "cache">) => Promise<T>,
  cacheOptions: CacheOptions = { cache: false },
): Promise<T> {
  const cache = cacheOptions.cache === false ? undefined : openCache(root, config, cacheOptions.cacheLocation);
  // A usable cache: the project scans what it does not hold, and starts threads only if that is enough to pay.
  if (cache && cache.size > 0) return fn({ maxWorkers, cache });
  if (!hasAtLeastSourceFiles(root, MIN_FILES_FOR_THREADS)) return fn({ maxWorkers: 1, cache });
  // One scanning thread (the default on 2 CPUs) scans here, fed by a reader thread that loads no compiler.
  const pool = new ScanPool({ maxWorkers: maxWorkers ?? defaultWorkerCount(), readAhead: true, ruleFiles: config.ruleFiles, maxFileSize: config.maxFileSize, stamp: Boolean(cache) });
  try {
    return await fn({ pool, maxWorkers, cache });
  } finally {
    await pool.close();
  }
}

function openCache(root: string, config: PrivacyLintConfig, location: string | undefined): ScanCache | undefined {
  try {
    return ScanCache.open(cacheFileFor(root, location), root, config);
  } catch {
    return undefined; // the key could not be worked out (a rule file vanished since it was validated): no cache
  }
}

/** `--no-cache` (commander's `cache: false`) and `--cache-location <path>`. */
interface CacheOptions {
  cache?: boolean;
  cacheLocation?: string;
}

/** A problem the user must fix before privacy-lint can run: printed as is, exit code 2. */
export class UsageError extends Error {}

const ROOT_MARKERS = [".privacy-lint.yaml", ".privacy-lint.yml", ...NOTICE_FILE_NAMES, "package.json", ".git"];

/** The project a path belongs to: the nearest folder (the path itself or above) with a config, notice, package.json or .git. */
export function findProjectRoot(start: string): string {
  let dir = path.resolve(start);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  const first = dir;
  for (;;) {
    if (ROOT_MARKERS.some((m) => fs.existsSync(path.join(dir, m)))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return first;
    dir = up;
  }
}

export function packageVersion(): string {
  let dir = __dirname;
  for (;;) {
    const file = path.join(dir, "package.json");
    try {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "privacy-lint" && pkg.version) return pkg.version;
    } catch {
      // not here; keep walking up
    }
    const up = path.dirname(dir);
    if (up === dir) return "0.0.0";
    dir = up;
  }
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return n;
}

export function existingDir(dir: string | undefined, what: string): string {
  const abs = path.resolve(dir ?? ".");
  if (!fs.existsSync(abs)) throw new UsageError(`${what} ${dir} does not exist`);
  if (!fs.statSync(abs).isDirectory()) throw new UsageError(`${what} ${dir} is not a folder`);
  return abs;
}

/** Loads the configuration, or throws UsageError listing every problem with its location. */
export function configFor(root: string): PrivacyLintConfig {
  const { config, problems } = loadConfig(root);
  if (problems.length) {
    throw new UsageError(
      `invalid privacy-lint configuration:\n${problems.map((p) => `  ${formatConfigProblem(p)}`).join("\n")}\nFix these options (see docs/cli.md#configuration) and run again.`,
    );
  }
  // Validate extra rule files up front: a bad rule is a configuration error with its location, not a worker crash.
  if (config.ruleFiles.length) loadRuleSet({ extraRuleFiles: config.ruleFiles });
  return config;
}

export function write(text: string, output: string | undefined): void {
  if (output) fs.writeFileSync(output, text);
  else process.stdout.write(text);
}

/** Diagnostics on changed lines, plus notice diagnostics whose ENTRY (not just its key line) was edited. */
function filterToChanged(result: ProjectResult, diagnostics: CheckDiagnostic[], changed: ChangedLines): CheckDiagnostic[] {
  const real = new Map<string, string>();
  const realpath = (f: string) => {
    if (!real.has(f)) {
      try {
        real.set(f, fs.realpathSync.native(f));
      } catch {
        real.set(f, path.resolve(f));
      }
    }
    return real.get(f)!;
  };
  const noticeByFile = new Map(result.notices.filter((n) => n.notice).map((n) => [n.file, n.notice!]));
  return diagnostics.filter((d) => {
    let range = d.range;
    const notice = noticeByFile.get(d.file);
    if (notice && d.category) {
      const decl = notice.categories.find((c) => c.key === d.category);
      if (decl) range = decl.entryRange;
    }
    return touchesChangedLines(changed, realpath(d.file), range.start.line + 1, range.end.line + 1);
  });
}

interface CheckOptions extends CacheOptions {
  format: "text" | "json" | "sarif" | "github";
  failOn?: FailOn;
  changedSince?: string;
  maxWorkers?: number;
  output?: string;
  root?: string;
}

async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  for (const p of paths) if (!fs.existsSync(p)) throw new UsageError(`${p}: no such file or folder`);
  const root = opts.root ? existingDir(opts.root, "--root") : findProjectRoot(paths[0] ?? ".");
  for (const p of paths) {
    const rel = path.relative(root, path.resolve(p));
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new UsageError(`${p} is outside the project root ${root}; check one project at a time (or pass --root)`);
  }
  const config = configFor(root);
  const failOn = opts.failOn ?? config.failOn ?? "error";
  const changed = opts.changedSince ? changedLinesSince(root, opts.changedSince) : undefined;

  const progress = createProgress(process.stderr);
  const result = await withPool(
    root,
    config,
    opts.maxWorkers,
    (pool) => projectModule().checkProject(root, { ...pool, config, paths: paths.map((p) => path.resolve(p)), onProgress: (done, total) => progress.update(done, total) }),
    opts,
  );
  progress.finish();

  let diagnostics = result.diagnostics;
  let notes = result.notes;
  if (changed) {
    diagnostics = filterToChanged(result, diagnostics, changed);
    notes = notes.filter((n) => changed.has(n.file));
  }
  const version = packageVersion();
  let out: string;
  switch (opts.format) {
    case "json":
      out = formatJson({ version, root, diagnostics, notes, fileCount: result.files.length, findingCount: result.findings.length, changedSince: opts.changedSince });
      break;
    case "sarif":
      out = sarifModule().formatSarif({ version, root, diagnostics });
      break;
    case "github":
      out = formatGithub(diagnostics, process.cwd());
      break;
    default:
      out = formatText({
        diagnostics,
        notes,
        fileCount: result.files.length,
        findingCount: result.findings.length,
        base: process.cwd(),
        style: makeStyle(!opts.output && colourEnabled(process.stdout)),
        scopeNote: opts.changedSince ? `problems on lines changed since ${opts.changedSince}` : undefined,
      });
  }
  write(out, opts.output);
  if (opts.format !== "text" && opts.format !== "json") {
    // Formats consumed by machines cannot carry scan notes; do not lose unreadable or unparsable files silently.
    for (const n of notes.filter((n) => n.severity !== "info")) process.stderr.write(`privacy-lint: ${displayPath(n.file, process.cwd())}: ${n.message}\n`);
  }
  if (failOn === "none") return 0;
  return diagnostics.some((d) => atLeast(d.severity, failOn)) ? 1 : 0;
}

type InventoryOptions = CacheOptions & { format: "table" | "json"; maxWorkers?: number; output?: string };

/** The scan-only commands (`inventory`, `flows`): the project scanned with a progress line, and the folder it is of. */
async function scanOnly(dir: string | undefined, opts: InventoryOptions): Promise<{ root: string; result: InventoryResult }> {
  const root = existingDir(dir, "folder");
  const config = configFor(root);
  const progress = createProgress(process.stderr);
  const result = await withPool(root, config, opts.maxWorkers, (pool) => projectModule().inventoryProject(root, { ...pool, config, onProgress: (d, t) => progress.update(d, t) }), opts);
  progress.finish();
  return { root, result };
}

async function runInventory(dir: string | undefined, opts: InventoryOptions): Promise<number> {
  const { root, result } = await scanOnly(dir, opts);
  const entries = inventoryEntries(result.findings, root);
  write(opts.format === "json" ? formatInventoryJson(entries) : formatInventoryTable(entries, result.files.length, makeStyle(!opts.output && colourEnabled(process.stdout))), opts.output);
  return 0;
}

async function runFlows(dir: string | undefined, opts: InventoryOptions): Promise<number> {
  const { root, result } = await scanOnly(dir, opts);
  const entries = flowEntries(result.flows, root);
  write(opts.format === "json" ? formatFlowsJson(entries) : formatFlowsTable(entries, result.files.length, makeStyle(!opts.output && colourEnabled(process.stdout))), opts.output);
  return 0;
}

async function runFix(dir: string | undefined, opts: { dryRun?: boolean; maxWorkers?: number }): Promise<number> {
  const root = dir ? existingDir(dir, "folder") : findProjectRoot(".");
  const config = configFor(root);
  const result = await withPool(root, config, opts.maxWorkers, (pool) => projectModule().checkProject(root, { ...pool, config }));
  const { ConcurrentEditError, planFixes, unifiedDiff, writeFileAtomic } = fixModule();
  const plan = planFixes(result, config.notice ?? path.join(root, NOTICE_FILE_NAMES[0]));
  const cwd = process.cwd();
  for (const s of plan.skipped) process.stderr.write(`privacy-lint: ${displayPath(s.file, cwd)}: not fixed: ${s.reason}\n`);
  if (plan.fixes.length === 0) {
    process.stdout.write(plan.skipped.length ? "" : "Nothing to fix: every category found in code is declared, with the recipients it is sent to.\n");
    return plan.skipped.length ? 1 : 0;
  }
  for (const fix of plan.fixes) {
    const name = displayPath(fix.file, cwd);
    if (opts.dryRun) {
      process.stdout.write(unifiedDiff(fix.before ?? "", fix.after, fix.created ? "/dev/null" : `a/${name.replace(/^\//, "")}`, `b/${name.replace(/^\//, "")}`));
      continue;
    }
    try {
      writeFileAtomic(fix.file, fix.after, fix.before);
    } catch (err) {
      if (err instanceof ConcurrentEditError) throw new UsageError(err.message);
      throw err;
    }
    const parts = fix.created ? [`created with ${plural(fix.declared.length, "category", "categories")}`] : fix.declared.length ? [`declared ${fix.declared.join(", ")}`] : [];
    if (fix.recipients.length) parts.push(`listed recipients ${fix.recipients.map((r) => `${r.recipient} (${r.service}) on ${r.category}`).join(", ")}`);
    const what = parts.join("; ");
    const next = fix.declared.length ? "Replace the TODO placeholders and add retention rules" : "Check the new recipients' kind (processor) and retention";
    process.stdout.write(`${name}: ${what}. ${next}; \`privacy-lint check\` lists what is left.\n`);
  }
  return plan.skipped.length ? 1 : 0;
}

async function runReport(dir: string | undefined, opts: { format: "md" | "html"; output?: string; maxWorkers?: number }): Promise<number> {
  const root = dir ? existingDir(dir, "folder") : findProjectRoot(".");
  const config = configFor(root);
  const result = await withPool(root, config, opts.maxWorkers, (pool) => projectModule().checkProject(root, { ...pool, config }));
  const { buildDataMap, formatHtml, formatMarkdown, projectNameOf } = reportModule();
  const sections = buildDataMap(result);
  const name = projectNameOf(root);
  write(opts.format === "html" ? formatHtml(sections, name) : formatMarkdown(sections, name), opts.output);
  return 0;
}

function runLsp(): Promise<number> {
  let server: { startServer?: () => unknown };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    server = require("../server") as { startServer?: () => unknown };
  } catch (err) {
    process.stderr.write(`privacy-lint lsp: the language server module is not available (${(err as Error).message.split("\n")[0]}). Run \`npm run build\`.\n`);
    return Promise.resolve(2);
  }
  if (typeof server.startServer !== "function") {
    process.stderr.write("privacy-lint lsp: this build's language server exports no startServer(); it cannot be started from the CLI.\n");
    return Promise.resolve(2);
  }
  server.startServer();
  // The connection keeps the process alive; the exit code is decided by the client's shutdown/exit.
  return new Promise(() => {});
}

function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name("privacy-lint")
    .description("Finds personal-data fields in TS/JS/Prisma code and checks them against privacy-notice.yaml.")
    .version(packageVersion(), "-v, --version", "print the version")
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  const maxWorkers = () => new Option("--max-workers <n>", "scanning threads (default: CPUs - 1, at least 1; 1 = scan in the main thread)").argParser(parseWorkers);
  const noCache = () => new Option("--no-cache", "scan every file, without reading or writing the scan cache");
  const cacheLocation = () => new Option("--cache-location <path>", "cache folder or file (default: node_modules/.cache/privacy-lint/ in the project)");

  program
    .command("check")
    .description("run all checks; exit 0 when clean, 1 when problems at or above --fail-on remain, 2 on usage/config errors")
    .argument("[paths...]", "files or folders to check (default: the whole project)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json", "sarif", "github"]).default("text"))
    .addOption(new Option("--fail-on <severity>", "lowest severity that fails the run (default: config failOn, else error)").choices([...FAIL_ON_VALUES]))
    .option("--changed-since <ref>", "only report problems on lines changed since this git ref (plus edited notice entries)")
    .addOption(maxWorkers())
    .option("-o, --output <file>", "write the report to a file instead of stdout")
    .option("--root <dir>", "project root (default: nearest folder with a config, notice, package.json or .git)")
    .addOption(noCache())
    .addOption(cacheLocation())
    .action(async (paths: string[], opts: CheckOptions) => setCode(await runCheck(paths, opts)));

  program
    .command("fix")
    .description("create the notice or declare missing categories with TODO placeholders (minimal, atomic, idempotent edits)")
    .argument("[dir]", "project root (default: nearest project folder)")
    .option("--dry-run", "print the changes as a diff instead of writing them")
    .addOption(maxWorkers())
    .action(async (dir: string | undefined, opts: { dryRun?: boolean; maxWorkers?: number }) => setCode(await runFix(dir, opts)));

  program
    .command("inventory")
    .description("list every personal-data field found (scan only, no notice checks)")
    .argument("[dir]", "folder to scan; file paths are printed relative to it", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(maxWorkers())
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addOption(noCache())
    .addOption(cacheLocation())
    .action(async (dir: string, opts: InventoryOptions) => setCode(await runInventory(dir, opts)));

  program
    .command("flows")
    .description("list where personal data goes: third-party services, AI APIs and logs (scan only, no notice checks)")
    .argument("[dir]", "folder to scan; file paths are printed relative to it", ".")
    .addOption(new Option("-f, --format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(maxWorkers())
    .addOption(noCache())
    .addOption(cacheLocation())
    .option("-o, --output <file>", "write to a file instead of stdout")
    .action(async (dir: string, opts: InventoryOptions) => setCode(await runFlows(dir, opts)));

  program
    .command("report")
    .description("the data map: categories, where the code collects them, and what the notice says about them")
    .argument("[dir]", "project root (default: nearest project folder)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["md", "html"]).default("md"))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addOption(maxWorkers())
    .action(async (dir: string | undefined, opts: { format: "md" | "html"; output?: string; maxWorkers?: number }) => setCode(await runReport(dir, opts)));

  program
    .command("diff")
    .description("what a change does to privacy: data newly collected or dropped, new flows to recipients, notice edits, problems introduced/fixed, against a base git ref")
    .argument("<base-ref>", "the git ref to compare with, e.g. origin/main (it must be in the clone)")
    .argument("[dir]", "project folder, possibly a subfolder of the repository (default: the current folder)")
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "markdown", "json"]).default("text"))
    .addOption(new Option("--fail-on <severity>", "lowest severity of an INTRODUCED problem that fails the run (default: config failOn, else error)").choices([...FAIL_ON_VALUES]))
    .option("-o, --output <file>", "write to a file instead of stdout")
    .addOption(maxWorkers())
    .addOption(noCache())
    .addOption(cacheLocation())
    .action(async (base: string, dir: string | undefined, opts: { format: "text" | "markdown" | "json"; failOn?: FailOn; output?: string; maxWorkers?: number; cache?: boolean; cacheLocation?: string }) =>
      setCode(await diffModule().runDiff(base, dir, opts)),
    );

  program
    .command("lsp")
    .description("start the language server (for editors other than VS Code)")
    .option("--stdio", "talk LSP over stdin/stdout (the only transport)")
    .action(async () => setCode(await runLsp()));

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => (code = c));
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2; // help/version are 0; bad usage is 2
    if (err instanceof UsageError || err instanceof GitError) {
      process.stderr.write(`privacy-lint: ${err.message}\n`);
      return 2;
    }
    if (err instanceof RuleFileError) {
      process.stderr.write(`privacy-lint: invalid rule file: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
