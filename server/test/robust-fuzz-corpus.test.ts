/**
 * Replays test-fixtures/fuzz-corpus/ (inputs that once crashed, hung or ran out of memory) as regression tests,
 * and runs the fuzzer itself for a couple of seconds so the fuzz target cannot rot between `npm run test:fuzz` runs.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { CORPUS_DIR, corpusEntries, fuzz, mutate, prng, runTarget, seeds } from "./robust-fuzz-lib";

describe("robust: fuzz corpus replay", function () {
  this.timeout(60_000);
  const entries = corpusEntries();

  it("the corpus exists and holds the inputs found so far", () => {
    assert.ok(fs.existsSync(path.join(CORPUS_DIR, "README.md")));
    assert.ok(entries.length >= 6, `${entries.length} entries`);
  });

  for (const entry of entries) {
    it(`${entry.file}: no exception, bounded time`, () => {
      const t0 = Date.now();
      runTarget(entry.target, entry.input, entry.ext);
      assert.ok(Date.now() - t0 < 5000, `${Date.now() - t0} ms`);
    });
  }

  it("the mutator is deterministic per seed and the seeds exist for both targets", () => {
    for (const target of ["loader", "scanner"] as const) {
      const pool = seeds(target);
      assert.ok(pool.length >= 5, `${target}: ${pool.length} seeds`);
      const texts = pool.map((s) => s.text);
      assert.strictEqual(mutate(texts[0], target, texts, prng(7)), mutate(texts[0], target, texts, prng(7)));
    }
  });

  it("a two-second fuzz run of each target finds nothing new", async () => {
    for (const target of ["loader", "scanner"] as const) {
      // Two seconds: a worker that loads the loader or the compiler under a busy CPU needs most of the first one.
      const report = await fuzz(target, 2, 12345, 10_000);
      assert.ok(report.executions > 10, `${target}: only ${report.executions} inputs`);
      assert.deepStrictEqual(report.saved, [], `${target} found: ${report.saved.join(", ")}`);
    }
  });
});
