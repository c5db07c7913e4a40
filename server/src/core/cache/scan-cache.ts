/**
 * The scan cache (`check` and `inventory` use it by default, like ESLint's --cache): each file's scan result, before
 * the project pass, keyed by the file's content, so an unchanged file is neither parsed nor even read again. The
 * project pass (resolveReferences) is kept too: what it added to each file (its ResolvedDelta) and what each file's
 * pending fields read of the index (ResolutionReads), with the list of files (paths and content hashes) it was worked
 * out for. A run over exactly those files, unchanged, takes the pass from the cache (it is a function of those files'
 * results, which are of their contents); one where some of them changed resolves again the changed files and those
 * whose pending fields read anything a changed file holds or held (see resolveReferences), and takes the rest.
 *
 * One file per project (default `node_modules/.cache/privacy-lint/scan-cache.bin`). The whole cache is invalid when
 * the tool (version and code), the rules (built-in and configured rule files) or the options that shape a file's
 * result (maxFileSize) differ from those it was written with. A file's entry holds when its stat is unchanged (see
 * FileStamp: size, mtime, ctime, inode), else when the hash of its bytes is. A cache file that is damaged, truncated,
 * foreign or from another version is ignored (the run is a cold one) and replaced; the cache never makes a run fail.
 * Writes go to a temporary file that is renamed over the old one, so concurrent runs never see a torn file. The file's
 * layout: cache-file.ts.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { decodeSegment, encodeSegment, FORMAT, isStringArray, packEntries, readCacheFile, writeCacheFile, type Entry, type Segment } from "./cache-file";
import { CodecTables, UnencodableError } from "./codec";
import { builtinRulesFile } from "../classify/rules";
import { currentStamp, statMatches, type FileStamp } from "../scan/files";
import { DEFAULT_MAX_FILE_SIZE, type FileScanResult } from "../types";
import { applyResolved, type ResolvedDelta } from "../index/resolved";
import type { FileSummary, PreviousPass, ResolutionReads } from "../index/project-index";

export const CACHE_FILE_NAME = "scan-cache.bin";

/** The default cache folder of a project (as ESLint's and Babel's caches: ignored by every tool and by git). */
export function defaultCacheDir(root: string): string {
  return path.join(root, "node_modules", ".cache", "privacy-lint");
}

/**
 * The cache file for `--cache-location`: a folder (existing, or written with a trailing separator) holds
 * scan-cache.bin; any other path is the file itself. Without a location, the project's default folder.
 */
export function cacheFileFor(root: string, location?: string, cwd = process.cwd()): string {
  if (!location) return path.join(defaultCacheDir(root), CACHE_FILE_NAME);
  const abs = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (fs.existsSync(abs) && fs.statSync(abs).isDirectory());
  return isDir ? path.join(abs, CACHE_FILE_NAME) : abs;
}

export interface CacheKeyInput {
  /** Absolute paths of the configured extra rule files. */
  ruleFiles: string[];
  maxFileSize?: number;
  /** The tool's identity; default: its version and a hash of its compiled code (tests pass another). */
  tool?: string;
}

/**
 * What every cached result depends on besides its file: the tool's version and compiled code (a development build
 * changes without a version bump), the built-in rules and taxonomy, the extra rule files' contents, maxFileSize.
 * Throws when a rule file cannot be read (the scan itself would fail on it first).
 */
export function cacheKey(input: CacheKeyInput): string {
  const h = crypto.createHash("sha1");
  h.update(`format ${FORMAT}\0tool ${input.tool ?? `${toolVersion()} ${codeFingerprint()}`}\0`);
  const rulesDir = path.dirname(builtinRulesFile());
  for (const name of fs.readdirSync(rulesDir).filter((n) => /\.ya?ml$/.test(n)).sort()) h.update(`builtin ${name}\0`).update(fs.readFileSync(path.join(rulesDir, name))).update("\0");
  for (const file of input.ruleFiles) h.update(`rules ${file}\0`).update(fs.readFileSync(file)).update("\0");
  h.update(`maxFileSize ${input.maxFileSize ?? DEFAULT_MAX_FILE_SIZE}`);
  return h.digest("hex");
}

