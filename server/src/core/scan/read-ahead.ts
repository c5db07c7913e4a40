/**
 * A reader thread for scans that run in the calling thread: it discovers the files and reads them, and blanks their
 * inert function bodies (inert-bodies.ts), ahead of the thread that parses. It loads no compiler (a second compiler
 * isolate is what makes scanning threads expensive on small machines, see defaultWorkerCount), so it costs little to
 * start, and its work (directory walk, I/O, the lexer) overlaps with the parsing thread's own: first with loading the
 * compiler and the rules, then with the parse of the previous batch.
 *
 * This module is both the worker's entry and the calling thread's client ({@link ReadAhead}).
 */
import * as fs from "fs";
import * as path from "path";
import { parentPort, Worker, workerData } from "worker_threads";
import { discoverFiles, readSourceFile, skipNote, type FileStamp, type ScopeOptions } from "./files";
import { mayBlankBodies, planParse, type ParsePlan } from "./inert-bodies";
import type { SinkCatalogue } from "../flows/catalogue";
import { flowTriggers } from "../flows/triggers";
import { parseSuppressions, type Suppression } from "./suppressions";
import type { ScanNote } from "../types";

/**
 * A file ready to be scanned. When bodies could be blanked, only the blanked text travels (with the suppression
 * comments of the original, which the blanking may have covered): the parsing thread never needs the original then,
 * unless the blanked text fails to parse, and it reads the file again for that rare case.
 */
export type PreparedFile = (
  | { file: string; text: string }
  | { file: string; declaresNothing: true }
  | { file: string; blanked: string; suppressions: Suppression[] }
  | { file: string; note: ScanNote }
) & { /** What the scan cache keys this file's result by (files read with `stamp`). */ stamp?: FileStamp };

/** `prefetch`: after discovery, prepare the first batches of this many files each, before they are asked for. */
type DiscoverRequest = { root: string; scope: ScopeOptions; prefetch?: { batchSize: number; batches: number; maxFileSize?: number; stamp?: boolean } };
type RequestBody = { discover: DiscoverRequest } | { read: { files: string[]; maxFileSize?: number; stamp?: boolean } };
type ReaderRequest = { id: number } & RequestBody;
type ReaderReply = { id: number; files: string[] } | { id: number; prepared: PreparedFile[] } | { id: number; error: string };

/**
 * Reads one file and blanks what can be blanked (also used without a thread). `stamp`: add the file's cache stamp.
 * `catalogue`: the sink catalogue whose calls keep their bodies (the built-in one when absent).
 */
export function prepareFile(file: string, maxFileSize?: number, stamp = false, catalogue?: SinkCatalogue): PreparedFile {
  const read = readSourceFile(file, maxFileSize, stamp);
  const prepared = preparedText(file, read, maxFileSize, catalogue);
  if (read.stamp) prepared.stamp = read.stamp;
  return prepared;
}

function preparedText(file: string, read: ReturnType<typeof readSourceFile>, maxFileSize: number | undefined, catalogue: SinkCatalogue | undefined): PreparedFile {
  if ("note" in read) return { file, note: read.note };
  const text = read.text;
  // Files the scanner will skip go as they are; it writes the note.
  const plan: ParsePlan = mayBlankBodies(file, text) && !skipNote(file, text, maxFileSize) ? planParse(text, flowTriggers(text, catalogue, true).words) : { kind: "whole" };
  if (plan.kind === "nothing") return { file, declaresNothing: true };
  return plan.kind === "blanked" ? { file, blanked: plan.text, suppressions: parseSuppressions(text) } : { file, text };
}

