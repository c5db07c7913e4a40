/**
 * Scans files across CPU cores with worker_threads. Files are handed out in batches (one message per batch, not per
 * file) to whichever worker is idle, each worker loads the rules once, and results come back in input order, so the
 * output never depends on scheduling. `maxWorkers: 1` scans in-process (no second compiler isolate to start and warm
 * up), optionally fed by a reader thread (read-ahead.ts).
 *
 * The language server reuses one pool for its initial workspace scan; the CLI creates one per run.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as v8 from "v8";
import { Worker } from "worker_threads";
import { discoverFiles, type ScopeOptions } from "./files";
import type { PreparedFile, ReadAhead } from "./read-ahead";
import { isSinkCatalogueText } from "../classify/rules";
import type { RuleSet } from "../classify/rules";
import type { ScanBatchReply, ScanBatchRequest, ScanWorkerInit } from "./scan-worker";
import type { FileScanResult } from "../types";

// The scanner (and the TypeScript compiler it loads) is required lazily: a threaded pool must be able to start its
// workers BEFORE the calling thread spends its own time loading the compiler, so that both loads overlap.
type ScannerModules = {
  scanFilesFromDisk: typeof import("./scan-worker").scanFilesFromDisk;
  scanPreparedFiles: typeof import("./scan-worker").scanPreparedFiles;
  loadRuleSet: typeof import("../classify/rules").loadRuleSet;
};
/** The reader thread's module, loaded only by a pool that reads ahead (a warm cached run starts none). */
function readAheadModule(): typeof import("./read-ahead") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("./read-ahead");
}
function scannerModules(): ScannerModules {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const worker = require("./scan-worker") as typeof import("./scan-worker");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return { scanFilesFromDisk: worker.scanFilesFromDisk, scanPreparedFiles: worker.scanPreparedFiles, loadRuleSet: require("../classify/rules").loadRuleSet };
}

export interface ScanPoolOptions {
  /** Scanning threads; default: {@link defaultWorkerCount}. 1 scans in the calling thread, yielding between batches. */
  maxWorkers?: number;
  /** Extra detection-rule files (absolute paths). */
  ruleFiles?: string[];
  maxFileSize?: number;
  /** Files per message; default: sized so each worker gets several batches (load balancing) of at most 64 files. */
  batchSize?: number;
  /** When scanning in the calling thread: discover, read and blank files in a reader thread, ahead of the parse. */
  readAhead?: boolean;
  /** Stamp each result with the content it was scanned from (FileScanResult.stamp), for the scan cache. */
  stamp?: boolean;
}

/** Batches the reader thread may have prepared ahead of the parse (bounds the memory held by prepared texts). */
const READ_AHEAD_BATCHES = 4;
const IN_PROCESS_BATCH = 64;

export type ScanProgress = (done: number, total: number) => void;

/**
 * Where the worker script is. tsc emits it next to this module (out/server/src/core/scan-worker.js); an esbuild
 * bundle must emit it as `scan-worker.js` next to the bundle, which is `__dirname` there too. Undefined when absent
 * (e.g. a bundle built without it): the pool then scans in-process rather than failing.
 */
export function scanWorkerPath(): string | undefined {
  // scan-thread.js (compiled layout) turns the compile cache on first; a bundle's scan-worker.js is the entry itself.
  const candidates = [path.join(__dirname, "scan-thread.js"), path.join(__dirname, "scan-worker.js"), path.join(__dirname, "dist", "scan-worker.js")];
  return candidates.find((c) => fs.existsSync(c));
}

const LIKELY_SOURCE = /\.(?:[cm]?[jt]sx?|prisma)$/i;
const NEVER_SOURCE_DIRS = new Set(["node_modules", "dist", "build", "out", "coverage", "vendor"]);

/**
 * Cheap early guess of whether a folder holds at least `n` source files, stopping as soon as it has seen them. Lets
 * a caller start worker threads before the exact file discovery (and the compiler load it needs) has run, without
 * paying for threads on a ten-file project.
 */