let codeHash: string | undefined;

/** A hash of the compiled core (every .js under core/), or of this file alone when bundled. */
function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const h = crypto.createHash("sha1");
  const files: string[] = [];
  if (path.basename(__dirname) === "cache") {
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".js")) files.push(p);
      }
    };
    walk(path.dirname(__dirname));
  } else {
    files.push(__filename);
  }
  for (const f of files.sort()) h.update(path.basename(f)).update("\0").update(fs.readFileSync(f)).update("\0");
  return (codeHash = h.digest("hex"));
}

function toolVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "privacy-lint") return String(pkg.version);
    } catch {
      // not here
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}

/** The fields of a result the project pass reads and then drops. */
const PROJECT_FIELDS = ["summary", "pending", "pendingFlows"] as const;

export interface CacheLookup {
  /** Per file (same order as asked): its cached result, or undefined when it must be scanned. */
  results: (FileScanResult | undefined)[];
  /** The files to scan. */
  misses: string[];
}

export class ScanCache {
  /** Why the file on disk was not used (absent, damaged, another key...), for tests and debugging; undefined when it was. */
  readonly rejected: string | undefined;
  private readonly entries = new Map<string, Entry>();
  private tables = new CodecTables();
  /** Whether the file on disk differs from what save() would write. */
  private dirty = false;
  /**
   * Fingerprint of the files (root, paths in order, content hashes) whose project pass the entries' `resolved`
   * segments record; undefined when none is recorded.
   */
  private resolvedFor: string | undefined;
  /** The entries this run found no longer holding (changed files), as they were: see previousPass. */
  private readonly replaced = new Map<string, Entry>();
  /**
   * Table sizes when they were last made of live strings and shapes only (loaded, or compacted by a save), and whether
   * entries were dropped since: see serialise. (Kept in the header: saves in between leave the tables as they are.)
   */
  private compacted = { strings: 0, shapes: 0, dropped: false };
  /** What previousPass decoded of each unchanged file's record, with the segments it came from. */
  private readonly previous = new Map<string, { delta: unknown; reads: unknown; resolved: Segment; readsSegment: Segment }>();

  private constructor(
    readonly file: string,
    readonly root: string,
    private readonly key: string,
    private readonly maxFileSize: number,
  ) {
    this.rejected = this.load();
    if (this.rejected !== undefined) this.dirty = true;
  }

