/**
 * Worker-thread entry of the scan pool. Loads the rules ONCE (workerData), then answers batches of file paths with
 * their scan results. It reads the files itself, so file text never crosses the thread boundary, and it keeps no
 * syntax tree after a file is done: only the small result objects are posted back.
 */
import { parentPort, workerData } from "worker_threads";
import { prepareFile, type PreparedFile } from "./read-ahead";
import { catalogueFor } from "../flows/catalogue";
import { loadRuleSet } from "../classify/rules";
import { scanBlankedSource, scanSource } from "./scanner";
import type { FileScanResult } from "../types";

export interface ScanWorkerInit {
  ruleFiles: string[];
  maxFileSize?: number;
  /** Stamp each result for the scan cache (FileScanResult.stamp). */
  stamp?: boolean;
}

export interface ScanBatchRequest {
  batch: number;
  files: string[];
}

export type ScanBatchReply = { batch: number; results: FileScanResult[] } | { batch: number; error: string };

/** Scans files from disk, one at a time (shared by the workers and the in-process path). */
export function scanFilesFromDisk(files: string[], rules: ReturnType<typeof loadRuleSet>, maxFileSize?: number, stamp = false): FileScanResult[] {
  return scanPreparedFiles(files.map((file) => prepareFile(file, maxFileSize, stamp, catalogueFor(rules))), rules, maxFileSize);
}

/** Scans files already read (and blanked) by {@link prepareFile}, here or in a reader thread. */
export function scanPreparedFiles(prepared: PreparedFile[], rules: ReturnType<typeof loadRuleSet>, maxFileSize?: number): FileScanResult[] {
  return prepared.map((p) => {
    const result = scanPrepared(p, rules, maxFileSize);
    if (p.stamp) result.stamp = p.stamp;
    return result;
  });
}

function scanPrepared(p: PreparedFile, rules: ReturnType<typeof loadRuleSet>, maxFileSize?: number): FileScanResult {
  if ("note" in p) return { file: p.file, findings: [], suppressed: [], notes: [p.note] };
  if ("declaresNothing" in p) return { file: p.file, findings: [], suppressed: [], notes: [] };
  // Fields typed by a name are left for the project pass, which sees every file's summary (project-index.ts).
  if ("blanked" in p) return scanBlankedSource(p.file, p.blanked, p.suppressions, rules, { maxFileSize, deferReferences: true });
  return scanSource(p.file, p.text, rules, { maxFileSize, blankedText: null, deferReferences: true });
}

if (parentPort && (workerData as { privacyLintScanWorker?: ScanWorkerInit } | undefined)?.privacyLintScanWorker) {
  const port = parentPort;
  const init = (workerData as { privacyLintScanWorker: ScanWorkerInit }).privacyLintScanWorker;
  const rules = loadRuleSet({ extraRuleFiles: init.ruleFiles });
  port.on("message", (request: ScanBatchRequest) => {
    let reply: ScanBatchReply;
    try {
      reply = { batch: request.batch, results: scanFilesFromDisk(request.files, rules, init.maxFileSize, init.stamp) };
    } catch (err) {
      reply = { batch: request.batch, error: (err as Error).stack ?? String(err) };
    }
    port.postMessage(reply);
  });
}
