/**
 * `privacy-lint diff <base-ref> [dir]`: checks the working tree, then the same folder as it was at the base ref
 * (written from git objects into a temp folder, see git-base.ts), and prints what changed for privacy. The exit
 * code follows the problems the change INTRODUCES, with --fail-on as for `check`.
 */
import * as path from "path";
import { loadConfig, type FailOn, type PrivacyLintConfig } from "../core/config";
import { DEFAULT_MAX_FILE_SIZE } from "../core/types";
import { loadRuleSet, RuleFileError } from "../core/classify/rules";
import { applyRenames, diffSnapshots, snapshotOf } from "../core/diff";
import { formatDiffJson, formatDiffText, linkContextFromEnv, type DiffReport } from "./format-diff";
import { formatDiffMarkdown } from "./format-diff-md";
import { locate, renamesSince, resolveCommit, withBaseTree } from "./git-base";
import { configFor, existingDir, packageVersion, withPool, write } from "./main";
import { cacheFileFor } from "../core/cache/scan-cache";
import { atLeast } from "./style";

export interface DiffOptions {
  /** `--no-cache` sets false; the scan cache is used by default (one for the working tree, one for the base). */
  cache?: boolean;
  cacheLocation?: string;
  format: "text" | "markdown" | "json";
  failOn?: FailOn;
  output?: string;
  maxWorkers?: number;
}

/** The head's configuration with its absolute paths moved from one root to another. */
function rebased(config: PrivacyLintConfig, from: string, to: string): PrivacyLintConfig {
  const move = (p: string) => path.join(to, path.relative(from, p));
  return { ...config, ...(config.notice ? { notice: move(config.notice) } : {}), ruleFiles: config.ruleFiles.map(move) };
}

/**
 * The base is checked with the base's own configuration (a PR that changes `exclude` or a severity changes the
 * result, and that is part of the diff). When that configuration is broken, the head's is used, and we say so.
 */
function baseConfig(baseRoot: string, root: string, headConfig: PrivacyLintConfig, base: string): PrivacyLintConfig {
  const { config, problems } = loadConfig(baseRoot);
  try {
    if (!problems.length) {
      if (config.ruleFiles.length) loadRuleSet({ extraRuleFiles: config.ruleFiles });
      return config;
    }
  } catch (err) {
    if (!(err instanceof RuleFileError)) throw err;
  }
  process.stderr.write(`privacy-lint: the configuration at ${base} is invalid; the base is checked with the current configuration\n`);
  return rebased(headConfig, root, baseRoot);
}

export async function runDiff(base: string, dir: string | undefined, opts: DiffOptions): Promise<number> {
  const root = existingDir(dir, "folder");
  const loc = await locate(root);
  const commit = await resolveCommit(root, base);
  const config = configFor(root);
  const failOn = opts.failOn ?? config.failOn ?? "error";
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkProject } = require("../core/project") as typeof import("../core/project");

  const cacheOptions = { cache: opts.cache, cacheLocation: opts.cacheLocation };
  const head = await withPool(root, config, opts.maxWorkers, (pool) => checkProject(root, { ...pool, config }), cacheOptions);
  // The base's files have the working tree's relative paths but other contents: they get a cache file of their own.
  const baseCache = { cache: opts.cache, cacheLocation: cacheFileFor(root, opts.cacheLocation).replace(/(\.bin)?$/, "-base.bin") };
  const renames = await renamesSince(loc, commit);
  const maxFileSize = Math.max(config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_FILE_SIZE);
  const baseResult = await withBaseTree(loc, commit, { maxFileSize }, async (baseRoot) => {
    const bc = baseConfig(baseRoot, root, config, base);
    return withPool(baseRoot, bc, opts.maxWorkers, (pool) => checkProject(baseRoot, { ...pool, config: bc }), baseCache);
  });

  const diff = diffSnapshots(applyRenames(snapshotOf(baseResult), renames), snapshotOf(head));
  const report: DiffReport = { base, diff, version: packageVersion() };
  const out =
    opts.format === "json" ? formatDiffJson(report) : opts.format === "markdown" ? formatDiffMarkdown(report, linkContextFromEnv(process.env, loc.prefix)) : formatDiffText(report);
  write(out, opts.output);
  if (failOn === "none") return 0;
  return diff.problems.introduced.some((p) => atLeast(p.severity, failOn)) ? 1 : 0;
}
