/**
 * Caches V8's compiled code across runs: the TypeScript compiler alone takes ~100 ms to compile on every start.
 *
 * Node's own module compile cache where it has one (22.1+). Else a small cache of our own for the large modules only
 * (the compiler, ts-morph), in the OS temp folder, keyed by path, size and modification time; opt out with
 * DISABLE_V8_COMPILE_CACHE=1. It replaced v8-compile-cache, which on current Node rewrote its whole store (~9 MB here)
 * at the exit of every run and hashed every module's source on every start: together ~50 ms of each CLI run.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";

/** Smaller modules compile in a few ms: not worth a cache file each. */
const LARGE_MODULE = 256 * 1024;

type CompileFn = (this: NodeModule, content: string, filename: string) => unknown;

let enabled = false;

export function enableCompileCache(cacheDir = defaultCacheDir()): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const Module = require("module") as { enableCompileCache?: () => unknown; createRequire: (file: string) => NodeJS.Require; prototype: { _compile: CompileFn } };
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (typeof Module.enableCompileCache === "function") {
    Module.enableCompileCache();
    return;
  }
  if (enabled || process.env.DISABLE_V8_COMPILE_CACHE) return;
  enabled = true;
  // Module.prototype._compile is how CommonJS modules are compiled; Node before 22.1 has no public hook for it.
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content: string, filename: string): unknown {
    if (content.length < LARGE_MODULE || content.startsWith("#!")) return compile.call(this, content, filename);
    const script = compileWithCache(content, filename, cacheDir);
    if (!script) return compile.call(this, content, filename);
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, path.dirname(filename));
  };
}

function defaultCacheDir(): string {
  const user = typeof process.getuid === "function" ? process.getuid() : os.userInfo().username;
  return path.join(os.tmpdir(), `privacy-lint-compile-cache-${user}`, `${process.version}-${process.arch}`);
}

/**
 * The module's wrapper, compiled with the cached code when there is a usable one, and the cache written when there
 * was none. Undefined when something is off (unreadable file): the caller compiles as Node would.
 */
export function compileWithCache(content: string, filename: string, cacheDir: string): vm.Script | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filename);
  } catch {
    return undefined;
  }
  // The path is hashed (not the 9 MB of source); size and mtime change whenever the file does.
  const key = crypto.createHash("sha1").update(filename).digest("hex").slice(0, 20);
  const cacheFile = path.join(cacheDir, `${key}-${stat.size}-${Math.trunc(stat.mtimeMs)}.v8`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Node's own CommonJS wrapper, so line and column numbers in stack traces are the file's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${content}\n});`;
  const script = new vm.Script(wrapped, { filename, cachedData });
  if (!cachedData || script.cachedDataRejected) writeCache(cacheDir, cacheFile, key, script.createCachedData());
  return script;
}

/** Atomic (a concurrent run reads a whole cache file or none), replacing the entries of older versions of the file. */
function writeCache(cacheDir: string, cacheFile: string, key: string, data: Buffer): void {
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    for (const old of fs.readdirSync(cacheDir)) if (old.startsWith(`${key}-`)) fs.rmSync(path.join(cacheDir, old), { force: true });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, cacheFile);
  } catch {
    // A read-only or full temp folder: compile without a cache next time too.
  }
}
