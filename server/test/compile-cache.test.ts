import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const COMPILE_CACHE = path.resolve(__dirname, "../src/compile-cache.js");

/**
 * Runs a fresh Node with the cache enabled (it hooks module compilation process-wide, so never in this process) and
 * requires `entry`; returns what the module exported, as JSON.
 */
function requireWithCache(cacheDir: string, entry: string): unknown {
  const script = `require(${JSON.stringify(COMPILE_CACHE)}).enableCompileCache(${JSON.stringify(cacheDir)});
    process.stdout.write(JSON.stringify(require(${JSON.stringify(entry)})));`;
  const env = { ...process.env };
  delete env.DISABLE_V8_COMPILE_CACHE;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", env });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe("compile cache (Node before 22.1)", function () {
  this.timeout(30_000);
  let dir: string;
  let entry: string;
  let cacheDir: string;

  beforeEach(function () {
    if (typeof (require("module") as { enableCompileCache?: unknown }).enableCompileCache === "function") this.skip(); // Node's own cache is used
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pl-cc-"));
    cacheDir = path.join(dir, "cache");
    fs.writeFileSync(path.join(dir, "helper.js"), "module.exports = 41;\n");
    entry = path.join(dir, "big.js");
    // A large module (only those are cached) that uses everything CommonJS gives it.
    const filler = `// ${"x".repeat(100)}\n`.repeat(3000);
    fs.writeFileSync(entry, `${filler}const helper = require("./helper");\nmodule.exports = { answer: helper + 1, file: __filename, dir: __dirname, self: this === exports, resolved: require.resolve("./helper") };\n`);
  });

  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives a large module what Node would (exports, require, __filename, __dirname, this), and writes one cache file", () => {
    const expected = { answer: 42, file: entry, dir, self: true, resolved: path.join(dir, "helper.js") };
    assert.deepStrictEqual(requireWithCache(cacheDir, entry), expected);
    const files = fs.readdirSync(cacheDir);
    assert.strictEqual(files.length, 1, files.join(", "));
    assert.match(files[0], /\.v8$/);
  });

  it("reuses the cache file on the next run without rewriting it, and replaces it when the module changes", () => {
    requireWithCache(cacheDir, entry);
    const [first] = fs.readdirSync(cacheDir);
    const written = fs.statSync(path.join(cacheDir, first)).mtimeMs;
    assert.strictEqual((requireWithCache(cacheDir, entry) as { answer: number }).answer, 42);
    assert.deepStrictEqual(fs.readdirSync(cacheDir), [first]);
    assert.strictEqual(fs.statSync(path.join(cacheDir, first)).mtimeMs, written, "not rewritten");

    fs.appendFileSync(entry, "module.exports.answer = 7;\n");
    assert.strictEqual((requireWithCache(cacheDir, entry) as { answer: number }).answer, 7, "the new source runs, not the cached code");
    const now = fs.readdirSync(cacheDir);
    assert.strictEqual(now.length, 1, "the entry of the old version is gone");
    assert.notStrictEqual(now[0], first);
  });

  it("still loads modules when the cache folder cannot be written, or holds garbage", () => {
    fs.writeFileSync(cacheDir, "a file where the folder should be");
    assert.strictEqual((requireWithCache(cacheDir, entry) as { answer: number }).answer, 42);
    fs.rmSync(cacheDir);
    requireWithCache(cacheDir, entry);
    const [file] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, file), "not V8 code");
    assert.strictEqual((requireWithCache(cacheDir, entry) as { answer: number }).answer, 42, "rejected data is ignored and replaced");
    assert.notStrictEqual(fs.readFileSync(path.join(cacheDir, file), "utf8"), "not V8 code");
  });
});

describe("start-up: what the scanner loads", function () {
  this.timeout(60_000);

  it("parses with ts-morph's bundled compiler, loaded without ts-morph's project API", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ts } = require("../src/core/scan/typescript") as typeof import("../src/core/scan/typescript");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const morph = require("ts-morph") as typeof import("ts-morph");
    assert.strictEqual(ts.createSourceFile, morph.ts.createSourceFile, "the very compiler ts-morph exposes");
    assert.strictEqual(ts.version, morph.ts.version);
    // In a fresh process, a whole CLI scan leaves ts-morph's own module unloaded.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pl-load-"));
    try {
      fs.writeFileSync(path.join(dir, "user.ts"), "export interface User { email: string }\n");
      const main = path.resolve(__dirname, "../src/cli/main.js");
      const script = `require(${JSON.stringify(main)}).main(["inventory", ${JSON.stringify(dir)}, "--format", "json", "--no-cache"]).then(() => {
        const loaded = Object.keys(require.cache);
        process.stderr.write("LOADED " + JSON.stringify({ morph: loaded.some((f) => /[\\\\/]ts-morph[\\\\/]dist[\\\\/]/.test(f)), compiler: loaded.some((f) => f.endsWith("typescript.js")) }) + "\\n");
      });`;
      const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, /user\.contact\.email/);
      const loaded = JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]) as { morph: boolean; compiler: boolean };
      assert.deepStrictEqual(loaded, { morph: false, compiler: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a warm cached run (nothing changed) never loads the compiler, the project pass included", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pl-warm-"));
    try {
      fs.writeFileSync(path.join(dir, "user.ts"), "import type { Address } from './address';\nexport interface User { email: string; home: Address; billing: Schemas['Address'] }\n");
      fs.writeFileSync(path.join(dir, "address.ts"), "export interface Address { street: string; city: string; zip: string }\n");
      const main = path.resolve(__dirname, "../src/cli/main.js");
      const cache = path.join(dir, ".cache") + path.sep;
      const script = `require(${JSON.stringify(main)}).main(["inventory", ${JSON.stringify(dir)}, "--format", "json", "--cache-location", ${JSON.stringify(cache)}]).then(() => {
        process.stderr.write("LOADED " + JSON.stringify(Object.keys(require.cache).some((f) => f.endsWith("typescript.js"))) + "\\n");
      });`;
      const cold = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
      assert.strictEqual(cold.status, 0, cold.stderr);
      const warm = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
      assert.strictEqual(warm.status, 0, warm.stderr);
      assert.strictEqual(warm.stdout, cold.stdout);
      assert.match(warm.stdout, /"field":"home"/);
      assert.strictEqual(/LOADED (.*)/.exec(warm.stderr)![1], "false");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
