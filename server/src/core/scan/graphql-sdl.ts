/**
 * GraphQL type definitions written in a file's template literals (`gql\`type User { email: String! }\``, Apollo's
 * `#graphql` strings, a Redwood `*.sdl.ts`): their object and input types' fields, and the arguments of their fields
 * (`customersAdd(email: String): Customer`), read as fields like an interface's. A small reader, not a GraphQL parser:
 * enough for names, scalar types, lists, enums and references to other types.
 */
import type { ValueKind } from "../classify/rules";

export interface SdlField {
  name: string;
  /** Offset of the name in the file. */
  start: number;
  /** The type's name (`String`, `Address`), without list brackets and `!`. */
  type: string;
  list: boolean;
  /** The field's arguments (`user(email: String!): User`), when it has any. */
  args?: SdlField[];
}

export interface SdlType {
  name: string;
  keyword: "type" | "input" | "interface";
  fields: SdlField[];
}

/** A type or an enum the definitions declare, for the file's summary (what fields typed by it elsewhere hold). */
export interface SdlDeclaration {
  name: string;
  members: string[];
  enum: boolean;
}

export interface SdlDocument {
  types: SdlType[];
  enums: Set<string>;
}

/** A type block's start: `type User {`, `input CustomerInput {`, `type Query implements Node @key(fields: "id") {`. */
const BLOCK_HINT = /(?:^|[\s}])(?:type|input|interface)\s+[A-Z_]\w*(?:\s+implements\s+[\w\s&,]+?)?(?:\s*@\w+(?:\([^)]*\))?)*\s*\{/;

/** Whether `text` holds a `{` between `start` and `end` (a bounded search: templates are many, braces after them few). */
export function hasBrace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 123) return true;
  return false;
}

/** Whether a template's text may define GraphQL types (cheap test before reading it; callers look for a brace first). */
export function mayHoldSdl(text: string): boolean {
  return BLOCK_HINT.test(text);
}

/** What a GraphQL scalar holds; undefined for a name that is not a built-in or common custom scalar. */
const SCALARS: Record<string, ValueKind> = Object.assign(Object.create(null), {
  String: "string",
  ID: "string",
  Int: "number",
  Float: "number",
  BigInt: "number",
  Long: "number",
  Decimal: "number",
  Boolean: "boolean",
  Date: "date",
  DateTime: "date",
  Time: "date",
  Timestamp: "date",
  JSON: "unknown",
  JSONObject: "unknown",
  Upload: "unknown",
  Any: "unknown",
});

/** The kind a field's type gives, with `enums` the document's own; undefined: a reference to another type. */
export function sdlKind(type: string, enums: ReadonlySet<string>): ValueKind | undefined {
  if (SCALARS[type]) return SCALARS[type];
  if (enums.has(type)) return "enum";
  return undefined;
}

/**
 * Reads the type definitions in `text`, whose character i is at offset `base + i` of the file. Blanks stand for the
 * parts that are not the template's own text (its `${...}` substitutions).
 */
export function readSdl(text: string, base: number): SdlDocument {
  const types: SdlType[] = [];
  const enums = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    i = skipIgnored(text, i);
    if (i >= n) break;
    const word = readName(text, i);
    if (!word) {
      i = text.charCodeAt(i) === 123 /* { */ ? skipBalanced(text, i, 123, 125) : i + 1;
      continue;
    }
    i += word.length;
    if (word === "extend") continue;
    if (word !== "type" && word !== "input" && word !== "interface" && word !== "enum") continue;
    i = skipIgnored(text, i);
    const name = readName(text, i);
    if (!name) continue;
    i += name.length;
    // Past `implements A & B` and directives, to the block's `{` (a type without a body has none before the next keyword).
    let open = i;
    while (open < n && text.charCodeAt(open) !== 123 && text.charCodeAt(open) !== 125) {
      const c = text.charCodeAt(open);
      if (c === 40 /* ( */) open = skipBalanced(text, open, 40, 41);
      else if (c === 34 /* " */ || c === 35 /* # */) open = skipIgnored(text, open);
      else if (isNameStart(c) && /^(?:type|input|interface|enum|scalar|union|schema|extend|directive)$/.test(readName(text, open))) break;
      else open++;
    }
    if (text.charCodeAt(open) !== 123) {
      i = open;
      continue;
    }
    if (word === "enum") {
      enums.add(name);
      i = skipBalanced(text, open, 123, 125);
      continue;
    }
    const { fields, end } = readFields(text, open + 1, base, 125 /* } */);
    types.push({ name, keyword: word, fields });
    i = end;
  }
  return { types, enums };
}

