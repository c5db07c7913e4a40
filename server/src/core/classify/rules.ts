/**
 * Detection rules as data. The built-in rules live in rules/detection.yaml; users add their own files (same format)
 * through configuration. Loading validates everything up front and reports problems with file and line, so a typo in a
 * user's rule file is an error they can find, not a silent miss.
 */
import * as fs from "fs";
import * as path from "path";
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from "../lazy-yaml";
import { readSnapshot, writeSnapshot } from "../snapshot";
import { phraseTokens } from "./names";
import { findRulesDir } from "./taxonomy";

/** What a field's value is, as far as the code says. */
/** `ref` is a reference to a named type we cannot see (an imported enum or an imported interface). */
export type ValueKind = "string" | "number" | "boolean" | "date" | "enum" | "array" | "object" | "function" | "ref" | "unknown";
export const VALUE_KINDS: readonly ValueKind[] = ["string", "number", "boolean", "date", "enum", "array", "object", "function", "ref", "unknown"];

/**
 * Owner contexts a type/schema/model name can put its fields in. Some say nothing of a field's kind by themselves and
 * come from its siblings or from a message's name (see NO_KIND_ALONE_CONTEXTS in sibling-roles.ts: a page view, a
 * login form, a spoken language, an email or a text message, a verification token, bank details).
 */
export const OWNER_CONTEXTS = ["person", "name", "birth_date", "id_document", "phone_number", "address", "address_part", "avatar", "product_search", "email_entry", "tracking", "page_view", "login", "spoken_language", "email_message", "sms_message", "verification_token", "bank_details", "payment_card", "shipment", "config", "place", "nonperson"] as const;
export type OwnerContext = (typeof OWNER_CONTEXTS)[number];

export type OtherQualifierPolicy = "accept" | "reject" | "owner";
export type UnknownOwnerPolicy = "accept" | "reject" | "siblings";

export interface DetectionRule {
  id: string;
  category: string;
  /** Category to use instead when the decisive context is this one (e.g. city on a tracking event is imprecise location). */
  contextCategory: Partial<Record<OwnerContext, string>>;
  /** Word-token phrases; the longest phrase matching at the end of a name (before transparent trailing tokens) wins. */
  phrases: string[][];
  /** Canonical validator names that classify a field into this category even when its name says little. */
  validators: string[];
  /** Value kinds this data can have; others are counter-evidence. */
  kinds: ValueKind[];
  /** Extra tokens that may trail the phrase for this rule only. */
  trailing: string[];
  /** Qualifier words/phrases as space-joined tokens. */
  qualifiers: { allow: Set<string>; block: Set<string>; other: OtherQualifierPolicy };
  /**
   * `words`: the rule holds only where the field's name or one of its owners has one of these words (a patient's
   * `visits`, not a site's). `except`: it does not hold where the field's qualifier words or an owner's head word is
   * one of these (a pet's `birthDate`, `petBirthDate`; not a `PetOwner`'s).
   */
  owner: { accept: OwnerContext[]; reject: OwnerContext[]; unknown: UnknownOwnerPolicy; words?: Set<string>; except?: Set<string> };
  /** Whether a predicate name (isSmoker, hasDisability) of boolean kind is this data itself. */
  flags: boolean;
  confidence: number;
  description?: string;
  /** Where the rule was defined, for evidence and error messages. */
  source: string;
}

export interface RuleSet {
  rules: DetectionRule[];
  /** Owner-context words and phrases, keyed by their space-joined tokens ("order item" -> nonperson). */
  ownerLexicon: Map<string, OwnerContext>;
  /** Owner-name words that say nothing about the owner (Dto, Entity, Schema...). */
  ownerNoise: Set<string>;
  /** Tokens that may trail any phrase without changing what the field holds. */
  trailing: Set<string>;
  /** Qualifier words/phrases (space-joined tokens) that mean "not the value itself" for every rule (hashed, example...). */
  blockedQualifiers: Set<string>;
  /** Maps what code says (decorator, builder method, format, column type; lower-cased) to a canonical validator. */
  validatorAliases: Map<string, string>;
  /** Maps what code says to a value kind (z.boolean, DataTypes.DATE, varchar...). */
  kindAliases: Map<string, ValueKind>;
  /** Decorators/calls that make a field a container (relations) or system field (primary keys, timestamps). */
  containerMarkers: Set<string>;
  systemMarkers: Set<string>;
  /** Extra categories defined by rule files (key, parent). */
  customCategories: { key: string; parent: string; description?: string }[];
  /** Extra sink catalogues (files of rules/sinks.yaml's shape listed among the rule files); see flows/catalogue.ts. */
  sinkFiles?: string[];
}

