/**
 * Quick-fix edit builders for privacy-notice.yaml and for source files. Pure: text in, OffsetEdit[] out. The YAML
 * helpers are exported for the other builders (recipient-fixes.ts).
 *
 * Every builder makes a MINIMAL edit: it inserts (or, for an empty `{}`/`[]`, replaces) only the text it
 * adds, found from the yaml Document's node ranges, so comments, key order, indentation, quoting, flow/block
 * style and line endings elsewhere stay byte-for-byte. Each builder first checks whether its change is
 * already there and then returns no edits, so applying a fix twice changes nothing the second time.
 */
import * as path from "path";
import { isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import type { Finding, OffsetEdit } from "../types";
import type { Taxonomy } from "../classify/taxonomy";
import { parseSuppressions } from "../scan/suppressions";
import { MAX_NOTICE_SIZE, nodeSpan } from "./loader";
import { SUPPORTED_NOTICE_VERSION } from "./model";

/** A field that needs a category, as named in the comment above a new declaration. `line` is 1-based. */
export interface FieldRef {
  file: string;
  line: number;
  field: string;
  owner: string;
}

/** Findings as FieldRefs, with files relative to the notice's folder (as a reviewer reads them). */
export function fieldRefs(findings: Finding[], noticeFile?: string): FieldRef[] {
  const base = noticeFile ? path.dirname(path.resolve(noticeFile)) : undefined;
  return findings.map((f) => ({
    file: base ? path.relative(base, path.resolve(f.file)).split(path.sep).join("/") : f.file,
    line: f.range.start.line + 1,
    field: f.field,
    owner: f.owner,
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Applying edits

/** Applies non-overlapping edits given as offsets into `text`. Edits at the same offset apply in the given order. */
export function applyEdits(text: string, edits: OffsetEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = "";
  let cursor = 0;
  for (const { e } of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > text.length) {
      throw new Error(`applyEdits: edit [${e.start}, ${e.end}) overlaps another edit or lies outside the text`);
    }
    out += text.slice(cursor, e.start) + e.newText;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** One edit turning `before` into `after` (their common prefix and suffix are left alone). */
export function diffAsEdits(before: string, after: string): OffsetEdit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return [{ start, end: endBefore, newText: after.slice(start, endAfter) }];
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers

export interface Ctx {
  text: string;
  doc: Document.Parsed;
  eol: string;
  /** Indentation step of the file (2 unless the author uses another). */
  step: number;
}

/** Undefined when the YAML has syntax errors or is oversized: editing a file we cannot read could only make it worse. */
export function open(text: string): Ctx | undefined {
  if (text.length > MAX_NOTICE_SIZE) return undefined; // the loader refuses it too; parsing it could take minutes
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  // Complex keys (`? {a: 1}: x`, `? key` over several lines) have no column to align new lines with, and no notice
  // needs them: refuse to edit, as for a syntax error, rather than risk breaking the file.
  let complexKey = false;
  visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
        complexKey = true;
        return visit.BREAK;
      }
    },
  });
  if (complexKey) return undefined;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  let step = 0;
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value;
      if (isMap(value) && !value.flow && value.items.length > 0 && (pair.key as YamlNode)?.range) {
        const diff = column(text, (value.items[0].key as YamlNode).range![0]) - column(text, (pair.key as YamlNode).range![0]);
        if (diff > 0) {
          step = diff;
          return visit.BREAK;
        }
      }
    },
  });
  return { text, doc, eol, step: step || 2 };
}

export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== "\n") i--;
  return i;
}

/** Offset just after the line break that ends the line containing `offset` (text length on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}

export function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

export function lineAt(text: string, start: number): string {
  const nl = text.indexOf("\n", start);
  return text.slice(start, nl === -1 ? text.length : nl).replace(/\r$/, "");
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The indentation of the line an offset is on. A block mapping's column is where its lines start, not where its key
 * node starts: `? key:` (an explicit key) and `!!str key:` (a tagged key) put the key node further right.
 */
