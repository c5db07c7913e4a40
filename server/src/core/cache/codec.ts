/**
 * A compact encoding of plain data (objects, arrays, Maps, strings, numbers, booleans, null, undefined) for the scan
 * cache. Generic, so any field a scan result grows rides along, but much cheaper to load than JSON or v8.serialize:
 * those spell out every string in full, and scan results repeat the same strings (file paths, evidence, categories)
 * tens of thousands of times. Measured on the bench corpus (5,600 files, 25,700 findings): 19-20 MB and ~300 ms to
 * load as JSON or v8 data.
 *
 * Here every distinct string and every distinct object shape (its keys, in order) is stored once, in tables shared
 * by all files; a file's result is a run of 32-bit words (tag in the low 3 bits, operand above) plus its non-small
 * numbers. Object key order is kept, so output built from a decoded result is byte-identical. Shared objects stay
 * shared (back-references), as structured cloning between threads keeps them; cyclic values are refused.
 */

const TAG_BITS = 3;
const TAG_MASK = (1 << TAG_BITS) - 1;
/** Operands are unsigned and must fit beside the tag. */
const MAX_OPERAND = 2 ** (32 - TAG_BITS) - 1;

const INT = 0; // operand: a small non-negative integer
const NUM = 1; // next number of the number stream
const STR = 2; // operand: string index
const OBJ = 3; // operand: shape index; the values follow in the shape's key order
const ARR = 4; // operand: length; the items follow
const MAP = 5; // operand: size; key, value pairs follow
const CONST = 6; // operand: 0 undefined, 1 null, 2 false, 3 true
const REF = 7; // operand: index of an object already decoded (in decoding order)

/** Thrown for a value the codec does not take (class instances, functions, symbols, bigints, Sets). */
export class UnencodableError extends Error {}

/** String and shape tables shared by every encoded value; only ever appended to, so old encodings stay valid. */
export class CodecTables {
  readonly strings: string[];
  readonly shapes: string[][];
  private stringIds: Map<string, number> | undefined;
  private shapeIds: Map<string, number> | undefined;

  constructor(strings: string[] = [], shapes: string[][] = []) {
    this.strings = strings;
    this.shapes = shapes;
  }

  /** Index of a string, added when new. (The index maps are built only when something is encoded.) */
  string(s: string): number {
    if (s.includes("\0")) throw new UnencodableError("cannot cache a string with a NUL character"); // the table's separator
    if (!this.stringIds) this.stringIds = new Map(this.strings.map((x, i) => [x, i]));
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.push(s) - 1;
      this.stringIds.set(s, id);
    }
    return id;
  }

  shape(keys: string[]): number {
    if (!this.shapeIds) this.shapeIds = new Map(this.shapes.map((k, i) => [k.join("\0"), i]));
    const key = keys.join("\0");
    let id = this.shapeIds.get(key);
    if (id === undefined) {
      id = this.shapes.push(keys) - 1;
      this.shapeIds.set(key, id);
    }
    return id;
  }
}

export interface Encoded {
  words: number[];
  numbers: number[];
}

