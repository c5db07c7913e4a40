/**
 * Reads privacy-notice.yaml into the Notice model and reports every problem at once, each with the precise
 * range of the YAML node involved: syntax errors, duplicate keys, schema violations (via ajv, mapped from the
 * instance path back to the node), unknown category keys (with a suggestion), bad custom categories and
 * undefined recipients. A notice with problems is still returned when it is usable, so one typo does not
 * turn every field in the code into an "undeclared" finding.
 *
 * The YAML plumbing (line index, node spans, alias targets) and the ajv schema check live in yaml-schema.ts; this
 * module reads the document into the model. Names that moved there are re-exported so "./loader" imports keep working.
 */
import * as fs from "fs";
import * as path from "path";
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node as YamlNode, type Pair, type YAMLMap } from "yaml";
import type { CheckDiagnostic, Range } from "../types";
import { TaxonomyError, type Taxonomy } from "../classify/taxonomy";
import { globProblem } from "../scan/globs";
import { HTTP_SERVICE, loadSinkCatalogue } from "../flows/catalogue";
import { makeDiagnostic, type CheckId, type SeverityOverrides } from "./checks";
import {
  NOTICE_FILE_NAMES,
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
import { AliasExpansionError, closest, findPair, LineIndex, MAX_EXPANDED_VALUES, nodeSpan, resolveAlias, schemaProblems } from "./yaml-schema";

export { LineIndex, nodeSpan, noticeSchema } from "./yaml-schema";

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
// The loader

/** Characters. The largest seed notice is under 6 KB; this leaves room for 40 times that. */
export const MAX_NOTICE_SIZE = 256 * 1024;

export interface LoadOptions {
  severities?: SeverityOverrides;
  /** The service ids recipients may name (`services:`); the built-in sink catalogue's, plus `http`, when absent. */
  serviceIds?: readonly string[];
}

/** The ids `services:` accepts by default: every service of the built-in catalogue, and `http` (raw HTTP). */
export function knownServiceIds(): string[] {
  return [...loadSinkCatalogue().services.keys(), HTTP_SERVICE.id];
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
      services: v ? strList(findPair(v, "services")?.value) : [],
      retention: v ? readRetention(deref(findPair(v, "retention")?.value), range, deref) : undefined,
      range: range(pair.key),
    });
  }
  // An unknown service id is a schema problem, not a fatal one: the recipient still stands for its other services.
  const serviceIds = options.serviceIds ?? knownServiceIds();
  for (const recipient of recipients.values()) {
    for (const ref of recipient.services) {
      if (serviceIds.includes(ref.name) || !/^[a-z0-9][a-z0-9-]*$/.test(ref.name)) continue; // a malformed id: the schema said so
      const suggestion = closest(ref.name, serviceIds);
      report(
        "notice-schema",
        offsetsOf(lines, ref.range),
        `Unknown service "${ref.name}" in recipients.${recipient.name}.services${suggestion ? ` — did you mean "${suggestion}"?` : ""} (service ids are those of rules/sinks.yaml, log for logs)`,
      );
    }
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