  /** Opens the cache of a project; never throws (an unusable file means an empty cache, replaced on save). */
  static open(file: string, root: string, input: CacheKeyInput): ScanCache {
    return new ScanCache(path.resolve(file), path.resolve(root), cacheKey(input), input.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Results of the files whose entries still hold; the other files are misses, to be scanned and stored. */
  lookup(files: string[]): CacheLookup {
    const stats = files.map((f) => {
      try {
        return fs.statSync(f);
      } catch {
        return undefined;
      }
    });
    return this.decodeValid(files, this.validate(files, stats));
  }

  /**
   * The same in two steps: which files hold (their stats taken in parallel on libuv's threads, not one by one), then
   * the decoding of those.
   */
  async check(files: string[]): Promise<{ valid: boolean[]; misses: string[] }> {
    if (this.entries.size === 0) return { valid: files.map(() => false), misses: files };
    // Callbacks, not fs.promises: measured twice as fast over 5,600 files (no promise and handle per call).
    const stats = await new Promise<(fs.Stats | undefined)[]>((resolve) => {
      const out: (fs.Stats | undefined)[] = new Array(files.length).fill(undefined);
      let pending = files.length;
      if (pending === 0) resolve(out);
      files.forEach((f, i) =>
        fs.stat(f, (err, stat) => {
          if (!err) out[i] = stat;
          if (--pending === 0) resolve(out);
        }),
      );
    });
    const valid = this.validate(files, stats);
    return { valid, misses: files.filter((_, i) => !valid[i]) };
  }

  /** Results of the files `check` found valid; one that fails to decode (damaged) is a miss after all. */
  decodeValid(files: string[], valid: boolean[]): CacheLookup {
    const results: (FileScanResult | undefined)[] = new Array(files.length).fill(undefined); // no holes: callers map over it
    const misses: string[] = [];
    for (let i = 0; i < files.length; i++) {
      const rel = valid[i] ? this.relative(files[i]) : undefined;
      const entry = rel === undefined ? undefined : this.entries.get(rel);
      results[i] = entry && this.decodeEntry(files[i], entry);
      if (results[i]) continue;
      if (entry) this.entries.delete(rel!), this.replaced.set(rel!, entry), (this.dirty = true);
      misses.push(files[i]);
    }
    return { results, misses };
  }

  private validate(files: string[], stats: (fs.Stats | undefined)[]): boolean[] {
    return files.map((file, i) => {
      const rel = this.relative(file);
      const entry = rel === undefined ? undefined : this.entries.get(rel);
      if (entry && stats[i] && this.valid(file, entry, stats[i]!)) return true;
      if (entry) this.entries.delete(rel!), this.replaced.set(rel!, entry), (this.dirty = true);
      return false;
    });
  }

  /**
   * The results of these files with the project pass already applied, from the pass recorded for exactly these files
   * (same paths, same order, same contents: all `valid`); undefined when there is none, or an entry does not decode.
   */
  decodeResolved(files: string[], valid: boolean[]): FileScanResult[] | undefined {
    if (this.resolvedFor === undefined || !valid.every(Boolean)) return undefined;
    const rels = files.map((f) => this.relative(f));
    if (this.fingerprint(rels) !== this.resolvedFor) return undefined;
    const results: FileScanResult[] = new Array(files.length);
    for (let i = 0; i < files.length; i++) {
      const entry = this.entries.get(rels[i]!)!;
      if (!entry.resolved) return undefined;
      try {
        const result = decodeSegment(entry.base, this.tables);
        if (!isScanResult(result, files[i])) return undefined;
        const delta = decodeSegment(entry.resolved, this.tables);
        if (!isResolvedDelta(delta, files[i])) return undefined;
        results[i] = applyResolved(result, delta);
      } catch {
        return undefined; // damaged: the full path decodes (and replaces) what it can
      }
    }
    return results;
  }

  /** Stores fresh results (before the project pass changes them); those without a stamp are not cached. */
  store(results: FileScanResult[]): void {
    for (const r of results) {
      const { stamp, ...result } = r;
      const rel = this.relative(r.file);
      if (!stamp || rel === undefined) continue;
      const project: Record<string, unknown> = {};
      for (const k of PROJECT_FIELDS) {
        if (k in result) project[k] = result[k];
        delete result[k];
      }
      try {
        const base = encodeSegment(result, this.tables);
        this.entries.set(rel, { stamp, base, project: encodeSegment(project, this.tables) });
        this.dirty = true;
      } catch (err) {
        if (!(err instanceof UnencodableError)) throw err;
        if (this.entries.delete(rel)) this.dirty = true; // (an older entry no longer holds)
      }
    }
  }

  /**
   * Records what the project pass added to each of these files' results (same order; see resolveReferences), for a
   * later run over the same files. Nothing is recorded unless every file has an entry and every delta encodes.
   */
  storeResolved(files: string[], deltas: readonly (ResolvedDelta | undefined)[], reads: readonly (ResolutionReads | undefined)[] = []): void {
    const rels = files.map((f) => this.relative(f));
    const before = this.resolvedFor;
    this.resolvedFor = undefined;
    for (const e of this.entries.values()) (e.resolved = undefined), (e.reads = undefined);
    this.dirty ||= before !== undefined;
    if (rels.some((rel) => rel === undefined || !this.entries.has(rel))) return;
    if (deltas.length !== files.length) return;
    try {
      const segments = rels.map((rel, i) => {
        // What was taken as it is from the recorded pass (the very objects previousPass decoded) keeps its encoding.
        const previous = this.previous.get(rel!);
        if (previous && previous.delta === deltas[i] && previous.reads === reads[i]) return [previous.resolved, previous.readsSegment];
        return [encodeSegment(deltas[i], this.tables), encodeSegment(reads[i], this.tables)];
      });
      rels.forEach((rel, i) => {
        const e = this.entries.get(rel!)!;
        [e.resolved, e.reads] = segments[i];
      });
    } catch (err) {
      if (!(err instanceof UnencodableError)) throw err;
      return;
    }
    this.resolvedFor = this.fingerprint(rels);
    this.dirty = true;
  }

  /**
   * The project pass recorded for these files as they were before the ones this run scanned again changed (same
   * paths, same order, every other file unchanged), for resolveReferences to take what still holds from; undefined
   * when there is none (or part of it does not decode). Call after storing the scanned files' results.
   */
  previousPass(files: string[]): PreviousPass | undefined {
    if (this.resolvedFor === undefined || this.replaced.size === 0) return undefined;
    const rels = files.map((f) => this.relative(f));
    if (this.fingerprint(rels, (rel) => this.replaced.get(rel) ?? this.entries.get(rel)) !== this.resolvedFor) return undefined;
    const changed = new Set<string>();
    const changedSummaries: (FileSummary | undefined)[] = [];
    const recorded: PreviousPass["recorded"][number][] = new Array(files.length).fill(undefined);
    try {
      for (let i = 0; i < files.length; i++) {
        const old = this.replaced.get(rels[i]!);
        if (old) {
          changed.add(files[i]);
          const project = decodeSegment(old.project, this.tables) as { summary?: FileSummary } | undefined;
          if (typeof project !== "object" || project === null) return undefined;
          const summary = project.summary;
          if (summary !== undefined && !(summary.declarations instanceof Map)) return undefined;
          changedSummaries.push(summary);
          continue;
        }
        const entry = this.entries.get(rels[i]!)!;
        if (!entry.resolved || !entry.reads) return undefined;
        const delta = decodeSegment(entry.resolved, this.tables);
        const reads = decodeSegment(entry.reads, this.tables);
        if (!isResolvedDelta(delta, files[i]) || !isResolutionReads(reads)) return undefined;
        recorded[i] = { delta, reads };
        this.previous.set(rels[i]!, { delta, reads, resolved: entry.resolved, readsSegment: entry.reads });
      }
    } catch {
      return undefined;
    }
    return { changed, changedSummaries, recorded };
  }

  /** The files a recorded project pass was for: root, and each file's path and content hash, in order. */
  private fingerprint(rels: (string | undefined)[], entryOf = (rel: string) => this.entries.get(rel)): string | undefined {
    const h = crypto.createHash("sha1").update(`${this.root}\0`);
    for (const rel of rels) {
      const entry = rel === undefined ? undefined : entryOf(rel);
      if (!entry) return undefined;
      h.update(`${rel}\0${entry.stamp.hash}\0`);
    }
    return h.digest("hex");
  }

  /**
   * Writes the cache when it changed. `keep`: the files of this run; entries of other files are dropped (files that
   * were deleted or left the scope), unless the run covered only part of the project. Failing to write (a read-only
   * folder, a full disk) leaves the old cache, or none: the next run is just slower.
   */
  save(keep?: string[]): boolean {
    if (keep) {
      const wanted = new Set(keep.map((f) => this.relative(f)));
      for (const rel of [...this.entries.keys()]) if (!wanted.has(rel)) this.entries.delete(rel), (this.dirty = true), (this.compacted.dropped = true);
    }
    if (!this.dirty) return false;
    const tmp = `${this.file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
    try {
      const bytes = this.serialise();
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, this.file);
      this.dirty = false;
      return true;
    } catch {
      fs.rmSync(tmp, { force: true });
      return false;
    }
  }

  /** Path relative to the root with `/`, or undefined when outside it. */
  private relative(file: string): string | undefined {
    // Discovered files are the root's path plus theirs: slicing is much cheaper than path.relative on every file.
    const prefix = this.root.endsWith(path.sep) ? this.root : this.root + path.sep;
    if (file.startsWith(prefix) && !file.includes(`${path.sep}..`)) {
      const rel = file.slice(prefix.length);
      return path.sep === "/" ? rel : rel.split(path.sep).join("/");
    }
    const rel = path.relative(this.root, file);
    if (!rel || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
    return path.sep === "/" ? rel : rel.split(path.sep).join("/");
  }

  private valid(file: string, entry: Entry, stat: fs.Stats): boolean {
    if (statMatches(entry.stamp, stat)) return true;
    // Touched, copied, checked out again, or changed within the timestamp's resolution: the content decides.
    const now = currentStamp(file, this.maxFileSize);
    if (!now || now.hash !== entry.stamp.hash) return false;
    entry.stamp = now;
    this.dirty = true;
    return true;
  }

  private decodeEntry(file: string, entry: Entry): FileScanResult | undefined {
    try {
      const value = decodeSegment(entry.base, this.tables);
      if (!isScanResult(value, file)) return undefined;
      const project = decodeSegment(entry.project, this.tables);
      if (typeof project !== "object" || project === null || Array.isArray(project)) return undefined;
      return Object.assign(value, project);
    } catch {
      return undefined; // damaged: scanned again, and replaced
    }
  }

  /** Reads the cache file; returns why it cannot be used, or undefined when its entries were loaded. */
  private load(): string | undefined {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.file);
    } catch {
      return "absent";
    }
    try {
      const read = readCacheFile(bytes, this.key, this.root, this.entries);
      if (typeof read === "string") return read;
      this.tables = read.tables;
      this.resolvedFor = read.resolvedFor;
      this.compacted = { ...read.compacted, dropped: false };
      if (read.moved) this.dirty = true; // (re-rooted: written again with the new root)
      return undefined;
    } catch (err) {
      this.entries.clear();
      this.tables = new CodecTables();
      this.resolvedFor = undefined;
      return `unreadable: ${(err as Error).message}`;
    }
  }

  /** The cache file's bytes: live strings and shapes only, renumbered (entries dropped or replaced leave none behind). */
  private serialise(): Buffer {
    // Renumbering every word costs ~50 ms on a large project; a run that changed a few files only adds a few strings
    // (and leaves a few unused): the tables are written as they are until they have grown by a quarter, or entries were
    // dropped (deleted files).
    const c = this.compacted;
    const compact = c.dropped || this.tables.strings.length > c.strings * 1.25 + 64 || this.tables.shapes.length > c.shapes * 1.25 + 16;
    const packed = packEntries(this.entries, this.tables, compact);
    // Compacted, the tables now are the live ones: later stores append to them, the entries point into them. (What
    // still points into the old ones, the replaced entries and the records previousPass decoded, is let go.)
    if (compact) {
      this.tables = new CodecTables(packed.strings, packed.shapes);
      this.compacted = { strings: packed.strings.length, shapes: packed.shapes.length, dropped: false };
    }
    this.replaced.clear();
    this.previous.clear();
    return writeCacheFile(packed, this.key, this.root, this.resolvedFor, this.compacted);
  }
}

/** What a recorded project pass must look like to be used: undefined, or lists of this file's findings and flows. */
function isResolvedDelta(v: unknown, file: string): v is ResolvedDelta | undefined {
  if (v === undefined) return true;
  if (typeof v !== "object" || v === null) return false;
  const d = v as Record<string, unknown>;
  for (const list of [d.findings, d.suppressed, d.flows]) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) return false;
    for (const item of list) if (typeof item !== "object" || item === null || (item as { file?: unknown }).file !== file) return false;
  }
  return true;
}

/** What a recorded ResolutionReads must look like: undefined, or lists of strings. */
function isResolutionReads(v: unknown): v is ResolutionReads | undefined {
  if (v === undefined) return true;
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return isStringArray(r.files) && isStringArray(r.names);
}

/** What a cached result must look like to be used (the checksum guards the bytes; this, the meaning). */
function isScanResult(v: unknown, file: string): v is FileScanResult {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  if (r.file !== file) return false;
  for (const list of [r.findings, r.suppressed, r.notes]) {
    if (!Array.isArray(list)) return false;
    for (const item of list) if (typeof item !== "object" || item === null || (item as { file?: unknown }).file !== file) return false;
  }
  return r.flows === undefined || Array.isArray(r.flows);
}