/** Encodes one value; throws UnencodableError for data that is not plain. */
export function encode(value: unknown, tables: CodecTables): Encoded {
  const words: number[] = [];
  const numbers: number[] = [];
  const seen = new Map<object, number>();
  const open = new Set<object>();
  const op = (tag: number, operand: number) => {
    if (operand > MAX_OPERAND) throw new UnencodableError("value too large for the cache");
    words.push(operand * (1 << TAG_BITS) + tag);
  };
  const put = (v: unknown): void => {
    switch (typeof v) {
      case "string":
        return op(STR, tables.string(v));
      case "number":
        if (Number.isInteger(v) && v >= 0 && v <= MAX_OPERAND && !Object.is(v, -0)) return op(INT, v);
        numbers.push(v);
        return op(NUM, 0);
      case "boolean":
        return op(CONST, v ? 3 : 2);
      case "undefined":
        return op(CONST, 0);
      case "object": {
        if (v === null) return op(CONST, 1);
        const ref = seen.get(v);
        if (ref !== undefined) {
          // The decoder builds an object after its members, so a cycle cannot be rebuilt (none occurs in results).
          if (open.has(v)) throw new UnencodableError("cannot cache a cyclic value");
          return op(REF, ref);
        }
        seen.set(v, seen.size);
        open.add(v);
        if (Array.isArray(v)) {
          op(ARR, v.length);
          for (let i = 0; i < v.length; i++) put(v[i]);
        } else if (v instanceof Map) {
          op(MAP, v.size);
          for (const [k, x] of v) put(k), put(x);
        } else {
          const proto = Object.getPrototypeOf(v);
          if (proto !== Object.prototype && proto !== null) throw new UnencodableError(`cannot cache a ${proto?.constructor?.name ?? "non-plain"} object`);
          const keys = Object.keys(v);
          if (keys.includes("__proto__")) throw new UnencodableError("cannot cache a __proto__ key");
          op(OBJ, tables.shape(keys));
          for (const k of keys) put((v as Record<string, unknown>)[k]);
        }
        open.delete(v);
        return;
      }
      default:
        throw new UnencodableError(`cannot cache a ${typeof v}`);
    }
  };
  put(value);
  return { words, numbers };
}

const PENDING = Object.freeze({});

/** Thrown for words that do not decode (a damaged cache). */
export class DecodeError extends Error {}

/**
 * Decodes the value that starts at `words[start]` (its numbers from `numbers[numStart]`); it must end exactly at
 * `end` and `numEnd`, else the data is damaged. Every index is bounds-checked: damaged data throws, never loops.
 */
export function decode(words: Uint32Array, start: number, end: number, numbers: Float64Array, numStart: number, numEnd: number, tables: CodecTables): unknown {
  let w = start;
  let n = numStart;
  const objects: object[] = [];
  const { strings, shapes } = tables;
  const read = (): unknown => {
    if (w >= end) throw new DecodeError("truncated value");
    const word = words[w++];
    const tag = word & TAG_MASK;
    const operand = word >>> TAG_BITS;
    switch (tag) {
      case INT:
        return operand;
      case NUM:
        if (n >= numEnd) throw new DecodeError("number out of range");
        return numbers[n++];
      case STR:
        if (operand >= strings.length) throw new DecodeError("string out of range");
        return strings[operand];
      case OBJ: {
        const keys = shapes[operand];
        if (!keys) throw new DecodeError("shape out of range");
        const o: Record<string, unknown> = {};
        // Numbered before its members, as the encoder did (a member may refer to an earlier object, never to this one).
        const at = objects.push(PENDING) - 1;
        for (let i = 0; i < keys.length; i++) o[keys[i]] = read();
        return (objects[at] = o);
      }
      case ARR: {
        if (operand > end - w) throw new DecodeError("array longer than its data");
        const at = objects.push(PENDING) - 1;
        const a: unknown[] = [];
        for (let i = 0; i < operand; i++) a.push(read());
        return (objects[at] = a);
      }
      case MAP: {
        if (operand * 2 > end - w) throw new DecodeError("map larger than its data");
        const at = objects.push(PENDING) - 1;
        const m = new Map<unknown, unknown>();
        for (let i = 0; i < operand; i++) {
          const k = read();
          m.set(k, read());
        }
        return (objects[at] = m);
      }
      case CONST:
        if (operand > 3) throw new DecodeError("bad constant");
        return operand === 0 ? undefined : operand === 1 ? null : operand === 3;
      default: // REF
        if (operand >= objects.length || objects[operand] === PENDING) throw new DecodeError("bad reference");
        return objects[operand];
    }
  };
  const value = read();
  if (w !== end || n !== numEnd) throw new DecodeError("value does not end where recorded");
  return value;
}
