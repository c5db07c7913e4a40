import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { discoverFiles } from "../src/core/scan/files";
import { ScanPool } from "../src/core/scan/scan-pool";

describe("scan pool: a worker that dies", () => {
  it("retries its batch file by file on a fresh worker, so the scan still completes with every result", async () => {
    const root = path.resolve(__dirname, "../../../test-fixtures/eval");
    const files = await discoverFiles(root, { defaultExcludes: false });
    const reference = new ScanPool({ maxWorkers: 1 });
    const expected = await reference.scan(files);
    await reference.close();

    const pool = new ScanPool({ maxWorkers: 2, batchSize: 4 });
    assert.ok(pool.threaded, "the pool runs worker threads");
    let killed = false;
    const results = await pool.scan(files, (done) => {
      // Kill a busy worker mid-scan, as an out-of-memory crash would.
      if (!killed && done >= 4) {
        const workers = (pool as unknown as { workers: { worker: { terminate(): Promise<number> }; busy?: unknown }[] }).workers;
        const busy = workers.find((w) => w.busy);
        if (!busy) return;
        killed = true;
        void busy.worker.terminate();
      }
    });
    await pool.close();
    assert.ok(killed, "a worker was killed during the scan");
    assert.strictEqual(results.length, files.length);
    assert.deepStrictEqual(
      results.map((r) => [r.file, r.findings.length]),
      expected.map((r) => [r.file, r.findings.length]),
    );
  });
});

describe("scan pool: the reader thread of an in-process scan", function () {
  // All of test-fixtures is scanned twice, so the time grows with the labelled sets (90-120 s for 750 apps on a 2-core
  // machine, more when it is busy): a bound for a slow machine, not a speed target.
  this.timeout(300_000);
  const root = path.resolve(__dirname, "../../../test-fixtures");

  it("discovers the same files and gives the same results as reading in the scanning thread", async () => {
    const plain = new ScanPool({ maxWorkers: 1 });
    const files = await plain.discover(root, { defaultExcludes: false });
    const expected = await plain.scan(files);
    await plain.close();

    const pool = new ScanPool({ maxWorkers: 1, readAhead: true });
    assert.ok(!pool.threaded, "it scans in this thread");
    assert.ok((pool as unknown as { reader?: unknown }).reader, "with a reader thread");
    const discovered = await pool.discover(root, { defaultExcludes: false });
    const progress: number[] = [];
    const results = await pool.scan(discovered, (done) => progress.push(done));
    await pool.close();
    assert.deepStrictEqual(discovered, files);
    assert.deepStrictEqual(results, expected);
    assert.strictEqual(progress[progress.length - 1], files.length);
    assert.ok(files.length > 64, "more than one batch, so the prefetched ones are not all there is");
  });

  it("a caller that scans fewer files than it discovered gets their results, not the prefetched batches", async () => {
    const plain = new ScanPool({ maxWorkers: 1 });
    const files = (await plain.discover(root, { defaultExcludes: false })).filter((_, i) => i % 3 !== 0);
    const expected = await plain.scan(files);
    await plain.close();
    const pool = new ScanPool({ maxWorkers: 1, readAhead: true });
    await pool.discover(root, { defaultExcludes: false });
    const results = await pool.scan(files);
    await pool.close();
    assert.deepStrictEqual(results, expected);
  });

  it("prefetched batches do not outlive the scan they were for: a later scan reads files as they are now", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pl-prefetch-"));
    try {
      for (let i = 0; i < 70; i++) fs.writeFileSync(path.join(dir, `m${String(i).padStart(3, "0")}.ts`), `export interface Thing${i} { label: string }\n`);
      const pool = new ScanPool({ maxWorkers: 1, readAhead: true });
      const files = await pool.discover(dir, {});
      await pool.scan(files.slice(1)); // not the discovered list: the prefetched batches go unused
      fs.writeFileSync(files[0], "export interface Customer { email: string }\n");
      const results = await pool.scan(files);
      await pool.close();
      assert.deepStrictEqual(results[0].findings.map((f) => f.field), ["email"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finishes the scan in this thread when the reader dies", async () => {
    const files = await discoverFiles(path.join(root, "eval"), { defaultExcludes: false });
    const plain = new ScanPool({ maxWorkers: 1 });
    const expected = await plain.scan(files);
    await plain.close();

    const pool = new ScanPool({ maxWorkers: 1, readAhead: true });
    const reader = (pool as unknown as { reader: { close(): Promise<number> } }).reader;
    await reader.close(); // as a crash would
    const results = await pool.scan(files);
    assert.deepStrictEqual(await pool.discover(path.join(root, "eval"), { defaultExcludes: false }), files);
    await pool.close();
    assert.deepStrictEqual(results, expected);
  });
});