if (parentPort && (workerData as { privacyLintReader?: boolean } | undefined)?.privacyLintReader) {
  const port = parentPort;
  // Batches prepared before they were asked for, by their files (joined): the first read requests of a scan find
  // their batch ready instead of waiting for it (the parsing thread asks only once it has loaded the compiler).
  const prefetched = new Map<string, PreparedFile[]>();
  const batchKey = (files: string[], maxFileSize: number | undefined, stamp: boolean | undefined) => `${maxFileSize ?? ""}\0${stamp ? 1 : 0}\0${files.join("\0")}`;
  let generation = 0; // bumped when the prefetched batches end: batches still queued then are not prepared
  const endPrefetch = () => {
    generation++;
    prefetched.clear();
  };
  const prefetch = (files: string[], plan: NonNullable<DiscoverRequest["prefetch"]>) => {
    endPrefetch();
    const current = generation;
    for (let k = 0; k < plan.batches && k * plan.batchSize < files.length; k++) {
      const batch = files.slice(k * plan.batchSize, (k + 1) * plan.batchSize);
      // One batch per macrotask: a request that arrives meanwhile is answered between two batches.
      setImmediate(() => {
        if (generation === current) prefetched.set(batchKey(batch, plan.maxFileSize, plan.stamp), batch.map((f) => prepareFile(f, plan.maxFileSize, plan.stamp)));
      });
    }
  };
  port.on("message", (request: ReaderRequest) => {
    const reply = (r: ReaderReply) => port.postMessage(r);
    if ("discover" in request) {
      const { root, scope, prefetch: plan } = request.discover;
      discoverFiles(root, scope).then(
        (files) => {
          reply({ id: request.id, files });
          if (plan) prefetch(files, plan);
        },
        (err: Error) => reply({ id: request.id, error: err.stack ?? String(err) }),
      );
      return;
    }
    try {
      const { files, maxFileSize, stamp } = request.read;
      const key = batchKey(files, maxFileSize, stamp);
      const ready = prefetched.get(key);
      // Prefetched batches serve only the scan that follows discovery, in order: the first request they do not
      // answer ends them (they would only go stale, and hold memory).
      if (ready) prefetched.delete(key);
      else endPrefetch();
      reply({ id: request.id, prepared: ready ?? files.map((f) => prepareFile(f, maxFileSize, stamp)) });
    } catch (err) {
      reply({ id: request.id, error: (err as Error).stack ?? String(err) });
    }
  });
}

/** Where the reader script is: next to this module (tsc output) or a bundle's `read-ahead.js`; undefined if absent. */
function readerScript(): string | undefined {
  const candidates = [path.join(__dirname, "read-ahead.js"), path.join(__dirname, "dist", "read-ahead.js")];
  return candidates.find((c) => fs.existsSync(c));
}

/** The calling thread's side: requests answered in order, by id. A failed thread fails its pending requests. */
export class ReadAhead {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (reply: ReaderReply) => void; reject: (err: Error) => void }>();
  private dead: Error | undefined;

  /** Undefined when the reader script is not there (a bundle built without it): callers then read in-process. */
  static start(): ReadAhead | undefined {
    const script = readerScript();
    return script ? new ReadAhead(script) : undefined;
  }

  private constructor(script: string) {
    this.worker = new Worker(script, { workerData: { privacyLintReader: true } });
    this.worker.unref(); // only pending requests keep the process alive (see request)
    this.worker.on("message", (reply: ReaderReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ("error" in reply) waiting.reject(new Error(`file reader failed: ${reply.error}`));
      else waiting.resolve(reply);
    });
    const fail = (err: Error) => {
      this.dead ??= err;
      for (const w of this.pending.values()) w.reject(err);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`file reader exited with code ${code}`)));
  }

  discover(root: string, scope: ScopeOptions, prefetch?: DiscoverRequest["prefetch"]): Promise<string[]> {
    return this.request({ discover: { root, scope, prefetch } }).then((r) => (r as { files: string[] }).files);
  }

  read(files: string[], maxFileSize?: number, stamp?: boolean): Promise<PreparedFile[]> {
    return this.request({ read: { files, maxFileSize, stamp } }).then((r) => (r as { prepared: PreparedFile[] }).prepared);
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }

  private request(body: RequestBody): Promise<ReaderReply> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise<ReaderReply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.ref();
      const request: ReaderRequest = { id, ...body };
      this.worker.postMessage(request);
    });
  }
}
