/**
 * The fideslang `user.*` data-category taxonomy (plus privacy-lint extensions), loaded from
 * `rules/taxonomy.yaml`. Pure and synchronous: the YAML is read once and cached.
 *
 * Keys are dotted paths and a key's parent is always the key minus its last segment (fideslang
 * enforces the same), so position in the tree can be derived from the key text alone.
 */
import * as fs from "fs";
import * as path from "path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "../lazy-yaml";

export type SpecialCategory = "art9" | "art10";

export interface CategoryInfo {
  key: string;
  name: string;
  description: string;
  parent?: string;
  special?: SpecialCategory;
  deprecated?: boolean;
  replacedBy?: string;
  extension?: boolean;
  custom?: boolean;
}

/** A project-specific category, e.g. declared in privacy-notice.yaml. */
export interface CustomCategory {
  key: string;
  parent: string;
  name?: string;
  description?: string;
  special?: SpecialCategory;
}

/** Bad taxonomy data. `key` names the offending category when there is one. */
export class TaxonomyError extends Error {
  constructor(
    message: string,
    readonly key?: string,
    readonly file?: string,
    /** 1-based line in `file`, when known. */
    readonly line?: number,
  ) {
    super(message);
    this.name = "TaxonomyError";
  }
}

const TAXONOMY_FILE = "taxonomy.yaml";
const KEY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const SPECIAL_VALUES: readonly string[] = ["art9", "art10"];
const ENTRY_FIELDS = new Set(["key", "name", "description", "parent", "special", "deprecated", "replaced_by", "extension"]);

/**
 * The shipped `rules/` folder. Walks up from this file's directory, so it works from the
 * compiled `out/server/src/core/` and from a bundled `dist/*.js` alike.
 */
export function findRulesDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, "rules");
    if (fs.existsSync(path.join(candidate, TAXONOMY_FILE))) return candidate;
    const up = path.dirname(dir);
    if (up === dir) {
      throw new Error(`privacy-lint: cannot find rules/${TAXONOMY_FILE} in any parent of ${__dirname}`);
    }
    dir = up;
  }
}

let builtinTaxonomy: Taxonomy | undefined;

export class Taxonomy {
  private readonly sortedKeys: string[];
  private readonly childIndex = new Map<string, string[]>();
  /** deprecated key -> keys whose `replacedBy` is it, i.e. the reverse of `replacedBy`. */
  private readonly replacing = new Map<string, string[]>();

  private constructor(private readonly categories: ReadonlyMap<string, CategoryInfo>) {
    this.sortedKeys = [...categories.keys()].sort();
    for (const key of this.sortedKeys) {
      const info = categories.get(key)!;
      if (info.parent !== undefined) pushTo(this.childIndex, info.parent, key);
      if (info.replacedBy !== undefined) pushTo(this.replacing, info.replacedBy, key);
    }
  }

  /** The shipped taxonomy (rules/taxonomy.yaml), loaded once. */
  static builtin(): Taxonomy {
    if (!builtinTaxonomy) builtinTaxonomy = Taxonomy.loadFile(path.join(findRulesDir(), TAXONOMY_FILE));
    return builtinTaxonomy;
  }

  static loadFile(file: string): Taxonomy {
    return Taxonomy.parse(fs.readFileSync(file, "utf8"), file);
  }

  /** Parses and validates taxonomy YAML; `source` is only used in error messages. */
  static parse(text: string, source: string): Taxonomy {
    return new Taxonomy(parseTaxonomyYaml(text, source));
  }