export function hasAtLeastSourceFiles(root: string, n: number): boolean {
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      if (e.isDirectory()) {
        if (!NEVER_SOURCE_DIRS.has(e.name)) stack.push(path.join(dir, e.name));
      } else if (e.isFile() && LIKELY_SOURCE.test(e.name) && ++count >= n) return true;
    }
  }
  return false;
}

/**
 * Scanning threads by default: one per CPU but one, at least one. V8 compiles hot code (the TypeScript parser, the
 * scanner) and collects garbage on background threads, and every isolate warms up on its own: a second scanning
 * isolate on a 2-CPU machine starves the first one's compiler and pays the whole warm-up again. Measured on a 2-vCPU
 * VM (`npm run bench`): 5,600 files in-process 2.2 s, in 2 worker threads 2.9 s; three times the corpus (17k files,
 * 50 MB) 4.4 s against 4.8 s. With more CPUs there is a core left for V8 and the threads pay off.
 */
export function defaultWorkerCount(): number {
  const cpus = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, cpus - 1);
}

interface Job {
  files: string[];
  results: FileScanResult[];
  offset: number;
  done: number;
  total: number;
  onProgress?: ScanProgress;
  resolve: (results: FileScanResult[]) => void;
  reject: (err: Error) => void;
  failed: boolean;
}

interface Batch {
  job: Job;
  start: number;
  files: string[];
  /** Set when this batch is a retry after a worker died on a batch containing it. */
  retry?: boolean;
}

interface PoolWorker {
  worker: Worker;
  busy?: { id: number; batch: Batch };
}

/**
 * V8 pretenures objects from allocation sites whose objects survive a young-generation GC. A syntax tree lives for as
 * long as its file is being walked, so the parser's allocation sites get pretenured and every later tree goes straight
 * to the old generation, to be freed only by full mark-compacts. Measured on the bench corpus: 7 mark-compacts and
 * ~2.0x the CPU of a bare parse with pretenuring, 1 and ~1.2x without. Process-wide (workers share the flag), idempotent.
 */
export function tuneHeapForScanning(): void {
  v8.setFlagsFromString("--no-allocation-site-pretenuring");
}

export class ScanPool {
  readonly workerCount: number;
  private readonly options: ScanPoolOptions;
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Batch[] = [];
  private nextBatchId = 0;
  private inProcessRules: RuleSet | undefined;
  private inProcessModules: ScannerModules | undefined;
  private readonly reader: ReadAhead | undefined;
  private closed = false;

  constructor(options: ScanPoolOptions = {}) {
    tuneHeapForScanning();
    this.options = options;
    const wanted = Math.max(1, Math.floor(options.maxWorkers ?? defaultWorkerCount()));
    const script = wanted > 1 ? scanWorkerPath() : undefined;
    this.workerCount = script ? wanted : 1;
    // Workers start now, so their module loading overlaps with the caller's file discovery.
    if (script) for (let i = 0; i < wanted; i++) this.workers.push(this.startWorker(script));
    // A reader thread blanks bodies knowing only the built-in sink catalogue: with the project's own sink files, the
    // scanning thread reads and blanks (it knows them), so a sink call of a custom service is never blanked away.
    else if (options.readAhead && !(options.ruleFiles ?? []).some(isSinkCatalogueFile)) this.reader = readAheadModule().ReadAhead.start();
  }

  /**
   * The files of a scope. With a reader thread, it walks the folders while this thread loads the compiler and the
   * rules (which the scan needs next anyway), so the two overlap.
   */
  async discover(root: string, scope: ScopeOptions): Promise<string[]> {
    if (!this.reader) return discoverFiles(root, scope);
    // The reader prepares the scan's first batches as soon as it has the files (a scan of exactly these files asks
    // for them; a caller that narrows the list wastes only that work).
    const prefetch = { batchSize: IN_PROCESS_BATCH, batches: READ_AHEAD_BATCHES, maxFileSize: this.options.maxFileSize, stamp: this.options.stamp };
    const discovering = this.reader.discover(root, scope, prefetch);
    discovering.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    this.loadInProcess();
    try {
      return await discovering;
    } catch {
      return discoverFiles(root, scope); // the reader died: do it here
    }
  }

