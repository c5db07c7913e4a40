/** Shared helpers of the CLI tests: run `node bin/privacy-lint.js` as users do, and make scratch copies of fixtures. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "../../..");
export const BIN = path.join(REPO_ROOT, "bin", "privacy-lint.js");
export const CLI_FIXTURES = path.join(REPO_ROOT, "test-fixtures", "cli");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where CLI tests keep the scan cache: never in the checked-in fixtures (the default would be their node_modules/). */
export const TEST_CACHE_DIR = path.join(os.tmpdir(), `privacy-lint-test-cache-${process.pid}`);

/**
 * Runs the CLI with a clean, non-interactive environment (no colour forcing, not CI unless asked). `check`,
 * `inventory`, `flows` and `diff` keep their scan cache in TEST_CACHE_DIR unless the test names a cache option or asks for the default.
 */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; defaultCache?: boolean } = {}): RunResult {
  const cached = ["check", "inventory", "flows", "diff"].includes(args[0]) && !args.some((a) => a === "--no-cache" || a === "--cache-location");
  if (cached && !options.defaultCache) args = [...args, "--cache-location", TEST_CACHE_DIR + path.sep];
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO_ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8", timeout: 60000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * A fresh copy of a fixture project in a temp folder (tests that write must never touch the checked-in fixture).
 * Its node_modules is left behind: running the README's example leaves a scan cache there, and a test that starts
 * from a warm cache it did not write would measure the wrong thing.
 */
export function scratchCopy(fixture: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-cli-"));
  const skipped = path.join(fixture, "node_modules");
  fs.cpSync(fixture, dir, { recursive: true, filter: (source) => source !== skipped });
  return dir;
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

process.on("exit", () => fs.rmSync(TEST_CACHE_DIR, { recursive: true, force: true }));