  /**
   * A new taxonomy with project-specific categories added. Custom categories may hang under
   * built-in ones or under each other (in any order). Throws TaxonomyError naming the key when
   * a key is malformed or already exists, or its parent is unknown or inconsistent with the key.
   */
  withCustom(custom: CustomCategory[]): Taxonomy {
    const merged = new Map(this.categories);
    const pending = new Map<string, CustomCategory>();
    for (const c of custom) {
      if (typeof c.key !== "string" || !KEY_PATTERN.test(c.key)) {
        throw new TaxonomyError(`custom category "${String(c.key)}": key must be dotted lower-case segments like user.contact.email`, c.key);
      }
      if (this.categories.has(c.key)) {
        throw new TaxonomyError(`custom category "${c.key}" already exists in the taxonomy`, c.key);
      }
      if (pending.has(c.key)) throw new TaxonomyError(`custom category "${c.key}" is defined twice`, c.key);
      const expectedParent = parentOf(c.key);
      if (c.parent !== expectedParent) {
        throw new TaxonomyError(
          `custom category "${c.key}": parent must be "${expectedParent ?? "(none)"}" (the key minus its last segment), got "${c.parent}"`,
          c.key,
        );
      }
      if (c.special !== undefined && !SPECIAL_VALUES.includes(c.special)) {
        throw new TaxonomyError(`custom category "${c.key}": special must be art9 or art10, got "${String(c.special)}"`, c.key);
      }
      pending.set(c.key, c);
    }
    for (const c of pending.values()) {
      if (!this.categories.has(c.parent) && !pending.has(c.parent)) {
        throw new TaxonomyError(`custom category "${c.key}": unknown parent "${c.parent}"`, c.key);
      }
      merged.set(
        c.key,
        Object.freeze({
          key: c.key,
          name: c.name ?? c.key.slice(c.key.lastIndexOf(".") + 1),
          description: c.description ?? "",
          parent: c.parent,
          ...(c.special !== undefined ? { special: c.special } : {}),
          custom: true,
        }),
      );
    }
    return new Taxonomy(merged);
  }

  get(key: string): CategoryInfo | undefined {
    return this.categories.get(key);
  }

  has(key: string): boolean {
    return this.categories.has(key);
  }

  /** All keys, sorted. */
  keys(): string[] {
    return [...this.sortedKeys];
  }

  /** Direct children, sorted. */
  children(key: string): string[] {
    return [...(this.childIndex.get(key) ?? [])];
  }

  /**
   * Known ancestors, nearest first, excluding `key`. Derived from the dotted key, so an unknown
   * key such as `user.contact.pager` still reports its known ancestors (user.contact, user).
   */
  ancestors(key: string): string[] {
    const result: string[] = [];
    for (let p = parentOf(key); p !== undefined; p = parentOf(p)) {
      if (this.categories.has(p)) result.push(p);
    }
    return result;
  }

  /** GDPR special category of the key itself or of its nearest marked ancestor. */
  special(key: string): SpecialCategory | undefined {
    const own = this.categories.get(key)?.special;
    if (own) return own;
    for (const a of this.ancestors(key)) {
      const inherited = this.categories.get(a)!.special;
      if (inherited) return inherited;
    }
    return undefined;
  }

  /**
   * Whether declaring `declared` (in a privacy notice) covers data classified as `used`: same key,
   * or `declared` is an ancestor of `used`. A deprecated key and its replacement count as the same
   * key in both directions, so a notice written against fideslang 2.x still matches 3.2 findings.
   *
   * One exception keeps that from over-reaching: where fideslang *merged* a key into one of its
   * ancestors (user.contact.organization -> user.contact), declaring the old key equals declaring
   * user.contact itself, but does not cover user.contact's other children such as email.
   */
  covers(declared: string, used: string): boolean {
    if (declared === used) return true;
    const usedForms = this.equivalents(used);
    const declaredForms = this.equivalents(declared);
    for (const d of declaredForms) if (usedForms.has(d)) return true;

    const coveringForms = new Set<string>([declared, ...(this.replacing.get(declared) ?? [])]);
    const replacement = this.categories.get(declared)?.replacedBy;
    if (replacement !== undefined && !this.isMergeIntoAncestor(declared)) coveringForms.add(replacement);
    for (const u of usedForms) {
      for (const a of this.ancestors(u)) if (coveringForms.has(a)) return true;
    }
    return false;
  }

