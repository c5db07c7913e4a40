/**
 * Reads privacy-notice.yaml into the Notice model and reports every problem at once, each with the precise
 * range of the YAML node involved: syntax errors, duplicate keys, schema violations (via ajv, mapped from the
 * instance path back to the node), unknown category keys (with a suggestion), bad custom categories and
 * undefined recipients. A notice with problems is still returned when it is usable, so one typo does not
 * turn every field in the code into an "undeclared" finding.
 */
import * as fs from "fs";
import * as path from "path";
import type { ErrorObject, ValidateFunction } from "ajv";
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap } from "yaml";
import type { CheckDiagnostic, Range } from "../types";
import { TaxonomyError, type Taxonomy } from "../classify/taxonomy";
import { globProblem } from "../scan/globs";
import noticeSchema from "../../../../schemas/privacy-notice.schema.json";
import { makeDiagnostic, type CheckId, type SeverityOverrides } from "./checks";
import {
  NOTICE_FILE_NAMES,
  PLACEHOLDER,
  SUPPORTED_NOTICE_VERSION,
  type CategoryDeclaration,
  type CustomCategoryDeclaration,
  type Exemption,
  type NameRef,
  type Notice,
  type NoticeLoadResult,
  type Organisation,
  type Placeholder,
  type PurposeDeclaration,
  type RecipientDeclaration,
  type Retention,
  type RetentionEvent,
  type RetentionRule,
} from "./model";

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
// Finding the notice

/**
 * The nearest privacy-notice.yaml (or .yml) in the source file's folder or its ancestors, up to and including
 * the workspace root. Undefined when there is none or the file is outside the root.
 */