  /** True when scanning happens in worker threads. */
  get threaded(): boolean {
    return this.workers.length > 0;
  }

  /** Scans the files (absolute paths); results are in the same order as `files`. */
  scan(files: string[], onProgress?: ScanProgress): Promise<FileScanResult[]> {
    if (this.closed) return Promise.reject(new Error("ScanPool: scan() after close()"));
    if (files.length === 0) return Promise.resolve([]);
    if (!this.threaded) return this.reader ? this.scanReadingAhead(this.reader, files, onProgress) : Promise.resolve(this.scanInProcess(files, onProgress));
    return new Promise((resolve, reject) => {
      const job: Job = { files, results: new Array(files.length), offset: 0, done: 0, total: files.length, onProgress, resolve, reject, failed: false };
      const size = this.options.batchSize ?? Math.min(64, Math.max(1, Math.ceil(files.length / (this.workers.length * 8))));
      for (let start = 0; start < files.length; start += size) this.queue.push({ job, start, files: files.slice(start, start + size) });
      this.dispatch();
    });
  }

  /** Stops the workers. Pending scans are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const pending = new Set<Job>([...this.queue.map((b) => b.job), ...this.workers.flatMap((w) => (w.busy ? [w.busy.batch.job] : []))]);
    this.queue.length = 0;
    for (const job of pending) this.fail(job, new Error("ScanPool closed during a scan"));
    await Promise.all([...this.workers.map((w) => w.worker.terminate()), this.reader?.close()]);
    this.workers.length = 0;
  }

  private loadInProcess(): { modules: ScannerModules; rules: RuleSet } {
    this.inProcessModules ??= scannerModules();
    this.inProcessRules ??= this.inProcessModules.loadRuleSet({ extraRuleFiles: this.options.ruleFiles ?? [] });
    return { modules: this.inProcessModules, rules: this.inProcessRules };
  }

  private scanInProcess(files: string[], onProgress?: ScanProgress): FileScanResult[] {
    const { modules, rules } = this.loadInProcess();
    const results: FileScanResult[] = [];
    for (let i = 0; i < files.length; i += IN_PROCESS_BATCH) {
      results.push(...modules.scanFilesFromDisk(files.slice(i, i + IN_PROCESS_BATCH), rules, this.options.maxFileSize, this.options.stamp));
      onProgress?.(Math.min(files.length, i + IN_PROCESS_BATCH), files.length);
    }
    return results;
  }

  /** In-process scan fed by the reader thread: it prepares batch k+1.. while this thread parses batch k. */
  private async scanReadingAhead(reader: ReadAhead, files: string[], onProgress?: ScanProgress): Promise<FileScanResult[]> {
    const { modules, rules } = this.loadInProcess();
    const { maxFileSize, stamp } = this.options;
    const batches: string[][] = [];
    for (let i = 0; i < files.length; i += IN_PROCESS_BATCH) batches.push(files.slice(i, i + IN_PROCESS_BATCH));
    const requested: Promise<PreparedFile[]>[] = [];
    const request = (k: number) => {
      const p = reader.read(batches[k], maxFileSize, stamp);
      p.catch(() => undefined); // awaited in order below; not an unhandled rejection meanwhile
      requested[k] = p;
    };
    for (let k = 0; k < Math.min(READ_AHEAD_BATCHES, batches.length); k++) request(k);
    const results: FileScanResult[] = [];
    for (let k = 0; k < batches.length; k++) {
      if (this.closed) throw new Error("ScanPool closed during a scan");
      let prepared: PreparedFile[];
      try {
        prepared = await requested[k];
      } catch {
        prepared = batches[k].map((f) => readAheadModule().prepareFile(f, maxFileSize, stamp)); // the reader died: read here
      }
      if (k + READ_AHEAD_BATCHES < batches.length) request(k + READ_AHEAD_BATCHES);
      results.push(...modules.scanPreparedFiles(prepared, rules, maxFileSize));
      onProgress?.(results.length, files.length);
    }
    return results;
  }