  /**
   * "Did you mean": the closest known key, or undefined when nothing is close. Compares the whole
   * key (typos: user.contact.emial) and the last segment alone (wrong path: user.email), and lets
   * a short last segment match the start of a longer one (user.phone -> user.contact.phone_number).
   * On a tie, non-deprecated keys win so users are steered to current fideslang.
   */
  suggest(unknown: string): string | undefined {
    const wanted = unknown.trim().toLowerCase();
    if (wanted === "") return undefined;
    const wantedSegment = lastSegment(wanted);
    const wholeLimit = Math.max(2, Math.floor(wanted.length / 6));
    const segmentLimit = Math.floor(wantedSegment.length / 4);

    let best: { key: string; score: number; whole: number; deprecated: boolean } | undefined;
    for (const key of this.sortedKeys) {
      const whole = editDistance(wanted, key);
      const candidateSegment = lastSegment(key);
      const segment = editDistance(wantedSegment, candidateSegment);
      let score = Infinity;
      // The segment check stops a short last segment from being swapped wholesale (zip -> city).
      if (whole <= wholeLimit && segment <= Math.max(1, Math.floor(wantedSegment.length / 3))) score = whole;
      // +1: the segment matched but the path around it did not.
      if (segment <= segmentLimit) score = Math.min(score, segment + 1);
      if (wantedSegment.length >= 4 && candidateSegment.startsWith(wantedSegment + "_")) score = Math.min(score, 2);
      if (score === Infinity) continue;

      const deprecated = this.categories.get(key)!.deprecated === true;
      if (
        !best ||
        score < best.score ||
        (score === best.score && (best.deprecated && !deprecated || (best.deprecated === deprecated && whole < best.whole)))
      ) {
        best = { key, score, whole, deprecated };
      }
    }
    return best?.key;
  }

  /** The key plus the keys it is interchangeable with through `replaced_by`. */
  private equivalents(key: string): Set<string> {
    const forms = new Set<string>([key]);
    const replacement = this.categories.get(key)?.replacedBy;
    if (replacement !== undefined) forms.add(replacement);
    for (const old of this.replacing.get(key) ?? []) forms.add(old);
    return forms;
  }

  /** True when fideslang folded `key` into one of its own ancestors (or an ancestor's replacement). */
  private isMergeIntoAncestor(key: string): boolean {
    const replacement = this.categories.get(key)?.replacedBy;
    if (replacement === undefined) return false;
    return this.ancestors(key).some((a) => a === replacement || this.categories.get(a)?.replacedBy === replacement);
  }
}

function pushTo(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

function parentOf(key: string): string | undefined {
  const dot = key.lastIndexOf(".");
  return dot < 0 ? undefined : key.slice(0, dot);
}

function lastSegment(key: string): string {
  return key.slice(key.lastIndexOf(".") + 1);
}

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions (emial -> email = 1). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[rows - 1][cols - 1];
}