export function findNoticeFor(
  sourceFile: string,
  workspaceRoot: string,
  exists: (p: string) => boolean = (p) => fs.existsSync(p),
): string | undefined {
  const root = path.resolve(workspaceRoot);
  let dir = path.dirname(path.resolve(sourceFile));
  const inside = (d: string) => {
    const rel = path.relative(root, d);
    return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  };
  while (inside(dir)) {
    for (const name of NOTICE_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (exists(candidate)) return candidate;
    }
    if (dir === root) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
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
const MAX_EXPANDED_VALUES = 200_000;

class AliasExpansionError extends Error {
  constructor(readonly alias: YamlNode) {
    super("alias expansion too large");
  }
}

const aliasTargets = new WeakMap<Document, Map<unknown, unknown>>();
/**
 * The node an alias stands for. yaml's Alias.resolve walks the whole document on every call, which made a notice of
 * 20,000 aliases take minutes; one document-order walk finds every alias's anchor (the latest one defined before it).
 */
function resolveAlias(alias: YamlNode, doc: Document): unknown {
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

function findPair(map: YAMLMap, key: string): Pair | undefined {
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
function closest(value: string, candidates: readonly string[]): string | undefined {
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

interface SchemaProblem {
  message: string;
  span: [number, number];
}

function schemaProblems(doc: Document.Parsed, text: string): SchemaProblem[] {
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

// ---------------------------------------------------------------------------------------------------------
// The loader

/** Characters. The largest seed notice is under 6 KB; this leaves room for 40 times that. */
export const MAX_NOTICE_SIZE = 256 * 1024;

export interface LoadOptions {
  severities?: SeverityOverrides;
}

export function loadNotice(text: string, file: string, taxonomy: Taxonomy, options: LoadOptions = {}): NoticeLoadResult {
  // Checked before anything walks the text (even the line index).
  if (text.length > MAX_NOTICE_SIZE) {
    // The YAML parser's time grows faster than linearly with a mapping's size: refuse rather than hang the editor.
    const d = makeDiagnostic("notice-syntax", options.severities, {
      file,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `The notice is ${text.length} characters long, over the limit of ${MAX_NOTICE_SIZE}: privacy-lint does not read it (a real notice is a few KB; is this the right file?)`,
    });
    return { problems: d ? [d] : [] };
  }

  const lines = new LineIndex(text);
  const problems: CheckDiagnostic[] = [];
  const report = (id: CheckId, span: [number, number], message: string, severity?: "warning") => {
    const d = makeDiagnostic(id, options.severities, { file, range: lines.range(span[0], span[1]), message });
    if (d) problems.push(severity && d.severity === "error" ? { ...d, severity } : d);
  };

  // uniqueKeys is checked below: the parser's own check compares every key with every earlier one (quadratic).
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true });

  // 1. YAML syntax. Duplicate keys are reported but not fatal: the first entry wins.
  for (const keyNode of duplicateKeys(doc)) {
    const span = nodeSpan(text, keyNode);
    report("notice-syntax", span, `Duplicate key "${text.slice(span[0], span[1])}": only its first entry is used; merge the two`);
  }
  let fatal = false;
  for (const err of doc.errors) {
    fatal = true;
    // The parser recurses per nesting level; it turns a stack overflow into an error whose text says nothing useful.
    const message = /Maximum call stack/i.test(err.message) ? "the YAML is nested too deeply to be read" : err.message;
    report("notice-syntax", widen(text, err.pos), `YAML syntax error: ${message}`);
  }
  for (const warning of doc.warnings) report("notice-syntax", widen(text, warning.pos), `YAML: ${warning.message}`, "warning");
  if (fatal) return { problems };

  const root = doc.contents;
  if (!isMap(root)) {
    const span: [number, number] = root ? nodeSpan(text, root) : [0, 0];
    report("notice-schema", span, root ? "The notice must be a mapping with version, organisation and categories" : "The notice is empty: it needs version, organisation and categories");
    return { problems };
  }

  // 2. Version: an unknown version means the rest cannot be interpreted.
  const versionPair = findPair(root, "version");
  let version = SUPPORTED_NOTICE_VERSION;
  if (!versionPair) {
    report("notice-schema", [0, 0], `The notice is missing "version: ${SUPPORTED_NOTICE_VERSION}"; reading it as version ${SUPPORTED_NOTICE_VERSION}`);
  } else {
    const value = isScalar(versionPair.value) ? versionPair.value.value : undefined;
    if (value !== SUPPORTED_NOTICE_VERSION) {
      const span = versionPair.value ? nodeSpan(text, versionPair.value as YamlNode) : nodeSpan(text, versionPair.key as YamlNode);
      report("notice-schema", span, `Unsupported notice version ${JSON.stringify(value ?? null)}: this privacy-lint reads version ${SUPPORTED_NOTICE_VERSION}`);
      return { problems };
    }
    version = value;
  }

  // 3. Schema.
  try {
    for (const p of schemaProblems(doc, text)) report("notice-schema", p.span, p.message);
  } catch (err) {
    if (!(err instanceof AliasExpansionError)) throw err;
    report("notice-syntax", nodeSpan(text, err.alias), `Aliases here expand to more than ${MAX_EXPANDED_VALUES} values (an alias bomb?): the notice is not read`);
    return { problems };
  }

  // 4. The model, read defensively: a value of the wrong type was reported above and is skipped here.
  const range = (node: unknown): Range => {
    const [s, e] = nodeSpan(text, node as YamlNode);
    return lines.range(s, e);
  };
  // Anchors and aliases (`retention: *standard`) read as the node they point to.
  const deref = (n: unknown): unknown => (isAlias(n) ? resolveAlias(n, doc) : n);
  const str = (map: YAMLMap | undefined, key: string): string | undefined => {
    const v = deref(map ? findPair(map, key)?.value : undefined);
    return isScalar(v) && (typeof v.value === "string" || typeof v.value === "number") ? String(v.value) : undefined;
  };
  const strList = (raw: unknown): NameRef[] => {
    const node = deref(raw);
    return isSeq(node)
      ? node.items.filter((i) => isScalar(i) && i.value !== null && typeof i.value !== "object").map((i) => ({ name: String((i as { value: unknown }).value), range: range(i) }))
      : [];
  };
  const mapOf = (key: string): YAMLMap | undefined => {
    const v = deref(findPair(root, key)?.value);
    return isMap(v) ? v : undefined;
  };
  const keyName = (pair: Pair) => String(isScalar(pair.key) ? pair.key.value : pair.key);
  const firstPairs = (map: YAMLMap | undefined): Pair[] => {
    const seen = new Set<string>();
    return (map?.items ?? []).filter((p) => {
      const k = keyName(p);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };

  const orgNode = mapOf("organisation");
  const organisation: Organisation | undefined = orgNode
    ? {
        controller: str(orgNode, "controller"),
        contact: str(orgNode, "contact"),
        dpo: str(orgNode, "dpo"),
        representative: str(orgNode, "representative"),
        noticeUrl: str(orgNode, "notice_url"),
        updated: str(orgNode, "updated"),
        range: range(findPair(root, "organisation")!.key),
      }
    : undefined;

  const recipients = new Map<string, RecipientDeclaration>();
  for (const pair of firstPairs(mapOf("recipients"))) {
    const value = deref(pair.value);
    const v = isMap(value) ? value : undefined;
    const sold = v ? findPair(v, "sold")?.value : undefined;
    recipients.set(keyName(pair), {
      name: keyName(pair),
      kind: str(v, "kind") as RecipientDeclaration["kind"],
      description: str(v, "description"),
      country: str(v, "country"),
      safeguards: str(v, "safeguards"),
      sold: isScalar(sold) && sold.value === true,
      url: str(v, "url"),
      range: range(pair.key),
    });
  }

  const basesOf = (raw: unknown): string[] => {
    const node = deref(raw);
    if (isScalar(node) && typeof node.value === "string") return [node.value];
    if (isSeq(node)) return node.items.filter((i) => isScalar(i) && typeof i.value === "string").map((i) => String((i as { value: unknown }).value));
    return [];
  };

  const purposes = new Map<string, PurposeDeclaration>();
  for (const pair of firstPairs(mapOf("purposes"))) {
    const value = deref(pair.value);
    const v = isMap(value) ? value : undefined;
    purposes.set(keyName(pair), {
      name: keyName(pair),
      description: str(v, "description"),
      bases: basesOf(v ? findPair(v, "basis")?.value : undefined),
      range: range(pair.key),
    });
  }

  // Custom categories first: they extend the taxonomy the category keys are checked against.
  const customCategories: CustomCategoryDeclaration[] = [];
  const customNode = findPair(root, "custom_categories")?.value;
  if (isSeq(customNode)) {
    for (const item of customNode.items) {
      if (!isMap(item)) continue;
      const key = str(item, "key");
      const parent = str(item, "parent");
      if (!key || !parent) continue;
      const special = str(item, "special");
      customCategories.push({
        key,
        parent,
        name: str(item, "name"),
        description: str(item, "description"),
        special: special === "art9" || special === "art10" ? special : undefined,
        range: range(findPair(item, "key")!.value),
      });
    }
  }
  const extendedTaxonomy = extendTaxonomy(taxonomy, customCategories, (decl, message) =>
    report("unknown-category", offsetsOf(lines, decl.range), message),
  );

  const categories: CategoryDeclaration[] = [];
  const categoriesPair = findPair(root, "categories");
  for (const pair of firstPairs(isMap(categoriesPair?.value) ? categoriesPair.value : undefined)) {
    const key = keyName(pair);
    const value = deref(pair.value);
    const v = isMap(value) ? value : undefined;
    const get = (k: string) => (v ? findPair(v, k) : undefined);
    const known = extendedTaxonomy.has(key);
    const keySpan = nodeSpan(text, pair.key as YamlNode);
    if (!known) {
      const suggestion = extendedTaxonomy.suggest(key);
      report(
        "unknown-category",
        keySpan,
        `Unknown data category "${key}"${suggestion ? ` — did you mean "${suggestion}"?` : ""} (define project-specific categories under custom_categories:)`,
      );
    }
    const basisPair = get("basis");
    const conditionPair = get("condition");
    const recipientRefs = strList(get("recipients")?.value);
    for (const ref of recipientRefs) {
      if (recipients.has(ref.name)) continue;
      const suggestion = closest(ref.name, [...recipients.keys()]);
      report(
        "undefined-recipient",
        offsetsOf(lines, ref.range),
        `Recipient "${ref.name}" of ${key} is not defined under recipients:${suggestion ? ` — did you mean "${suggestion}"?` : ""}`,
      );
    }
    const entryStart = keySpan[0];
    const entryEnd = pair.value ? nodeSpan(text, pair.value as YamlNode)[1] : keySpan[1];
    categories.push({
      key,
      range: lines.range(keySpan[0], keySpan[1]),
      entryRange: lines.range(entryStart, Math.max(entryEnd, keySpan[1])),
      description: str(v, "description"),
      purposes: strList(get("purposes")?.value),
      bases: basesOf(basisPair?.value),
      basisRange: basisPair?.value ? range(basisPair.value) : undefined,
      condition: str(v, "condition"),
      conditionRange: conditionPair?.value ? range(conditionPair.value) : undefined,
      retention: readRetention(deref(get("retention")?.value), range, deref),
      recipients: recipientRefs,
      sources: strList(get("sources")?.value).map((r) => r.name),
      known,
    });
  }

  const exemptions: Exemption[] = [];
  const exemptionsNode = findPair(root, "exemptions")?.value;
  if (isSeq(exemptionsNode)) {
    for (const item of exemptionsNode.items) {
      if (!isMap(item)) continue;
      const reason = str(item, "reason");
      const field = str(item, "field");
      const glob = str(item, "path");
      const globIssue = glob !== undefined ? globProblem(glob) : undefined;
      if (globIssue) report("notice-schema", nodeSpan(text, findPair(item, "path")!.value as YamlNode), `Exemption path "${glob!.slice(0, 80)}" ${globIssue}`);
      if (!reason || (!field && !glob)) continue; // reported by the schema; a half exemption must not silence anything
      exemptions.push({ field, path: glob, category: str(item, "category"), reason, range: range(item) });
    }
  }

  const notice: Notice = {
    file,
    text,
    document: doc,
    version,
    organisation,
    recipients,
    purposes,
    categories,
    customCategories,
    exemptions,
    placeholders: collectPlaceholders(doc, range),
    taxonomy: extendedTaxonomy,
    categoriesRange: categoriesPair ? range(categoriesPair.key) : lines.range(0, 0),
  };
  return { notice, problems };
}

function offsetsOf(lines: LineIndex, r: Range): [number, number] {
  return [lines.offset(r.start), lines.offset(r.end)];
}

/** A zero-width error position becomes one character wide (so editors can show it), within the line. */
function widen(text: string, pos: [number, number]): [number, number] {
  const [start, end] = pos;
  if (end > start) return [start, end];
  if (start < text.length && text[start] !== "\n" && text[start] !== "\r") return [start, start + 1];
  return [start, start];
}

/** Keys repeated in the same mapping (the scalar equality yaml's uniqueKeys uses), in document order; one pass. */
function duplicateKeys(doc: Document): YamlNode[] {
  const out: YamlNode[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const id = `${typeof pair.key.value}:${String(pair.key.value)}`;
        if (seen.has(id)) out.push(pair.key);
        else seen.add(id);
      }
    },
  });
  return out.sort((a, b) => a.range![0] - b.range![0]);
}

/** Adds custom categories one by one so that each bad one is reported at its own line and the rest still apply. */
function extendTaxonomy(
  base: Taxonomy,
  custom: CustomCategoryDeclaration[],
  onError: (decl: CustomCategoryDeclaration, message: string) => void,
): Taxonomy {
  let pending = [...custom];
  for (;;) {
    if (pending.length === 0) return base;
    try {
      return base.withCustom(pending.map(({ key, parent, name, description, special }) => ({ key, parent, name, description, special })));
    } catch (err) {
      if (!(err instanceof TaxonomyError)) throw err;
      const bad = pending.find((c) => c.key === err.key) ?? pending[0];
      onError(bad, err.message);
      pending = pending.filter((c) => c !== bad);
    }
  }
}

function readRetention(node: unknown, range: (n: unknown) => Range, deref: (n: unknown) => unknown = (n) => n): Retention | undefined {
  if (node === undefined || node === null) return undefined;
  if (isScalar(node)) {
    if (node.value === null) return undefined;
    return { kind: "text", text: String(node.value), range: range(node) };
  }
  const readRule = (raw: unknown): RetentionRule | undefined => {
    const n = deref(raw);
    if (!isMap(n)) return undefined;
    const get = (k: string) => {
      const v = deref(findPair(n, k)?.value);
      return isScalar(v) && v.value !== null ? String(v.value) : undefined;
    };
    const then = get("then");
    const rule: RetentionRule = {
      period: get("period"),
      after: get("after") as RetentionEvent | undefined,
      then: then === "delete" || then === "anonymise" ? then : undefined,
      asRequiredBy: get("as_required_by"),
      note: get("note"),
      range: range(n),
    };
    return rule.period || rule.after || rule.asRequiredBy ? rule : undefined;
  };
  if (isSeq(node)) {
    const rules = node.items.map(readRule).filter((r): r is RetentionRule => r !== undefined);
    return rules.length ? { kind: "rules", rules, range: range(node) } : undefined;
  }
  const rule = readRule(node);
  return rule ? { kind: "rules", rules: [rule], range: range(node) } : undefined;
}

/** Every scalar that still starts with TODO, with its path, so `incomplete-declaration` can point at each. */
function collectPlaceholders(doc: Document.Parsed, range: (n: unknown) => Range): Placeholder[] {
  const out: Placeholder[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === "key" || typeof node.value !== "string" || !/^TODO\b/.test(node.value)) return;
      const segments: string[] = [];
      for (let i = 0; i < ancestors.length; i++) {
        const a = ancestors[i];
        if (isPair(a)) segments.push(String(isScalar(a.key) ? a.key.value : a.key));
        else if (isSeq(a)) {
          const child = ancestors[i + 1] ?? node;
          segments.push(`[${a.items.indexOf(child as never)}]`);
        }
      }
      const category = segments[0] === "categories" ? segments[1] : undefined;
      out.push({ path: segments.join(".").replace(/\.\[/g, "["), value: node.value, range: range(node), category });
    },
  });
  return out;
}
