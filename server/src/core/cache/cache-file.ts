/**
 * The scan cache's file (what it holds and when it is used: scan-cache.ts): its bytes, read into entries and
 * written from them.
 *
 * Layout: "PLCACHE1", six u32 sizes, a SHA-1 of the rest, the header (JSON: format, key, root, shapes, resolvedFor),
 * the string table and the entries' paths and hashes (NUL-separated text), then, 8-byte aligned, each entry's numbers
 * (stamp and where its data is) and the words and numbers of the codec (codec.ts). An entry's data is four values in
 * a row: its result without the project pass's inputs, those inputs (summary, pending fields and flows), what the
 * project pass added to it and what its pending fields read (these two empty when not recorded).
 */
import * as crypto from "crypto";
import * as os from "os";
import * as path from "path";
import { CodecTables, decode, encode } from "./codec";
import type { FileStamp } from "../scan/files";

/** Bump when the layout or the meaning of an entry changes. */
export const FORMAT = 3;
const MAGIC = Buffer.from("PLCACHE1", "latin1");
const PREFIX_BYTES = 8 + 6 * 4 + 20;

/** Words and numbers of one encoded value. */
export interface Segment {
  words: Uint32Array;
  numbers: Float64Array;
}

export interface Entry {
  stamp: FileStamp;
  /** The result without the project pass's inputs (summary, pending, pendingFlows). */
  base: Segment;
  /** Those inputs. */
  project: Segment;
  /** What the project pass added (a ResolvedDelta, or undefined), when recorded: see ScanCache.resolvedFor. */
  resolved?: Segment;
  /** With it, what the file's pending fields were resolved from (ResolutionReads, or undefined). */
  reads?: Segment;
}

const EMPTY_SEGMENT: Segment = { words: new Uint32Array(0), numbers: new Float64Array(0) };

export function encodeSegment(value: unknown, tables: CodecTables): Segment {
  const encoded = encode(value, tables);
  return { words: Uint32Array.from(encoded.words), numbers: Float64Array.from(encoded.numbers) };
}

export function decodeSegment(seg: Segment, tables: CodecTables): unknown {
  return decode(seg.words, 0, seg.words.length, seg.numbers, 0, seg.numbers.length, tables);
}

/** What a cache file holds besides its entries (ScanCache's fields of the same names). */
export interface CacheFileContents {
  tables: CodecTables;
  resolvedFor: string | undefined;
  /** The table sizes recorded as last compacted. */
  compacted: { strings: number; shapes: number };
  /** Whether the paths were re-rooted (the file was written for another root): the file is then out of date. */
  moved: boolean;
}

/**
 * Reads a cache file's bytes, written for `key`, into `entries`; returns why the file cannot be used, or the rest of
 * what it holds. Throws on bytes that do not parse (to the caller, the same as a reason).
 */