/** Parses rules/taxonomy.yaml text into validated, frozen CategoryInfo records. */
function parseTaxonomyYaml(text: string, source: string): Map<string, CategoryInfo> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lineOf = (node: YamlNode | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const fail = (message: string, node: YamlNode | null | undefined, key?: string): never => {
    const line = lineOf(node);
    throw new TaxonomyError(`${source}${line !== undefined ? `:${line}` : ""}: ${message}`, key, source, line);
  };

  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new TaxonomyError(`${source}:${line}: invalid YAML: ${err.message.split("\n")[0]}`, undefined, source, line);
  }
  if (!isMap(doc.contents)) fail("expected a mapping with a `categories:` list at the top level", doc.contents);
  const list = (doc.contents as import("yaml").YAMLMap).get("categories", true) as YamlNode | undefined;
  if (!isSeq(list)) return fail("`categories:` must be a list", list ?? doc.contents);

  const entries = new Map<string, { info: CategoryInfo; node: YamlNode }>();
  list.items.forEach((item, index) => {
    const entryNode = item as YamlNode;
    if (!isMap(item)) return fail(`category #${index + 1}: expected a mapping`, entryNode);
    const fields = new Map<string, { value: unknown; node: YamlNode }>();
    for (const pair of item.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const valueNode = (pair.value ?? pair.key) as YamlNode;
      if (!ENTRY_FIELDS.has(name)) fail(`category #${index + 1}: unknown field "${name}"`, pair.key as YamlNode);
      if (pair.value !== null && !isScalar(pair.value)) fail(`category #${index + 1}: field "${name}" must be a plain value`, valueNode);
      fields.set(name, { value: isScalar(pair.value) ? pair.value.value : null, node: valueNode });
    }

    const key = fields.get("key")?.value;
    if (typeof key !== "string" || key === "") return fail(`category #${index + 1}: missing "key"`, entryNode);
    if (!KEY_PATTERN.test(key)) fail(`category "${key}": key must be dotted lower-case segments like user.contact.email`, fields.get("key")!.node, key);
    if (entries.has(key)) fail(`duplicate category "${key}" (first defined on line ${lineOf(entries.get(key)!.node)})`, entryNode, key);

    const requireString = (field: string): string => {
      const v = fields.get(field)?.value;
      if (typeof v !== "string" || v.trim() === "") return fail(`category "${key}": missing "${field}"`, entryNode, key);
      return v;
    };
    const optionalString = (field: string): string | undefined => {
      const f = fields.get(field);
      if (f === undefined) return undefined;
      if (typeof f.value !== "string" || f.value === "") return fail(`category "${key}": "${field}" must be a key`, f.node, key);
      return f.value;
    };
    const optionalTrue = (field: string): true | undefined => {
      const f = fields.get(field);
      if (f === undefined || f.value === false) return undefined;
      if (f.value !== true) return fail(`category "${key}": "${field}" must be true or false`, f.node, key);
      return true;
    };

    const info: CategoryInfo = { key, name: requireString("name"), description: requireString("description") };
    const parent = optionalString("parent");
    const expectedParent = parentOf(key);
    if (parent !== expectedParent) {
      fail(
        expectedParent === undefined
          ? `category "${key}": a top-level key has no parent`
          : `category "${key}": parent must be "${expectedParent}" (the key minus its last segment)${parent === undefined ? "" : `, got "${parent}"`}`,
        fields.get("parent")?.node ?? entryNode,
        key,
      );
    }
    if (parent !== undefined) info.parent = parent;
    const special = fields.get("special");
    if (special !== undefined) {
      if (typeof special.value !== "string" || !SPECIAL_VALUES.includes(special.value)) {
        fail(`category "${key}": special must be art9 or art10`, special.node, key);
      }
      info.special = special.value as SpecialCategory;
    }
    const deprecated = optionalTrue("deprecated");
    const replacedBy = optionalString("replaced_by");
    if (deprecated && replacedBy === undefined) fail(`category "${key}": deprecated categories need "replaced_by"`, entryNode, key);
    if (!deprecated && replacedBy !== undefined) fail(`category "${key}": "replaced_by" without "deprecated: true"`, entryNode, key);
    if (deprecated) info.deprecated = true;
    if (replacedBy !== undefined) info.replacedBy = replacedBy;
    if (optionalTrue("extension")) info.extension = true;
    entries.set(key, { info, node: entryNode });
  });

  // Cross-references are checked after the whole list is read, so entry order does not matter.
  for (const { info, node } of entries.values()) {
    if (info.parent !== undefined && !entries.has(info.parent)) fail(`category "${info.key}": unknown parent "${info.parent}"`, node, info.key);
    if (info.replacedBy !== undefined) {
      const target = entries.get(info.replacedBy);
      if (!target) fail(`category "${info.key}": replaced_by names unknown category "${info.replacedBy}"`, node, info.key);
      // One hop only: equivalence in covers() is not transitive, so chains would silently break it.
      else if (target.info.deprecated) fail(`category "${info.key}": replaced_by "${info.replacedBy}" is itself deprecated`, node, info.key);
    }
  }

  const result = new Map<string, CategoryInfo>();
  for (const [key, { info }] of entries) result.set(key, Object.freeze(info));
  return result;
}
