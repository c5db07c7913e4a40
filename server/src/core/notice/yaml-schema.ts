/**
 * Where things are in privacy-notice.yaml, and its JSON-Schema check: offset <-> line/character conversion, node
 * spans, alias targets and JSON-pointer lookup, plus the ajv validation whose errors are mapped back to the YAML node
 * they concern. Separate from loader.ts, which builds the Notice model, because this is document plumbing that the
 * loader and the quick fixes both rely on, and it neither builds nor reads the model.
 * ajv is loaded with the first notice validated, not with this module.
 */
import type { ErrorObject, ValidateFunction } from "ajv";
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap } from "yaml";
import type { Range } from "../types";
import noticeSchema from "../../../../schemas/privacy-notice.schema.json";
import { PLACEHOLDER } from "./model";

export { noticeSchema };

// ---------------------------------------------------------------------------------------------------------
// Positions

/** Offset <-> 0-based (line, UTF-16 character) conversion. JS string offsets already count UTF-16 units. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      // \r\n counts once; a lone \r is a line break too (YAML treats it so).
      if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  position(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.starts[lo] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  offset(pos: { line: number; character: number }): number {
    const line = Math.max(0, Math.min(pos.line, this.starts.length - 1));
    return Math.min(this.starts[line] + pos.character, this.text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** [start, end) of a node's own text, without the trailing newline/blank lines a block collection includes. */
export function nodeSpan(text: string, node: { range?: [number, number, number] | null }): [number, number] {
  const r = node.range;
  if (!r) return [0, 0];
  let end = r[1];
  while (end > r[0] && /\s/.test(text[end - 1])) end--;
  return [r[0], end];
}

// ---------------------------------------------------------------------------------------------------------
// Schema validation

let compiledSchema: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!compiledSchema) {
    // Loaded on the first notice, not with this module: `inventory` never validates one (ajv takes ~20 ms to load).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Ajv = (require("ajv") as typeof import("ajv")).default;
    // strict: false because draft-07 allows `required` of properties defined elsewhere (anyOf branches).
    const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
    // Annotation keywords the VS Code / Red Hat YAML language service reads; no validation of their own.
    for (const keyword of ["patternErrorMessage", "errorMessage", "markdownDescription"]) ajv.addKeyword(keyword);
    compiledSchema = ajv.compile(noticeSchema);
  }
  return compiledSchema;
}

/**
 * Values the plain copy of a notice may have once aliases are expanded. A notice within MAX_NOTICE_SIZE has far fewer
 * nodes than this; only aliases of aliases (an "alias bomb": ten references to a list of ten references ...) get here,
 * and expanding those would take exponential time and memory.
 */
export const MAX_EXPANDED_VALUES = 200_000;

export class AliasExpansionError extends Error {
  constructor(readonly alias: YamlNode) {
    super("alias expansion too large");
  }
}

const aliasTargets = new WeakMap<Document, Map<unknown, unknown>>();
/**
 * The node an alias stands for. yaml's Alias.resolve walks the whole document on every call, which made a notice of
 * 20,000 aliases take minutes; one document-order walk finds every alias's anchor (the latest one defined before it).
 */
export function resolveAlias(alias: YamlNode, doc: Document): unknown {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<unknown, unknown>();
    const anchors = new Map<string, unknown>();
    visit(doc, {
      Node(_, node) {
        if (isAlias(node)) found.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
    aliasTargets.set(doc, (targets = found));
  }
  return targets.get(alias);
}

/** Plain data for the validator. Unlike Document.toJS, a duplicated key keeps its FIRST value, as the model does. */
function toPlain(node: unknown, doc: Document, budget = { left: MAX_EXPANDED_VALUES }, viaAlias?: YamlNode): unknown {
  if (--budget.left < 0) throw new AliasExpansionError(viaAlias ?? (node as YamlNode));
  if (isAlias(node)) return toPlain(resolveAlias(node, doc), doc, budget, viaAlias ?? node);
  if (isScalar(node)) return node.value;
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!(key in out)) out[key] = toPlain(pair.value, doc, budget, viaAlias);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item, doc, budget, viaAlias));
  return node ?? null;
}

function decodePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

interface Located {
  node?: YamlNode | null;
  /** The mapping key the node is the value of, when it is one. */
  key?: YamlNode | null;
}