export function readCacheFile(bytes: Buffer, key: string, root: string, entries: Map<string, Entry>): string | CacheFileContents {
  if (bytes.length < PREFIX_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) return "not a privacy-lint cache";
  const sizes = readSizes(bytes);
  const layout = sections(sizes);
  if (layout.total !== bytes.length) return "truncated or padded";
  const digest = crypto.createHash("sha1").update(bytes.subarray(PREFIX_BYTES)).digest();
  if (!digest.equals(bytes.subarray(PREFIX_BYTES - 20, PREFIX_BYTES))) return "checksum mismatch";
  const header = JSON.parse(bytes.toString("utf8", PREFIX_BYTES, layout.strings)) as Record<string, unknown>;
  if (header.format !== FORMAT || header.endian !== os.endianness()) return "another format";
  if (header.key !== key) return "another tool version, rules or configuration";
  const { shapes, root: writtenFor, stringCount, resolvedFor, compacted } = header;
  if (typeof writtenFor !== "string" || typeof stringCount !== "number" || !Array.isArray(shapes)) return "malformed header";
  if (resolvedFor !== null && typeof resolvedFor !== "string") return "malformed header";
  // (`__proto__` as a key would set the decoded object's prototype.)
  if (!shapes.every((s) => isStringArray(s) && !s.includes("__proto__"))) return "malformed shapes";
  // NUL-separated (codec strings never hold one): splitting is several times cheaper than JSON.parse of an array.
  const strings = splitText(bytes.toString("utf8", layout.strings, layout.names));
  const names = splitText(bytes.toString("utf8", layout.names, layout.names + sizes.nameBytes));
  if (strings.length !== stringCount || names.length !== sizes.entryCount * 2) return "malformed tables";
  // Typed arrays need 8-byte aligned memory: a large file's Buffer is its own (offset 0); a small one may sit
  // anywhere in a shared pool, and is copied.
  const aligned = bytes.byteOffset % 8 === 0;
  const view = (start: number, length: number) => (aligned ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset + start, bytes.byteOffset + start + length));
  const offset = (start: number) => (aligned ? bytes.byteOffset + start : 0);
  const meta = new Float64Array(view(layout.meta, sizes.entryCount * META * 8), offset(layout.meta), sizes.entryCount * META);
  const words = new Uint32Array(view(layout.words, sizes.wordCount * 4), offset(layout.words), sizes.wordCount);
  const numbers = new Float64Array(view(layout.numbers, sizes.numberCount * 8), offset(layout.numbers), sizes.numberCount);
  for (let i = 0; i < sizes.entryCount; i++) {
    const m = meta.subarray(i * META, (i + 1) * META);
    const [size, mtimeMs, ctimeMs, ino, racy, w0, w1, w2, w3, w4, n0, n1, n2, n3, n4] = m;
    // (Base and project values are at least one word each; the recorded pass's may be none.)
    if (!(0 <= w0 && w0 < w1 && w1 < w2 && w2 <= w3 && w3 <= w4 && w4 <= sizes.wordCount)) return "malformed entry";
    if (!(0 <= n0 && n0 <= n1 && n1 <= n2 && n2 <= n3 && n3 <= n4 && n4 <= sizes.numberCount)) return "malformed entry";
    if (![w0, w1, w2, w3, w4, n0, n1, n2, n3, n4].every(Number.isInteger)) return "malformed entry";
    const stamp: FileStamp = { size, mtimeMs, ctimeMs, ino, hash: names[2 * i + 1], racy: racy !== 0 };
    const segment = (wa: number, wb: number, na: number, nb: number): Segment => ({ words: words.subarray(wa, wb), numbers: numbers.subarray(na, nb) });
    const recorded = w3 > w2 && w4 > w3;
    entries.set(names[2 * i], {
      stamp,
      base: segment(w0, w1, n0, n1),
      project: segment(w1, w2, n1, n2),
      resolved: recorded ? segment(w2, w3, n2, n3) : undefined,
      reads: recorded ? segment(w3, w4, n3, n4) : undefined,
    });
  }
  // A project that moved (or a cache restored elsewhere): its paths are re-rooted, its entries still hold by content.
  const moved = writtenFor !== root;
  if (moved) {
    const from = writtenFor.endsWith(path.sep) ? writtenFor : writtenFor + path.sep;
    const to = root.endsWith(path.sep) ? root : root + path.sep;
    for (let i = 0; i < strings.length; i++) if (strings[i].startsWith(from)) strings[i] = to + strings[i].slice(from.length);
  }
  // (The sizes the tables had when last compacted, which saves since then have grown: see ScanCache.serialise.)
  const [liveStrings, liveShapes] = Array.isArray(compacted) ? compacted : [];
  const size = (n: unknown, max: number) => (Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max ? (n as number) : max);
  return {
    tables: new CodecTables(strings, shapes as string[][]),
    resolvedFor: typeof resolvedFor === "string" ? resolvedFor : undefined,
    compacted: { strings: size(liveStrings, strings.length), shapes: size(liveShapes, shapes.length) },
    moved,
  };
}

/** The entries packed for writing: their data in one run of words and numbers, with the tables it points into. */
export interface PackedEntries {
  strings: string[];
  shapes: string[][];
  /** Each entry's path and content hash, in path order. */
  names: string[];
  /** Each entry's stamp and where its data is (META numbers each). */
  meta: Float64Array;
  words: Uint32Array;
  numbers: Float64Array;
}

/**
 * Packs the entries, in path order, and moves each to its place in the packed words and numbers (so they no longer
 * hold on to the arrays they were read or encoded into). `compact`: the live strings and shapes only, renumbered in
 * the order the words meet them (the entries then point into those tables); else the tables as they are.
 */
