/**
 * Snapshots of built-in data parsed from YAML (the detection rules, the sink catalogue), written by `npm run build`
 * next to their compiled loaders: a run deserialises one (~1 ms) instead of loading the YAML parser and parsing
 * (~100-180 ms). A snapshot is used only when it was made from exactly the same file and text; a stale, missing or
 * unreadable one only costs that time.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as v8 from "v8";

interface Snapshot<T> {
  file: string;
  sha256: string;
  value: T;
}

/** The value snapshotted in `snapshotFile` when it was made from exactly this file and text, else undefined. */
export function readSnapshot<T>(snapshotFile: string, file: string, text: string): T | undefined {
  let snapshot: Snapshot<T>;
  try {
    snapshot = v8.deserialize(fs.readFileSync(snapshotFile)) as Snapshot<T>;
  } catch {
    return undefined;
  }
  return snapshot?.file === file && snapshot.sha256 === sha256(text) ? snapshot.value : undefined;
}

/**
 * Writes `value`, parsed from this file and text, to `snapshotFile` (through a temporary file, so a reader never sees
 * half of one). v8's serialiser keeps shared objects shared, as parsed.
 */
export function writeSnapshot<T>(snapshotFile: string, file: string, text: string, value: T): string {
  const snapshot: Snapshot<T> = { file, sha256: sha256(text), value };
  const tmp = `${snapshotFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, v8.serialize(snapshot));
  fs.renameSync(tmp, snapshotFile);
  return snapshotFile;
}

function sha256(text: string): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}