/** Fields (or arguments, up to `close`) from `i` on: `name(args): Type @directive`, separated by space or commas. */
function readFields(text: string, i: number, base: number, close: number): { fields: SdlField[]; end: number } {
  const fields: SdlField[] = [];
  const n = text.length;
  while (i < n) {
    i = skipIgnored(text, i);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === close) return { fields, end: i + 1 };
    if (c === 44 /* , */) {
      i++;
      continue;
    }
    const name = readName(text, i);
    if (!name) {
      // Something this reader does not know (a substitution's blank, a stray token): step over it.
      i = c === 123 ? skipBalanced(text, i, 123, 125) : c === 40 ? skipBalanced(text, i, 40, 41) : i + 1;
      continue;
    }
    const start = i;
    i += name.length;
    i = skipIgnored(text, i);
    let args: SdlField[] | undefined;
    if (text.charCodeAt(i) === 40 /* ( */) {
      const read = readFields(text, i + 1, base, 41 /* ) */);
      args = read.fields;
      i = skipIgnored(text, read.end);
    }
    if (text.charCodeAt(i) !== 58 /* : */) continue;
    i = skipIgnored(text, i + 1);
    let list = false;
    while (text.charCodeAt(i) === 91 /* [ */) {
      list = true;
      i = skipIgnored(text, i + 1);
    }
    const type = readName(text, i);
    if (!type) continue;
    i += type.length;
    // `!`, `]`, a default value (`= 10`), directives: up to the next field.
    while (i < n) {
      i = skipIgnored(text, i);
      const d = text.charCodeAt(i);
      if (d === 33 /* ! */ || d === 93 /* ] */) i++;
      else if (d === 61 /* = */) i = skipDefault(text, i + 1);
      else if (d === 64 /* @ */) {
        i += 1 + readName(text, i + 1).length;
        if (text.charCodeAt(skipIgnored(text, i)) === 40) i = skipBalanced(text, skipIgnored(text, i), 40, 41);
      } else break;
    }
    fields.push({ name, start: base + start, type, list, ...(args?.length ? { args } : {}) });
  }
  return { fields, end: n };
}

function skipDefault(text: string, i: number): number {
  i = skipIgnored(text, i);
  const c = text.charCodeAt(i);
  if (c === 91) return skipBalanced(text, i, 91, 93);
  if (c === 123) return skipBalanced(text, i, 123, 125);
  if (c === 34) return skipIgnored(text, i);
  while (i < text.length && /[\w.+-]/.test(text[i])) i++;
  return i;
}

/** Past white space, commas' neighbours, `#` comments and description strings (`"..."`, `"""..."""`). */
function skipIgnored(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else if (c === 35 /* # */) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
    } else if (c === 34 /* " */) {
      if (text.startsWith('"""', i)) {
        const end = text.indexOf('"""', i + 3);
        i = end < 0 ? n : end + 3;
      } else {
        i++;
        while (i < n && text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 10) i += text.charCodeAt(i) === 92 ? 2 : 1;
        i++;
      }
    } else break;
  }
  return i;
}

/** From an opening bracket to just past its match (strings and comments skipped). */
function skipBalanced(text: string, i: number, open: number, close: number): number {
  let depth = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 35) {
      i = skipIgnored(text, i);
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i + 1;
    i++;
  }
  return n;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function readName(text: string, i: number): string {
  if (!isNameStart(text.charCodeAt(i))) return "";
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isNameStart(c) || (c >= 48 && c <= 57)) j++;
    else break;
  }
  return text.slice(i, j);
}