export function packEntries(entries: Map<string, Entry>, tables: CodecTables, compact: boolean): PackedEntries {
  const stringIds = new Int32Array(tables.strings.length).fill(-1);
  const shapeIds = new Int32Array(tables.shapes.length).fill(-1);
  const strings: string[] = compact ? [] : tables.strings;
  const shapes: string[][] = compact ? [] : tables.shapes;
  let wordCount = 0;
  let numberCount = 0;
  const rels = [...entries.keys()].sort();
  const segmentsOf = (e: Entry) => [e.base, e.project, e.resolved && e.reads ? e.resolved : EMPTY_SEGMENT, e.resolved && e.reads ? e.reads : EMPTY_SEGMENT];
  for (const rel of rels) {
    for (const seg of segmentsOf(entries.get(rel)!)) {
      wordCount += seg.words.length;
      numberCount += seg.numbers.length;
    }
  }
  const words = new Uint32Array(wordCount);
  const numbers = new Float64Array(numberCount);
  const meta = new Float64Array(rels.length * META);
  const names: string[] = [];
  let w = 0;
  let n = 0;
  rels.forEach((rel, i) => {
    const e = entries.get(rel)!;
    const bounds: number[] = [];
    const moved = segmentsOf(e).map((seg) => {
      const w0 = w;
      const n0 = n;
      if (!compact) {
        words.set(seg.words, w);
        w += seg.words.length;
      }
      for (let k = 0; compact && k < seg.words.length; k++) {
        const word = seg.words[k];
        const tag = word & 7;
        if (tag === 2 || tag === 3) {
          // a string or an object shape: renumbered into the live tables
          const old = (word - tag) / 8;
          const ids = tag === 2 ? stringIds : shapeIds;
          if (ids[old] < 0) ids[old] = tag === 2 ? strings.push(tables.strings[old]) - 1 : shapes.push(tables.shapes[old]) - 1;
          words[w++] = ids[old] * 8 + tag;
        } else {
          words[w++] = word;
        }
      }
      numbers.set(seg.numbers, n);
      n += seg.numbers.length;
      bounds.push(w0, n0);
      return { words: words.subarray(w0, w), numbers: numbers.subarray(n0, n) };
    });
    const s = e.stamp;
    // w0..w4, n0..n4: where each of the four values starts, and where the last one ends.
    meta.set([s.size, s.mtimeMs, s.ctimeMs, s.ino, s.racy ? 1 : 0, bounds[0], bounds[2], bounds[4], bounds[6], w, bounds[1], bounds[3], bounds[5], bounds[7], n], i * META);
    names.push(rel, s.hash);
    e.base = moved[0];
    e.project = moved[1];
    const recorded = e.resolved && e.reads;
    e.resolved = recorded ? moved[2] : undefined;
    e.reads = recorded ? moved[3] : undefined;
  });
  return { strings, shapes, names, meta, words, numbers };
}

/** The bytes of a cache file of these packed entries, for `key` and `root`. */
export function writeCacheFile(packed: PackedEntries, key: string, root: string, resolvedFor: string | undefined, compacted: { strings: number; shapes: number }): Buffer {
  const { strings, shapes, names, meta, words, numbers } = packed;
  const header = Buffer.from(JSON.stringify({ format: FORMAT, key, root, endian: os.endianness(), stringCount: strings.length, shapes, resolvedFor: resolvedFor ?? null, compacted: [compacted.strings, compacted.shapes] }), "utf8");
  const stringText = Buffer.from(strings.join("\0"), "utf8");
  const nameText = Buffer.from(names.join("\0"), "utf8");
  const sizes: Sizes = { headerBytes: header.length, stringBytes: stringText.length, nameBytes: nameText.length, entryCount: names.length / 2, wordCount: words.length, numberCount: numbers.length };
  const layout = sections(sizes);
  const out = Buffer.alloc(layout.total);
  MAGIC.copy(out, 0);
  SIZE_FIELDS.forEach((k, i) => out.writeUInt32LE(sizes[k], 8 + 4 * i));
  header.copy(out, PREFIX_BYTES);
  stringText.copy(out, layout.strings);
  nameText.copy(out, layout.names);
  const bytesOf = (a: Float64Array | Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  bytesOf(meta).copy(out, layout.meta);
  bytesOf(words).copy(out, layout.words);
  bytesOf(numbers).copy(out, layout.numbers);
  crypto.createHash("sha1").update(out.subarray(PREFIX_BYTES)).digest().copy(out, PREFIX_BYTES - 20);
  return out;
}

/** Numbers per entry in the meta section: size, mtimeMs, ctimeMs, ino, racy, word bounds (5), number bounds (5). */
const META = 15;
const SIZE_FIELDS = ["headerBytes", "stringBytes", "nameBytes", "entryCount", "wordCount", "numberCount"] as const;
type Sizes = Record<(typeof SIZE_FIELDS)[number], number>;

function readSizes(bytes: Buffer): Sizes {
  const sizes = {} as Sizes;
  SIZE_FIELDS.forEach((k, i) => (sizes[k] = bytes.readUInt32LE(8 + 4 * i)));
  return sizes;
}

function splitText(text: string): string[] {
  return text.length ? text.split("\0") : [];
}

/** Offsets of the sections of a cache file of these sizes (the typed arrays' 8-byte aligned). */
function sections(sz: Sizes) {
  const strings = PREFIX_BYTES + sz.headerBytes;
  const names = strings + sz.stringBytes;
  const meta = align8(names + sz.nameBytes);
  const words = meta + sz.entryCount * META * 8;
  const numbers = align8(words + sz.wordCount * 4);
  return { strings, names, meta, words, numbers, total: numbers + sz.numberCount * 8 };
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}

export function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === "string");
}