  private startWorker(script: string): PoolWorker {
    const init: ScanWorkerInit = { ruleFiles: this.options.ruleFiles ?? [], maxFileSize: this.options.maxFileSize, stamp: this.options.stamp };
    // Bounded heaps: scan garbage is short-lived, and without limits V8 lets each worker's heap grow far past what it
    // needs (measured on the bench corpus with 2 workers: ~510 MB peak RSS unbounded, ~335 MB with these limits, at a
    // small cost in GC time). A file that needs more makes its worker die; the pool isolates that file (see onDeath).
    const worker = new Worker(script, {
      workerData: { privacyLintScanWorker: init },
      resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 256 },
    });
    const entry: PoolWorker = { worker };
    // An idle worker must not keep the process alive (the CLI exits when its work is done).
    worker.unref();
    worker.on("message", (reply: ScanBatchReply) => {
      const busy = entry.busy;
      entry.busy = undefined;
      worker.unref();
      if (!busy || busy.id !== reply.batch) return;
      const { job, files } = busy.batch;
      if ("error" in reply) this.fail(job, new Error(`scan worker failed on ${files[0]}…: ${reply.error}`));
      else this.complete(busy.batch, reply.results);
      this.dispatch();
    });
    const onDeath = (err: Error) => {
      const idx = this.workers.indexOf(entry);
      if (idx < 0) return; // already handled ("error" is followed by "exit")
      this.workers.splice(idx, 1);
      const busy = entry.busy?.batch;
      entry.busy = undefined;
      if (this.closed) return;
      // One bad file (out of memory on a huge generated file, a parser crash) must not sink the whole scan: retry
      // the batch file by file on a fresh worker, and give the file that kills a worker on its own a note instead.
      if (busy && !busy.job.failed) {
        if (busy.retry && busy.files.length === 1) {
          this.complete(busy, [{ file: busy.files[0], findings: [], suppressed: [], notes: [{ file: busy.files[0], severity: "warning", code: "scan-crashed", message: `skipped: scanning this file stopped its worker (${err.message})` }] }]);
        } else {
          this.queue.unshift(...busy.files.map((file, i) => ({ job: busy.job, start: busy.start + i, files: [file], retry: true })));
        }
      }
      this.workers.push(this.startWorker(script));
      this.dispatch();
    };
    worker.on("error", (err) => onDeath(err));
    worker.on("exit", (code) => {
      if (!this.closed) onDeath(new Error(`scan worker exited with code ${code}`));
    });
    return entry;
  }

  private dispatch(): void {
    for (const w of this.workers) {
      if (w.busy) continue;
      let batch = this.queue.shift();
      while (batch && batch.job.failed) batch = this.queue.shift();
      if (!batch) return;
      const id = this.nextBatchId++;
      w.busy = { id, batch };
      w.worker.ref(); // a worker with work keeps the process alive
      const request: ScanBatchRequest = { batch: id, files: batch.files };
      w.worker.postMessage(request);
    }
  }

  private complete(batch: Batch, results: FileScanResult[]): void {
    const job = batch.job;
    if (job.failed) return;
    for (let i = 0; i < results.length; i++) job.results[batch.start + i] = results[i];
    job.done += batch.files.length;
    job.onProgress?.(job.done, job.total);
    if (job.done === job.total) job.resolve(job.results);
  }

  private fail(job: Job, err: Error): void {
    if (job.failed) return;
    job.failed = true;
    job.reject(err);
  }
}

/** One-shot convenience: scan the files with a fresh pool and close it. */
export async function scanFiles(files: string[], options: ScanPoolOptions & { onProgress?: ScanProgress } = {}): Promise<FileScanResult[]> {
  // Threads only pay off when there is enough work to amortise their start-up.
  const maxWorkers = files.length < 32 ? 1 : options.maxWorkers;
  const pool = new ScanPool({ ...options, maxWorkers });
  try {
    return await pool.scan(files, options.onProgress);
  } finally {
    await pool.close();
  }
}

function isSinkCatalogueFile(file: string): boolean {
  try {
    return isSinkCatalogueText(fs.readFileSync(file, "utf8"));
  } catch {
    return false;
  }
}