export function lineIndentAt(text: string, offset: number): number {
  const start = lineStart(text, offset);
  const indent = indentOf(lineAt(text, start));
  // Only markers that belong to the key itself (`? `, a tag, an anchor) may stand before it; after a sequence dash
  // (`- key:`) the mapping's column is the key's own.
  const before = text.slice(start + indent, offset);
  return before === "" || /^(?:(?:\?|![^\s]*|&[^\s]+)[ \t]+)+$/.test(before) ? indent : column(text, offset);
}

export function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key);
}

export function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyOf(p) === key);
}

export function keyStart(pair: Pair): number {
  return (pair.key as YamlNode).range![0];
}

/** End of a pair's own text: its value, or its key when the value is empty. */
export function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as YamlNode | null;
  if (value?.range && !(isScalar(value) && value.value === null && value.range[0] === value.range[1])) return nodeSpan(text, value)[1];
  return nodeSpan(text, pair.key as YamlNode)[1];
}

export function isEmptyValue(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** A scalar written so it parses back as the same string in block and flow context. */
export function yamlScalar(value: string): string {
  const plainSafe =
    /^[A-Za-z0-9_/(][^:#,\[\]{}"'\n\r\t]*$/.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|-?\d[\d_.eE+-]*|0x[0-9a-fA-F]+|\.inf|\.nan)$/i.test(value);
  // JSON strings are valid YAML double-quoted scalars.
  return plainSafe ? value : JSON.stringify(value);
}

export function render(lines: string[], indent: number, eol: string): string {
  const pad = " ".repeat(indent);
  return lines.map((l) => (l === "" ? eol : pad + l + eol)).join("");
}

/** Prefix a line break when inserting at the very end of a file that does not end with one. */
export function atEnd(ctx: Ctx, offset: number, newText: string): OffsetEdit {
  const needsBreak = offset === ctx.text.length && ctx.text.length > 0 && !ctx.text.endsWith("\n");
  return { start: offset, end: offset, newText: (needsBreak ? ctx.eol : "") + newText };
}

/**
 * Where a new entry goes in a block mapping: before `before` (above the comment lines that introduce it),
 * or after the last entry (below any deeper-indented comment lines that still belong to it).
 */
export function blockInsertOffset(ctx: Ctx, map: YAMLMap | YAMLSeq, before: number | undefined): number {
  const { text } = ctx;
  const items = map.items as (Pair | YamlNode)[];
  const startOf = (item: Pair | YamlNode) => ("key" in item && item.key ? keyStart(item as Pair) : itemLineStart(text, item as YamlNode));
  const entryIndent = lineIndentAt(text, startOf(items[0]));
  if (before !== undefined) {
    let pos = lineStart(text, startOf(items[before]));
    for (;;) {
      if (pos === 0) break;
      const prevStart = lineStart(text, pos - 1);
      const prev = lineAt(text, prevStart);
      if (!prev.trimStart().startsWith("#") || indentOf(prev) !== entryIndent) break;
      pos = prevStart;
    }
    return pos;
  }
  const last = items[items.length - 1];
  const end = "key" in last && last.key ? pairEnd(text, last as Pair) : nodeSpan(text, last as YamlNode)[1];
  let pos = nextLineStart(text, end);
  // Deeper-indented comment lines right after the last entry belong to it.
  while (pos < text.length) {
    const line = lineAt(text, pos);
    if (!line.trimStart().startsWith("#") || indentOf(line) <= entryIndent) break;
    pos = nextLineStart(text, pos);
  }
  return pos;
}

/** Offset of the dash of a block sequence item, so its column is the sequence's indentation. */
export function itemLineStart(text: string, item: YamlNode): number {
  let i = item.range![0];
  while (i > 0 && text[i - 1] === " ") i--;
  return i > 0 && text[i - 1] === "-" ? i - 1 : item.range![0];
}

/** True when every two consecutive entries are separated by a blank line (then new entries are too). */
function entriesSeparatedByBlankLines(text: string, map: YAMLMap): boolean {
  if (map.items.length < 2) return false;
  for (let i = 1; i < map.items.length; i++) {
    const gap = text.slice(pairEnd(text, map.items[i - 1]), lineStart(text, keyStart(map.items[i])));
    if (!/\n[ \t]*\r?\n/.test(gap)) return false;
  }
  return true;
}

const ROOT_ORDER = ["version", "organisation", "recipients", "purposes", "categories", "custom_categories", "exemptions"];

/**
 * Adds a top-level key that is missing, placed in the canonical order of the format (before the first present
 * key that comes after it), with `bodyLines` indented one step below it.
 */
export function addRootKey(ctx: Ctx, root: YAMLMap, key: string, bodyLines: string[]): OffsetEdit {
  const order = ROOT_ORDER.indexOf(key);
  const beforeIndex = root.items.findIndex((p) => ROOT_ORDER.indexOf(keyOf(p)) > order);
  const newText = render([`${key}:`], 0, ctx.eol) + render(bodyLines, ctx.step, ctx.eol);
  const offset = blockInsertOffset(ctx, root, beforeIndex === -1 ? undefined : beforeIndex);
  return atEnd(ctx, offset, newText);
}

/** Fills a key whose value is empty (`key:` or `key: {}` / `key: []`) with block lines one step deeper. */
export function fillEmptyValue(ctx: Ctx, pair: Pair, bodyLines: string[]): OffsetEdit[] {
  const { text } = ctx;
  const keyCol = lineIndentAt(text, keyStart(pair));
  const body = render(bodyLines, keyCol + ctx.step, ctx.eol);
  const value = pair.value as YamlNode | null;
  const keyEnd = nodeSpan(text, pair.key as YamlNode)[1];
  if (value && (isMap(value) || isSeq(value)) && value.flow) {
    // `key: {}` becomes `key:` plus a block body; the line's comment, if any, stays where it is.
    const colon = text.indexOf(":", keyEnd);
    const [, valueEnd] = nodeSpan(text, value);
    const insertAt = nextLineStart(text, valueEnd);
    return [{ start: colon + 1, end: valueEnd, newText: "" }, atEnd(ctx, insertAt, body)];
  }
  return [atEnd(ctx, nextLineStart(text, keyEnd), body)];
}

/** Inserts `entry` (flow text, e.g. `key: { ... }` or `{ ... }`) after the last item of a non-empty flow collection. */
export function appendToFlow(ctx: Ctx, coll: YAMLMap | YAMLSeq, entry: string): OffsetEdit {
  const last = coll.items[coll.items.length - 1] as Pair | YamlNode;
  const end = "key" in last && last.key !== undefined ? pairEnd(ctx.text, last as Pair) : nodeSpan(ctx.text, last as YamlNode)[1];
  return { start: end, end, newText: `, ${entry}` };
}

// ---------------------------------------------------------------------------------------------------------
// Declaring a category

const PURPOSE_PLACEHOLDER = "TODO why it is collected";

function describeFields(fields: FieldRef[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const f of fields) {
    const name = `${f.owner ? `${f.owner}.` : ""}${f.field} (${f.file}:${f.line})`;
    if (!seen.has(name)) {
      seen.add(name);
      names.push(name);
    }
  }
  const shown = names.slice(0, 5);
  const more = names.length - shown.length;
  return shown.length ? [`# Needed by ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`] : [];
}

function placeholderBody(category: string, taxonomy: Taxonomy): [string, string][] {
  const body: [string, string][] = [
    ["purposes", `[${PURPOSE_PLACEHOLDER}]`],
    ["basis", "TODO"],
  ];
  if (taxonomy.special(category)) body.push(["condition", "TODO"]);
  return body;
}

function declarationLines(category: string, fields: FieldRef[], taxonomy: Taxonomy, step: number, flow: boolean): string[] {
  const body = placeholderBody(category, taxonomy);
  const comment = describeFields(fields);
  if (flow) return [...comment, `${category}: { ${body.map(([k, v]) => `${k}: ${v}`).join(", ")} }`];
  return [...comment, `${category}:`, ...body.map(([k, v]) => `${" ".repeat(step)}${k}: ${v}`)];
}

/** Common leading dotted segments of two keys. */
function sharedSegments(a: string, b: string): number {
  const x = a.split(".");
  const y = b.split(".");
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Declares `category` in the notice: a new entry under `categories:` with the fields that need it named in a
 * comment and TODO placeholders for purposes, basis (and the Art. 9/10 condition of a special category);
 * no retention, so `missing-retention` keeps asking for one. Placed in sorted position when the keys are
 * sorted, else after its closest siblings, else at the end. No edits when the category (or an ancestor) is
 * already declared, or the notice has YAML syntax errors.
 */
export function declareCategoryEdits(noticeText: string, category: string, fields: FieldRef[], taxonomy: Taxonomy): OffsetEdit[] {
  if (noticeText.trim() === "") {
    return [{ start: 0, end: noticeText.length, newText: renderNewNotice([{ category, fields }], taxonomy, {}) }];
  }
  const ctx = open(noticeText);
  if (!ctx || !isMap(ctx.doc.contents)) return [];
  const root = ctx.doc.contents;
  const categoriesPair = findPair(root, "categories");
  const value = categoriesPair?.value;

  if (isMap(value) && value.items.some((p) => keyOf(p) === category || taxonomy.covers(keyOf(p), category))) return [];

  if (!categoriesPair) {
    return [addRootKey(ctx, root, "categories", declarationLines(category, fields, taxonomy, ctx.step, false))];
  }
  if (isEmptyValue(value) || ((isMap(value) || isSeq(value)) && value.flow && value.items.length === 0)) {
    return fillEmptyValue(ctx, categoriesPair, declarationLines(category, fields, taxonomy, ctx.step, false));
  }
  if (!isMap(value)) return []; // categories is not a mapping: the loader reports it, and there is nowhere sane to insert

  if (value.flow) {
    const body = placeholderBody(category, taxonomy).map(([k, v]) => `${k}: ${v}`).join(", ");
    return [appendToFlow(ctx, value, `${category}: { ${body} }`)];
  }

  const keys = value.items.map(keyOf);
  const sorted = keys.every((k, i) => i === 0 || keys[i - 1] <= k);
  let before: number | undefined;
  if (sorted) {
    const i = keys.findIndex((k) => k > category);
    before = i === -1 ? undefined : i;
  } else {
    // Next to its closest relatives (same parent or branch), when it has any.
    let best = 1;
    let lastSibling = -1;
    keys.forEach((k, i) => {
      const shared = sharedSegments(k, category);
      if (shared > best || (shared === best && shared > 1)) {
        best = shared;
        lastSibling = i;
      }
    });
    before = lastSibling === -1 || lastSibling === keys.length - 1 ? undefined : lastSibling + 1;
  }

  // Match the style of the existing entries: flow bodies (`key: { ... }`) if they all use them.
  const flowEntries = value.items.every((p) => isMap(p.value) && p.value.flow);
  const entryCol = lineIndentAt(ctx.text, keyStart(value.items[0]));
  const existingStep = value.items
    .map((p) => (isMap(p.value) && !p.value.flow && p.value.items.length ? lineIndentAt(ctx.text, keyStart(p.value.items[0])) - lineIndentAt(ctx.text, keyStart(p)) : 0))
    .find((d) => d > 0);
  const lines = declarationLines(category, fields, taxonomy, existingStep ?? ctx.step, flowEntries);
  const separated = entriesSeparatedByBlankLines(ctx.text, value);
  const offset = blockInsertOffset(ctx, value, before);
  const block = render(lines, entryCol, ctx.eol);
  const newText = separated ? (before === undefined ? ctx.eol + block : block + ctx.eol) : block;
  return [atEnd(ctx, offset, newText)];
}

/**
 * Declares several categories at once (the CLI's `fix`, the editor's fix-all). Applied one after the other, so
 * a parent declared first covers its children; returned as one minimal edit on the original text.
 */
export function declareCategoriesEdits(noticeText: string, needed: Map<string, FieldRef[]>, taxonomy: Taxonomy): OffsetEdit[] {
  let text = noticeText;
  for (const category of [...needed.keys()].sort()) {
    text = applyEdits(text, declareCategoryEdits(text, category, needed.get(category) ?? [], taxonomy));
  }
  return diffAsEdits(noticeText, text);
}

// ---------------------------------------------------------------------------------------------------------
// Retention

export interface RetentionChoice {
  title: string;
  /** The rule as written into the notice, e.g. `{ period: P12M, after: account_closure, then: delete }`. */
  rule: string;
  edits: OffsetEdit[];
}

const RETENTION_CHOICES: { title: string; rule: string }[] = [
  { title: "Keep until 12 months after account closure, then delete", rule: "{ period: P12M, after: account_closure, then: delete }" },
  { title: "Keep for 24 months from collection, then delete", rule: "{ period: P24M, then: delete }" },
  { title: "Keep for 24 months, then anonymise", rule: "{ period: P24M, then: anonymise }" },
  { title: "Keep as required by law (name the law)", rule: "{ as_required_by: TODO name the law }" },
];

/** The entry that declares `category`, or the nearest declared ancestor (the one a finding's diagnostic refers to). */
export function findDeclaration(categories: YAMLMap, category: string, taxonomy?: Taxonomy): Pair | undefined {
  const exact = findPair(categories, category);
  if (exact) return exact;
  const ancestors = taxonomy
    ? taxonomy.ancestors(category)
    : category.split(".").map((_, i, parts) => parts.slice(0, parts.length - 1 - i).join(".")).filter(Boolean);
  for (const a of ancestors) {
    const pair = findPair(categories, a);
    if (pair) return pair;
  }
  return undefined;
}

/**
 * Concrete retention rules to add to the declaration of `category` (or of its nearest declared ancestor),
 * each its own fix. Empty when the declaration is missing or already has a retention rule.
 */
export function retentionChoices(noticeText: string, category: string, taxonomy?: Taxonomy): RetentionChoice[] {
  const ctx = open(noticeText);
  if (!ctx || !isMap(ctx.doc.contents)) return [];
  const categories = findPair(ctx.doc.contents, "categories")?.value;
  if (!isMap(categories)) return [];
  const entry = findDeclaration(categories, category, taxonomy);
  if (!entry) return [];
  const value = entry.value;
  if (isMap(value) && findPair(value, "retention")) return [];
  return RETENTION_CHOICES.map(({ title, rule }) => ({ title, rule, edits: addToEntry(ctx, entry, "retention", rule) }));
}

/** Adds `key: valueText` to a category entry, whatever its form (block, flow, empty). */
export function addToEntry(ctx: Ctx, entry: Pair, key: string, valueText: string): OffsetEdit[] {
  const value = entry.value;
  if (isMap(value) && value.flow) {
    if (value.items.length > 0) return [appendToFlow(ctx, value, `${key}: ${valueText}`)];
    const [s, e] = nodeSpan(ctx.text, value);
    return [{ start: s, end: e, newText: `{ ${key}: ${valueText} }` }];
  }
  if (isMap(value) && value.items.length > 0) {
    const col = lineIndentAt(ctx.text, keyStart(value.items[0]));
    return [atEnd(ctx, blockInsertOffset(ctx, value, undefined), render([`${key}: ${valueText}`], col, ctx.eol))];
  }
  if (isEmptyValue(value)) return fillEmptyValue(ctx, entry, [`${key}: ${valueText}`]);
  return [];
}

// ---------------------------------------------------------------------------------------------------------
// Exemptions and suppressions

/**
 * Adds `{ field: Owner.field, reason }` under `exemptions:` (creating the key when missing). No edits when
 * an exemption for that field already exists.
 */
export function exemptionEdits(noticeText: string, exemption: { owner?: string; field: string; reason: string }): OffsetEdit[] {
  const ctx = open(noticeText);
  if (!ctx || !isMap(ctx.doc.contents)) return [];
  const root = ctx.doc.contents;
  const fieldRef = exemption.owner ? `${exemption.owner}.${exemption.field}` : exemption.field;
  const flowItem = `{ field: ${yamlScalar(fieldRef)}, reason: ${yamlScalar(exemption.reason)} }`;
  const pair = findPair(root, "exemptions");
  const value = pair?.value;
  if (isSeq(value) && value.items.some((i) => isMap(i) && String((i.get("field") as unknown) ?? "") === fieldRef)) return [];

  if (!pair) return [addRootKey(ctx, root, "exemptions", [`- ${flowItem}`])];
  if (isEmptyValue(value) || (isSeq(value) && value.flow && value.items.length === 0)) return fillEmptyValue(ctx, pair, [`- ${flowItem}`]);
  if (!isSeq(value)) return [];
  if (value.flow) return [appendToFlow(ctx, value, flowItem)];

  const first = value.items[0] as YamlNode;
  const dashCol = column(ctx.text, itemLineStart(ctx.text, first));
  // Match the items' style: `- { ... }` or a block mapping under the dash.
  const blockItems = value.items.every((i) => isMap(i) && !i.flow);
  const lines = blockItems
    ? [`- field: ${yamlScalar(fieldRef)}`, `  reason: ${yamlScalar(exemption.reason)}`]
    : [`- ${flowItem}`];
  return [atEnd(ctx, blockInsertOffset(ctx, value, undefined), render(lines, dashCol, ctx.eol))];
}

/**
 * Inserts `// privacy-lint-disable-next-line <category> -- <reason>` above the finding's line, with that line's
 * indentation and line ending (the syntax server/src/core/scan/suppressions.ts reads). No edits when a suppression
 * comment already covers the finding (same category, an ancestor, or no category at all).
 */
export function suppressionCommentEdit(sourceText: string, finding: Finding, reason = "not personal data"): OffsetEdit[] {
  const eol = sourceText.includes("\r\n") ? "\r\n" : "\n";
  const line = finding.range.start.line;
  const covered = parseSuppressions(sourceText).some(
    (s) =>
      (s.kind === "file" || s.targetLine === line) &&
      ((s.categories.length === 0 && s.checks.length === 0) || s.categories.some((c) => c === finding.category || finding.category.startsWith(`${c}.`))),
  );
  if (covered) return [];
  let start = 0;
  for (let i = 0; i < line; i++) {
    const nl = sourceText.indexOf("\n", start);
    if (nl === -1) return [];
    start = nl + 1;
  }
  const indent = /^[ \t]*/.exec(lineAt(sourceText, start))![0];
  return [{ start, end: start, newText: `${indent}// privacy-lint-disable-next-line ${finding.category} -- ${reason.replace(/[\r\n]+/g, " ")}${eol}` }];
}

// ---------------------------------------------------------------------------------------------------------
// A new notice

export interface CreateNoticeOptions {
  controller?: string;
  contact?: string;
  /** The notice's path: finding files are written relative to its folder. */
  noticeFile?: string;
  eol?: "\n" | "\r\n";
}

function renderNewNotice(entries: { category: string; fields: FieldRef[] }[], taxonomy: Taxonomy, options: CreateNoticeOptions): string {
  const eol = options.eol ?? "\n";
  const lines = [
    "# privacy-notice.yaml: what this code collects about people, and what the organisation promises about it.",
    "# Created by privacy-lint from the fields it found. Replace every TODO (privacy-lint flags them until you do)",
    "# and add a retention rule to each category. Format: https://github.com/privacy-lint/privacy-lint/blob/main/docs/notice-format.md",
    `version: ${SUPPORTED_NOTICE_VERSION}`,
    "organisation:",
    `  controller: ${options.controller ? yamlScalar(options.controller) : "TODO legal name of the organisation"}`,
    `  contact: ${options.contact ? yamlScalar(options.contact) : "TODO privacy contact, email or URL"}`,
    "# Who receives the data, referenced by name from categories.<key>.recipients, e.g.",
    "#   cloud-host: { kind: processor, description: Hosting, country: IE }",
    "recipients: {}",
    "categories:",
  ];
  const sorted = [...entries].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  if (sorted.length === 0) lines[lines.length - 1] = "categories: {}";
  for (const { category, fields } of sorted) {
    for (const l of declarationLines(category, fields, taxonomy, 2, false)) lines.push(`  ${l}`);
  }
  return lines.join(eol) + eol;
}

/**
 * A complete new notice pre-filled with what the code collects: every category found, the fields that need it
 * in a comment, and placeholders for what only a person can decide. It loads without schema errors.
 */
export function createNoticeText(findings: Finding[], taxonomy: Taxonomy, options: CreateNoticeOptions = {}): string {
  const byCategory = new Map<string, Finding[]>();
  for (const f of findings) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
  const entries = [...byCategory].map(([category, fs]) => ({
    category,
    fields: fieldRefs(
      [...fs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line)),
      options.noticeFile,
    ),
  }));
  return renderNewNotice(entries, taxonomy, options);
}