function locate(root: YamlNode | null, segments: string[]): Located {
  let current: Located = { node: root };
  for (const seg of segments) {
    const node = current.node;
    if (isMap(node)) {
      const pair = findPair(node, seg);
      if (!pair) return current;
      current = { node: pair.value as YamlNode | null, key: pair.key as YamlNode };
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return current;
      current = { node: item as YamlNode };
    } else {
      return current;
    }
  }
  return current;
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key);
}

const TYPE_WORDS: Record<string, string> = {
  object: "a mapping",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "empty",
};

function describePath(segments: string[]): string {
  if (segments.length === 0) return "the notice";
  let out = "";
  for (const seg of segments) out += /^\d+$/.test(seg) ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

/** Closest candidate by edit distance, for "did you mean" on keys and enum values. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

export interface SchemaProblem {
  message: string;
  span: [number, number];
}

export function schemaProblems(doc: Document.Parsed, text: string): SchemaProblem[] {
  const validate = schemaValidator();
  if (validate(toPlain(doc.contents, doc))) return [];
  const errors = (validate.errors ?? []) as (ErrorObject & { propertyName?: string })[];
  // anyOf branches each report why they failed; the anyOf error (with its errorMessage) says it better.
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.instancePath}|${e.schemaPath}/`);
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "if") continue; // if/then/else: the branch taken reports the real error
    if (anyOfPaths.some((p) => `${e.instancePath}|${e.schemaPath}`.startsWith(p))) continue;
    if (e.propertyName !== undefined) continue; // inner error of propertyNames; the outer one is reported
    const segments = decodePointer(e.instancePath);
    if (segments[0] === "version" && segments.length === 1) continue; // checked separately, with a better message
    const where = describePath(segments);
    const label = segments.length ? where : "the notice";
    const located = locate(doc.contents, segments);
    const parent = e.parentSchema as Record<string, unknown> | undefined;
    let target: YamlNode | null | undefined = located.node ?? located.key;
    let message: string;
    switch (e.keyword) {
      case "required": {
        const missing = (e.params as { missingProperty: string }).missingProperty;
        message = `${label} is missing "${missing}"`;
        target = located.key ?? located.node; // point at the entry's key, not its whole body
        break;
      }
      case "additionalProperties": {
        const extra = (e.params as { additionalProperty: string }).additionalProperty;
        const allowed = Object.keys((parent?.properties as object) ?? {});
        const suggestion = closest(extra, allowed);
        message = `Unknown key "${extra}" in ${label}${suggestion ? ` — did you mean "${suggestion}"?` : ` (allowed: ${allowed.join(", ")})`}`;
        // The classic flow-mapping trap: `{ reason: a, b }` splits the text at the comma.
        if (isMap(located.node) && located.node.flow && /\s/.test(extra)) message += "; a comma inside { } ends a value: put text with commas in quotes";
        if (isMap(located.node)) target = (findPair(located.node, extra)?.key as YamlNode) ?? target;
        break;
      }
      case "propertyNames": {
        const name = (e.params as { propertyName: string }).propertyName;
        const names = parent?.propertyNames as { patternErrorMessage?: string } | undefined;
        message = `"${name}" in ${label}: ${names?.patternErrorMessage ?? "invalid key"}`;
        if (isMap(located.node)) target = (findPair(located.node, name)?.key as YamlNode) ?? target;
        break;
      }
      case "enum": {
        const allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).filter((v) => v !== PLACEHOLDER).map(String);
        const suggestion = typeof e.data === "string" ? closest(e.data, allowed) : undefined;
        message = `${label} must be one of: ${allowed.join(", ")}${suggestion ? ` — did you mean "${suggestion}"?` : ""}`;
        break;
      }
      case "type": {
        const types = ([] as string[]).concat((e.params as { type: string | string[] }).type).filter((t) => t !== "null");
        message = `${label} must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(" or ")}`;
        break;
      }
      case "pattern":
        message = (parent?.patternErrorMessage as string | undefined) ?? `${label} is not in the expected format`;
        break;
      case "minLength":
        message = `${label} must not be empty`;
        break;
      case "minItems":
        message = `${label} must list at least one item`;
        break;
      case "uniqueItems":
        message = `${label} lists the same value twice`;
        break;
      case "anyOf":
        message = `${label}: ${(parent?.errorMessage as string | undefined) ?? "does not match any allowed form"}`;
        target = located.key ?? located.node;
        break;
      default:
        message = `${label} ${e.message ?? "is invalid"}`;
    }
    const span = target ? nodeSpan(text, target) : ([0, 0] as [number, number]);
    const id = `${span[0]}:${span[1]}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ message, span });
  }
  return out;
}