export class RuleFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}:${column}: ${detail}`);
    this.name = "RuleFileError";
  }
}

export interface LoadRuleSetOptions {
  /** Extra rule files; their rules come first so they win ties with built-in rules. */
  extraRuleFiles?: string[];
  /** Skip the built-in rules (tests). */
  builtin?: boolean;
}

let builtinCache: RuleSet | undefined;

export function builtinRulesFile(): string {
  return path.join(findRulesDir(), "detection.yaml");
}

/** The first rule of the set with this id (looked up through a map built once per set). */
export function ruleById(rules: RuleSet, id: string): DetectionRule | undefined {
  let index = rulesById.get(rules);
  // (Rebuilt if rules were merged into the set since: a set is only added to.)
  if (!index || index.length !== rules.rules.length) {
    const byId = new Map<string, DetectionRule>();
    for (const r of rules.rules) if (!byId.has(r.id)) byId.set(r.id, r);
    rulesById.set(rules, (index = { length: rules.rules.length, byId }));
  }
  return index.byId.get(id);
}
const rulesById = new WeakMap<RuleSet, { length: number; byId: Map<string, DetectionRule> }>();

/** Load the built-in rules plus any extra rule files. Throws RuleFileError with a location on bad input. */
export function loadRuleSet(options: LoadRuleSetOptions = {}): RuleSet {
  const extras = options.extraRuleFiles ?? [];
  const useBuiltin = options.builtin !== false;
  if (useBuiltin && extras.length === 0) return (builtinCache ??= loadBuiltinRuleSet());
  const set = emptyRuleSet();
  for (const file of extras) {
    const text = fs.readFileSync(file, "utf8");
    // A sink catalogue listed with the rule files extends the services flows are sent to.
    if (isSinkCatalogueText(text)) (set.sinkFiles ??= []).push(file);
    else mergeRuleFile(set, file, text);
  }
  if (useBuiltin) {
    const file = builtinRulesFile();
    mergeRuleFile(set, file, fs.readFileSync(file, "utf8"));
  }
  if (useBuiltin && extras.length === 0) builtinCache = set;
  return set;
}

/** A file of rules/sinks.yaml's shape (top-level `services:`) rather than detection rules. */
export function isSinkCatalogueText(text: string): boolean {
  return /^services\s*:/m.test(text) && !/^rules\s*:/m.test(text);
}

/**
 * The built-in rules, from the snapshot `npm run build` writes next to this module when it matches the YAML (same
 * file, same bytes), else parsed from the YAML. Parsing costs ~100 ms of every CLI run, on the path before the first
 * file is scanned; deserialising the snapshot ~1 ms. A stale, missing or unreadable snapshot only costs that time.
 */
function loadBuiltinRuleSet(): RuleSet {
  const file = builtinRulesFile();
  const text = fs.readFileSync(file, "utf8");
  return readRuleSnapshot(file, text) ?? ruleSetFromText(text, file);
}

export const RULE_SNAPSHOT_FILE = path.join(__dirname, "detection-rules.snapshot");

/** The snapshot's rules when it was made from exactly this file and text, else undefined. */
export function readRuleSnapshot(file: string, text: string): RuleSet | undefined {
  return readSnapshot<RuleSet>(RULE_SNAPSHOT_FILE, file, text);
}

/** Writes the snapshot of the built-in rules (run by `npm run build`); returns its path. */
export function writeRuleSnapshot(): string {
  const file = builtinRulesFile();
  const text = fs.readFileSync(file, "utf8");
  return writeSnapshot(RULE_SNAPSHOT_FILE, file, text, ruleSetFromText(text, file));
}

/** Parse rules from text (for tests and in-memory configuration). */
export function ruleSetFromText(text: string, file = "<rules>", base?: RuleSet): RuleSet {
  const set = base ? cloneRuleSet(base) : emptyRuleSet();
  mergeRuleFile(set, file, text);
  return set;
}

function emptyRuleSet(): RuleSet {
  return {
    rules: [],
    ownerLexicon: new Map(),
    ownerNoise: new Set(),
    trailing: new Set(),
    blockedQualifiers: new Set(),
    validatorAliases: new Map(),
    kindAliases: new Map(),
    containerMarkers: new Set(),
    systemMarkers: new Set(),
    customCategories: [],
  };
}

function cloneRuleSet(s: RuleSet): RuleSet {
  return {
    rules: [...s.rules],
    ownerLexicon: new Map(s.ownerLexicon),
    ownerNoise: new Set(s.ownerNoise),
    trailing: new Set(s.trailing),
    blockedQualifiers: new Set(s.blockedQualifiers),
    validatorAliases: new Map(s.validatorAliases),
    kindAliases: new Map(s.kindAliases),
    containerMarkers: new Set(s.containerMarkers),
    systemMarkers: new Set(s.systemMarkers),
    customCategories: [...s.customCategories],
  };
}

const TOP_KEYS = new Set(["version", "lexicons", "validators", "kinds", "markers", "categories", "rules"]);
const RULE_KEYS = new Set([
  "id", "category", "contextCategory", "phrases", "validators", "kinds", "trailing", "qualifiers", "owner", "flags",
  "confidence", "description",
]);

/** Validates one rule file and merges it into `set`. Entries already present (from earlier files) keep precedence. */
function mergeRuleFile(set: RuleSet, file: string, text: string): void {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const fail = (node: YamlNode | undefined | null, detail: string): never => {
    const offset = node?.range?.[0] ?? 0;
    const pos = lineCounter.linePos(offset);
    throw new RuleFileError(file, pos.line, pos.col, detail);
  };
  const lineOf = (node: YamlNode | undefined | null): number => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lineCounter.linePos(e.pos[0]);
    throw new RuleFileError(file, pos.line, pos.col, e.message.split("\n")[0]);
  }
  const root = doc.contents;
  if (!isMap(root)) fail(root, "a rule file must be a mapping with `version` and `rules`");
  const rootMap = root as import("yaml").YAMLMap;
  for (const pair of rootMap.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!TOP_KEYS.has(key)) fail(pair.key as YamlNode, `unknown top-level key "${key}" (expected one of ${[...TOP_KEYS].join(", ")})`);
  }
  const version = rootMap.get("version");
  if (version !== 1) fail(rootMap.get("version", true) as YamlNode ?? rootMap, "`version: 1` is required");

  const strings = (node: unknown, what: string): string[] => {
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) return fail(node as YamlNode, `${what} must be a list of strings`);
    return node.items.map((item) => {
      if (!isScalar(item) || typeof item.value !== "string" && typeof item.value !== "number") {
        return fail(item as YamlNode, `${what} must contain only strings`);
      }
      return String(item.value);
    });
  };
  const mapOf = (node: unknown, what: string): [string, YamlNode][] => {
    if (node === undefined || node === null) return [];
    if (!isMap(node)) return fail(node as YamlNode, `${what} must be a mapping`);
    return node.items.map((p) => [isScalar(p.key) ? String(p.key.value) : fail(p.key as YamlNode, `${what}: bad key`), p.value as YamlNode]);
  };

  const lexicons = rootMap.get("lexicons", true);
  for (const [name, value] of mapOf(lexicons, "lexicons")) {
    if (name === "owner") {
      for (const [ctx, words] of mapOf(value, "lexicons.owner")) {
        if (!(OWNER_CONTEXTS as readonly string[]).includes(ctx)) fail(value, `unknown owner context "${ctx}" (expected ${OWNER_CONTEXTS.join(", ")})`);
        for (const w of strings(words, `lexicons.owner.${ctx}`)) {
          const key = phraseTokens(w).join(" ");
          if (key && !set.ownerLexicon.has(key)) set.ownerLexicon.set(key, ctx as OwnerContext);
        }
      }
    } else if (name === "ownerNoise") {
      for (const w of strings(value, "lexicons.ownerNoise")) {
        const tokens = phraseTokens(w);
        if (/\s/.test(w.trim())) fail(value, `lexicons.ownerNoise: "${w}" must be a single word`);
        for (const t of tokens) set.ownerNoise.add(t);
      }
    } else if (name === "trailing") {
      for (const w of strings(value, "lexicons.trailing")) {
        const tokens = phraseTokens(w);
        if (/\s/.test(w.trim())) fail(value, `lexicons.trailing: "${w}" must be a single word`);
        for (const t of tokens) set.trailing.add(t);
      }
    } else if (name === "blockedQualifiers") {
      for (const w of strings(value, "lexicons.blockedQualifiers")) set.blockedQualifiers.add(phraseTokens(w).join(" "));
    } else {
      fail(value, `unknown lexicon "${name}" (expected owner, ownerNoise, trailing, blockedQualifiers)`);
    }
  }
  for (const [canonical, aliases] of mapOf(rootMap.get("validators", true), "validators")) {
    for (const a of [canonical, ...strings(aliases, `validators.${canonical}`)]) {
      const k = a.toLowerCase();
      if (!set.validatorAliases.has(k)) set.validatorAliases.set(k, canonical);
    }
  }
  for (const [kind, aliases] of mapOf(rootMap.get("kinds", true), "kinds")) {
    if (!(VALUE_KINDS as readonly string[]).includes(kind)) fail(aliases, `unknown value kind "${kind}" (expected ${VALUE_KINDS.join(", ")})`);
    for (const a of strings(aliases, `kinds.${kind}`)) {
      const k = a.toLowerCase();
      if (!set.kindAliases.has(k)) set.kindAliases.set(k, kind as ValueKind);
    }
  }
  for (const [name, value] of mapOf(rootMap.get("markers", true), "markers")) {
    const target = name === "container" ? set.containerMarkers : name === "system" ? set.systemMarkers : undefined;
    if (!target) fail(value, `unknown marker list "${name}" (expected container, system)`);
    for (const w of strings(value, `markers.${name}`)) target!.add(w.toLowerCase());
  }
  const cats = rootMap.get("categories", true);
  if (cats !== undefined) {
    if (!isSeq(cats)) fail(cats as YamlNode, "categories must be a list of {key, parent, description}");
    for (const item of (cats as unknown as import("yaml").YAMLSeq).items) {
      if (!isMap(item)) fail(item as YamlNode, "a category must be a mapping {key, parent, description}");
      const m = item as import("yaml").YAMLMap;
      const key = m.get("key");
      const parent = m.get("parent");
      if (typeof key !== "string" || typeof parent !== "string") fail(m, "a category needs string `key` and `parent`");
      const description = m.get("description");
      set.customCategories.push({ key: key as string, parent: parent as string, description: typeof description === "string" ? description : undefined });
    }
  }

  const rules = rootMap.get("rules", true);
  if (rules !== undefined && !isSeq(rules)) fail(rules as YamlNode, "rules must be a list");
  const seenIds = new Set(set.rules.map((r) => r.id));
  const idsInFile = new Map<string, number>();
  for (const item of rules ? (rules as unknown as import("yaml").YAMLSeq).items : []) {
    if (!isMap(item)) fail(item as YamlNode, "a rule must be a mapping");
    const m = item as import("yaml").YAMLMap;
    for (const pair of m.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!RULE_KEYS.has(key)) fail(pair.key as YamlNode, `unknown rule key "${key}" (expected one of ${[...RULE_KEYS].join(", ")})`);
    }
    const id = m.get("id");
    const category = m.get("category");
    if (typeof id !== "string" || !id) fail(m, "a rule needs a string `id`");
    if (typeof category !== "string" || !category.startsWith("user")) fail(m.get("category", true) as YamlNode ?? m, `rule ${id}: \`category\` must be a fideslang user.* key`);
    // (The same id twice in one file is a mistake: the second rule would silently never apply.)
    if (idsInFile.has(id as string)) fail(m.get("id", true) as YamlNode, `rule ${id}: duplicate id (first at line ${idsInFile.get(id as string)})`);
    idsInFile.set(id as string, lineOf(m.get("id", true) as YamlNode));
    if (seenIds.has(id as string)) continue; // an earlier (user) file overrides a built-in rule of the same id
    seenIds.add(id as string);
    const kindsNode = m.get("kinds", true);
    const kinds = kindsNode === undefined ? ["string", "number", "enum", "array", "unknown"] : strings(kindsNode, `rule ${id}: kinds`);
    for (const k of kinds) if (!(VALUE_KINDS as readonly string[]).includes(k)) fail(kindsNode as YamlNode, `rule ${id}: unknown kind "${k}"`);
    const q = m.get("qualifiers", true);
    const qm = new Map(mapOf(q, `rule ${id}: qualifiers`));
    for (const k of qm.keys()) if (!["allow", "block", "other"].includes(k)) fail(q as YamlNode, `rule ${id}: unknown qualifiers key "${k}"`);
    const other = qm.has("other") ? scalar(qm.get("other")) : "owner";
    if (!["accept", "reject", "owner"].includes(other)) fail(qm.get("other"), `rule ${id}: qualifiers.other must be accept, reject or owner`);
    const o = m.get("owner", true);
    const om = new Map(mapOf(o, `rule ${id}: owner`));
    for (const k of om.keys()) if (!["accept", "reject", "unknown", "words", "except"].includes(k)) fail(o as YamlNode, `rule ${id}: unknown owner key "${k}"`);
    const ctxList = (key: string): OwnerContext[] => {
      const list = strings(om.get(key), `rule ${id}: owner.${key}`);
      for (const c of list) if (!(OWNER_CONTEXTS as readonly string[]).includes(c)) fail(om.get(key), `rule ${id}: unknown owner context "${c}"`);
      return list as OwnerContext[];
    };
    const unknown = om.has("unknown") ? scalar(om.get("unknown")) : "accept";
    if (!["accept", "reject", "siblings"].includes(unknown)) fail(om.get("unknown"), `rule ${id}: owner.unknown must be accept, reject or siblings`);
    const contextCategory: Partial<Record<OwnerContext, string>> = {};
    for (const [ctx, v] of mapOf(m.get("contextCategory", true), `rule ${id}: contextCategory`)) {
      if (!(OWNER_CONTEXTS as readonly string[]).includes(ctx)) fail(v, `rule ${id}: unknown context "${ctx}"`);
      contextCategory[ctx as OwnerContext] = scalar(v);
    }
    const confidence = m.get("confidence") ?? 0.8;
    if (typeof confidence !== "number" || confidence <= 0 || confidence > 1) fail(m.get("confidence", true) as YamlNode, `rule ${id}: confidence must be a number in (0, 1]`);
    const phrases = strings(m.get("phrases", true), `rule ${id}: phrases`).map(phraseTokens);
    const validators = strings(m.get("validators", true), `rule ${id}: validators`);
    if (phrases.length === 0 && validators.length === 0) fail(m, `rule ${id}: needs phrases or validators`);
    set.rules.push({
      id: id as string,
      category: category as string,
      contextCategory,
      phrases,
      validators,
      kinds: kinds as ValueKind[],
      trailing: strings(m.get("trailing", true), `rule ${id}: trailing`).flatMap(phraseTokens),
      qualifiers: {
        allow: new Set(strings(qm.get("allow"), `rule ${id}: qualifiers.allow`).map((w) => phraseTokens(w).join(" "))),
        block: new Set(strings(qm.get("block"), `rule ${id}: qualifiers.block`).map((w) => phraseTokens(w).join(" "))),
        other: other as OtherQualifierPolicy,
      },
      owner: {
        accept: ctxList("accept"),
        reject: ctxList("reject"),
        unknown: unknown as UnknownOwnerPolicy,
        ...(om.has("words") ? { words: new Set(strings(om.get("words"), `rule ${id}: owner.words`).map((w) => phraseTokens(w).join(" "))) } : {}),
        ...(om.has("except") ? { except: new Set(strings(om.get("except"), `rule ${id}: owner.except`).map((w) => phraseTokens(w).join(" "))) } : {}),
      },
      flags: m.get("flags") === true,
      confidence: confidence as number,
      description: typeof m.get("description") === "string" ? (m.get("description") as string) : undefined,
      source: file,
    });
  }

  function scalar(node: unknown): string {
    if (!isScalar(node)) return fail(node as YamlNode, "expected a single value");
    return String(node.value);
  }
}
