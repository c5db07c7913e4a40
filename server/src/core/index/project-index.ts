/**
 * The project index: what every named type and schema of the project holds, from the per-file summaries the scanner
 * writes (no type checker, no node_modules), and the second pass that classifies the fields typed by such a name.
 *
 * A reference is resolved in its own file first, then through the file's imports (relative paths, index files), then
 * by a name declared exactly once in the project. What the resolved shape says decides:
 * - a literal union, an enum: not the data (a UI `position: "top" | "bottom"` is no job title);
 * - a primitive alias or a schema const (`const ZIpSchema = z.string().ip()`): its kind and validators;
 * - an object whose members are parts of one kind (street, city, postcode): a composite of that kind, reported when
 *   the field's own name agrees (`shipping_address: AddressDTO`); any other object (a whole person record, an
 *   order): a container, whose data is reported where it is declared.
 */
import * as path from "path";
import { lexiconMatches, segmentContext } from "../classify/owners";
import { isPartOnlyRule } from "../classify/name-analysis";
import { endsInPlural, singular, splitIdentifier } from "../classify/names";
import { classifyComposite, classifyWithAnchors, findingOf, nameCategory, nameRule, nameTurnsDown, namedForPlace, type Classification, type FieldCandidate, type GroupAnchors } from "../classify/classifier";
import { PAYMENT_METHOD_RULE } from "../classify/judge";
import type { DetectionRule, RuleSet, ValueKind } from "../classify/rules";
import { isSuppressed, type Suppression } from "../scan/suppressions";
import type { FileScanResult, Finding } from "../types";
import { mergeFlows, mergeResolved, type ResolvedDelta } from "./resolved";

export type { ResolvedDelta } from "./resolved";
import { catalogueFor } from "../flows/catalogue";
import { recordCategories, resolvePendingFlows } from "../flows/resolve";

/** What a named declaration holds. Plain data: summaries cross worker threads and may be cached. */
export type Shape =
  | { kind: "value"; value: ValueKind; validators: string[] }
  | { kind: "enum" }
  /**
   * An object: `composite` when its members are parts of one kind (an address of street, city and postcode), `entry`
   * when it is one tagged value (`{ number, type }`). Worked out where the summary is made (in the worker threads), so
   * only the verdict crosses threads and stays in the index, not every member's name. `service` when it is mostly
   * methods (a `Cookie` helper, a `SessionClient`): an object that does things, not a record. `wrapper` when it only
   * wraps one value with its code, label or unit (`{ value }`, `{ code, desc }`, `{ amount, currency }`): a field typed
   * by it is that value, as its own name says.
   */
  | { kind: "object"; composite?: string; entry?: boolean; service?: boolean; wrapper?: boolean }
  | { kind: "ref"; name: string; array: boolean };

export interface FileSummary {
  /** Top-level (and namespace-level) declarations by name. Maps: cheap to fill, and they cross threads as they are. */
  declarations: Map<string, Shape>;
  /** Local name -> where it is imported from and under which name ("default" for a default import). */
  imports: Map<string, { from: string; name: string }>;
  /** Exported name ("default" too) -> id of the service whose client the file exports (see flows/extract.ts). */
  clients?: Map<string, string>;
  /**
   * Top-level type -> member -> what the member was found to hold (its category and rule), for fields typed by one
   * member (`p: PageContext["path"]`). Filled once the file's own fields are classified.
   */
  members?: Map<string, Map<string, MemberHeld>>;
}

/** What one member of a type was found to hold: its finding's category and rule. */
export interface MemberHeld {
  category: string;
  ruleId: string;
}

export interface TypeRef {
  name: string;
  /** The field holds a list of them (`Address[]`, `z.array(AddressSchema)`). */
  array: boolean;
  /** The namespace the name was read through (`Stripe` of `Stripe.Customer`). */
  qualifier?: string;
  /** One member of the named type (`PageContext["path"]`): the field holds what that member holds. */
  member?: string;
  /** A type literal written in place (`address: { street: string; city: string }`): its shape, no name to resolve. */
  inline?: Shape;
}

/** A field typed by a name, waiting for the index: the candidate as plain data, with what its classification needs. */
export interface PendingField extends FieldCandidate {
  /** `kind` is what the file alone said about the value (used when the name resolves to nothing). */
  ref: TypeRef;
  anchors: GroupAnchors;
  /** The file's suppressions that may apply to this field's line. */
  suppressions: Suppression[];
}

export function emptySummary(): FileSummary {
  return { declarations: new Map(), imports: new Map() };
}


const MAX_REF_DEPTH = 8;
const SOURCE_SUFFIXES = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".d.ts"];

function sameDeclarations(a: Map<string, Shape> | undefined, b: Map<string, Shape> | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.size !== b.size) return false;
  for (const [name, shape] of a) if (JSON.stringify(shape) !== JSON.stringify(b.get(name))) return false;
  return true;
}

/** Whether two summaries' member findings agree (compared in place: this runs on every edit of a file). */
function sameMembers(a: FileSummary["members"], b: FileSummary["members"]): boolean {
  if (!a || !b) return (a?.size ?? 0) === (b?.size ?? 0);
  if (a.size !== b.size) return false;
  for (const [type, ma] of a) {
    const mb = b.get(type);
    if (!mb || mb.size !== ma.size) return false;
    for (const [member, x] of ma) {
      const y = mb.get(member);
      if (!y || y.category !== x.category || y.ruleId !== x.ruleId) return false;
    }
  }
  return true;
}

/** What the index read to answer (see ProjectIndex.track). */
export interface IndexReads {
  /** Files whose summaries were read (asked for: a file that has none counts too). */
  files: Set<string>;
  /** Names looked up among every file's declarations (the index's fallback to a name declared once). */
  names: Set<string>;
  /** Whether every file's clients were looked through. */
  clients?: boolean;
}

/** What one file's pending fields were resolved from, as the scan cache keeps it (see resolveReferences). */
export interface ResolutionReads {
  files: string[];
  names: string[];
}

/**
 * A project pass recorded earlier (the scan cache's), for one over the same files of which only `changed` differ:
 * a file that did not change, whose pending fields read nothing that did, gets what they were resolved to then.
 */
export interface PreviousPass {
  /** Files whose content changed since then (absolute paths, as the results'). */
  changed: ReadonlySet<string>;
  /** Their summaries as they were then. */
  changedSummaries: readonly (FileSummary | undefined)[];
  /** Per result (same order): what the pass added to it and what its pending fields read; undefined for changed files. */
  recorded: readonly ({ delta: ResolvedDelta | undefined; reads: ResolutionReads | undefined } | undefined)[];
}

export class ProjectIndex {
  private readonly summaries = new Map<string, FileSummary>();
  /** Name -> every file declaring it; rebuilt lazily after a change. */
  private byName: Map<string, string[]> | undefined;
  /** While set (see {@link track}), what the index is asked is noted in it. */
  private tracker: IndexReads | undefined;

  constructor(entries: Iterable<[string, FileSummary | undefined]> = []) {
    for (const [file, summary] of entries) if (summary) this.summaries.set(file, summary);
  }

  /**
   * Replace (or with undefined, remove) one file's summary. Returns what changed: "declarations" (what its names hold:
   * every field typed by a name may read differently), "members" (only what its types' members were found to hold:
   * fields typed by one member, `PageContext["path"]`), or false.
   */
  update(file: string, summary: FileSummary | undefined): "declarations" | "members" | false {
    const before = this.summaries.get(file);
    if (summary) this.summaries.set(file, summary);
    else this.summaries.delete(file);
    if (!sameDeclarations(before?.declarations, summary?.declarations)) {
      this.byName = undefined;
      return "declarations";
    }
    return sameMembers(before?.members, summary?.members) ? false : "members";
  }

  /**
   * Notes in `reads` (until called again, with undefined) every file whose summary the index reads and every name it
   * looks up among all the project's declarations: all that its answers depend on.
   */
  track(reads: IndexReads | undefined): void {
    this.tracker = reads;
  }

  /** A file's summary; every read of one goes through here (see {@link track}). */
  private summary(file: string): FileSummary | undefined {
    this.tracker?.files.add(file);
    return this.summaries.get(file);
  }

  /** The shape a name used in `file` stands for, following aliases; undefined when the project does not declare it. */
  resolve(file: string, name: string, qualifier?: string): { shape: Shape; array: boolean; file: string; name: string } | undefined {
    let array = false;
    let at = file;
    let lookup = name;
    for (let depth = 0; depth < MAX_REF_DEPTH; depth++) {
      const found = this.lookup(at, lookup, depth === 0 ? qualifier : undefined);
      if (!found) return undefined;
      if (found.shape.kind !== "ref") return { shape: found.shape, array, file: found.file, name: found.name };
      array ||= found.shape.array;
      at = found.file;
      lookup = found.shape.name;
    }
    return undefined;
  }

  /**
   * The service of a client that `file` imports as `name` from `from` (`import { analytics } from "./analytics"`):
   * by the import's path, else by a path alias's tail (`@/lib/logger`), else by the only file exporting that name.
   */
  clientService(file: string, from: string, name: string): string | undefined {
    if (from.startsWith(".")) {
      const base = path.resolve(path.dirname(file), from);
      for (const candidate of this.modulePaths(base)) {
        const s = this.summary(candidate)?.clients?.get(name);
        if (s) return s;
      }
      return undefined;
    }
    const tail = from.replace(/^[@~#]\//, "");
    let only: string | undefined;
    let count = 0;
    if (this.tracker) this.tracker.clients = true; // (every file's clients)
    for (const [f, summary] of this.summaries) {
      const s = summary.clients?.get(name);
      if (!s) continue;
      const noExt = f.replace(/\.[^./\\]+$/, "").split(path.sep).join("/");
      if (noExt.endsWith("/" + tail) || noExt.endsWith("/" + tail + "/index")) return s;
      if (name !== "default") (only = s), count++;
    }
    return count === 1 ? only : undefined;
  }

  private modulePaths(base: string): string[] {
    return [base, ...SOURCE_SUFFIXES.map((s) => base + s), ...SOURCE_SUFFIXES.map((s) => path.join(base, "index" + s))];
  }

  private lookup(file: string, name: string, qualifier?: string): { shape: Shape; file: string; name: string } | undefined {
    const summary = this.summary(file);
    // (`ShortText.State`, of an imported module, is that module's `State`, never this file's own; `Message.Expiry` of
    // a namespace the file declares is its own.)
    const imported = qualifier !== undefined && summary?.imports.has(qualifier) === true;
    const local = imported ? undefined : summary?.declarations.get(name);
    if (local && !(local.kind === "ref" && local.name === name)) return { shape: local, file, name };
    if (qualifier) {
      // `Stripe.PaymentIntent`: a package's namespace (or a global one, `Express.Request`) holds the package's type,
      // never the project's own `PaymentIntent`; only a namespace imported from the project's files is looked into.
      const namespace = summary?.imports.get(qualifier);
      if (!namespace || !namespace.from.startsWith(".")) return undefined;
      if (namespace.name === "*") {
        const base = path.resolve(path.dirname(file), namespace.from);
        for (const candidate of this.modulePaths(base)) {
          const shape = this.summary(candidate)?.declarations.get(name);
          if (shape) return { shape, file: candidate, name };
        }
      }
    }
    const importedName = summary?.imports.get(name);
    const wanted = importedName && importedName.name !== "default" ? importedName.name : name;
    if (importedName && importedName.from.startsWith(".")) {
      const base = path.resolve(path.dirname(file), importedName.from);
      for (const candidate of this.modulePaths(base)) {
        const shape = this.summary(candidate)?.declarations.get(wanted);
        if (shape) return { shape, file: candidate, name: wanted };
      }
    }
    // Fall back to a name the project declares exactly once (path aliases, workspace packages, re-exports).
    const files = this.files(wanted).filter((f) => f !== file || (!local && !imported));
    if (files.length === 1) return { shape: this.summary(files[0])!.declarations.get(wanted)!, file: files[0], name: wanted };
    return undefined;
  }

  /** What one member of a declared type was found to hold (`PageContext["path"]`), if anything. */
  memberOf(file: string, name: string, member: string): MemberHeld | undefined {
    const resolved = this.resolve(file, name);
    return resolved && this.memberHeld(resolved, member);
  }

  /** What one member of a type already resolved (see {@link resolve}) was found to hold, if anything. */
  memberHeld(resolved: { file: string; name: string }, member: string): MemberHeld | undefined {
    return this.summary(resolved.file)?.members?.get(resolved.name)?.get(member);
  }

  private files(name: string): string[] {
    this.tracker?.names.add(name);
    if (!this.byName) {
      this.byName = new Map();
      for (const [file, summary] of this.summaries) {
        for (const declared of summary.declarations.keys()) {
          const list = this.byName.get(declared);
          if (list) list.push(file);
          else this.byName.set(declared, [file]);
        }
      }
    }
    return this.byName.get(name) ?? [];
  }
}

/** `"CustomerAddress"` in `Schemas["CustomerAddress"]`: an index that names a type (capitalised, one word), not a member. */
// (Here, not in summaries.ts: the project pass of a warm cached run must not load the compiler that module needs.)
export function isTypeName(key: string): boolean {
  return TYPE_NAME.test(key);
}
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** Categories that a composite value can be as a whole: an address object, a name object, a card, a bank account. */
function classOf(category: string): string {
  if (category === ADDRESS || category.startsWith(ADDRESS + ".")) return ADDRESS;
  if (category.startsWith("user.name")) return "user.name";
  return category;
}

const BUSINESS_CONTEXTS = new Set(["nonperson", "place"]);
const REGION_PARTS = new Set(["user.contact.address.country", "user.contact.address.state"]);
const DEVICE_ATTRIBUTE_RULE = "device-attribute";
const CARD = "user.financial.credit_card";
const ADDRESS = "user.contact.address";
const PERSON_NAME = "user.name";
const EMAIL = "user.contact.email";

/**
 * Rules of a whole name (`name`, `displayName`, an `author`), not one of a name object's parts: a blueprint's
 * `{ name, author }` is no name object.
 */
const WHOLE_NAME_RULES = new Set(["name", "name-full", "author-name"]);
/**
 * A name object's members that are the whole name in some form (FHIR's `text`, a `display`): beside a record's `name`
 * they are no parts (a dashboard card's `{ id, name, display }`).
 */
const WHOLE_NAME_FORMS = new Set(["display", "full", "text", "formatted", "abbreviated", "informal", "familiar", "preferred"]);
/** A name's affixes (`prefix`, `suffix`): beside no first or last, a version's or a string's, not a person's. */
const NAME_AFFIX_RULES = new Set(["name-affix", "name-suffix"]);

/** Suffixes of generated and DTO type names that say nothing about what the type holds. */
const ONE_NOISE_SUFFIX = /(?:Fragment|Input|Type|Dto|DTO|Entity|Model|Schema|Data|Details|Detail|Info|Object|Payload|Fields|Form|Values|Shape|Record|Props|Interface|Query|Result|Response|Request|Demographics?|IF)$/;
/** A type name and each name left as its noise suffixes come off one at a time (`AddressFragmentInput`, `AddressFragment`, `Address`). */
function withoutNoiseSteps(typeName: string): string[] {
  const steps = [typeName];
  for (let name = typeName, shorter = name.replace(ONE_NOISE_SUFFIX, ""); shorter !== name; name = shorter, shorter = name.replace(ONE_NOISE_SUFFIX, "")) steps.push(shorter);
  return steps;
}

/** The least share of an object's members that one kind's parts must be for the object to be that kind's value. */
const COMPOSITE_MIN_SHARE = 0.2;
/** ...and a name's parts, of a name object's (a name has few members besides its parts: a use, a period, a text). */
const NAME_MIN_SHARE = 0.5;

/**
 * The one kind of data an object's members are parts of, or undefined: at least two members of that kind and most
 * of the members that hold personal data at all (an Address with a recipient name and phone is still an address; a
 * User with name, email and phone is a person record, not one value).
 */
export function compositeCategory(members: readonly string[], rules: RuleSet, typeName?: string): string | undefined {
  // A business's or a place's record (`Company`, `Warehouse`, `CompanyAddress`) is not one value of a person's.
  if (typeName && BUSINESS_CONTEXTS.has(segmentContext(typeName, rules) ?? "")) return undefined;
  const counts = new Map<string, number>();
  let personal = 0;
  let nameParts = 0;
  let nearerThanRegion = 0;
  let commonParts = 0;
  for (const m of members) {
    // (A rule that holds only beside certain words, a sentence's `year`, says nothing of an object of day, month, year:
    // nameRule leaves such rules out.)
    const rule = nameRule(m, rules);
    if (!rule) continue;
    personal++;
    // (A region or a brand is part of many kinds of value, a card's issuing country and brand as much as an address's.)
    if (REGION_PARTS.has(rule.category) || rule.id === DEVICE_ATTRIBUTE_RULE) commonParts++;
    const k = classOf(rule.category);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (k === "user.name" && !WHOLE_NAME_RULES.has(rule.id) && !NAME_AFFIX_RULES.has(rule.id) && !WHOLE_NAME_FORMS.has(m.toLowerCase())) nameParts++;
    if (k === ADDRESS && !REGION_PARTS.has(rule.category)) nearerThanRegion++;
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [k, n] of counts) if (n > bestCount) (best = k), (bestCount = n);
  if (!best || bestCount < 2) return undefined;
  // A record that also holds an address among many other things (a parking permit's vehicle, zone, prices and
  // address) is that record, not an address: a value's parts are a good share of its members.
  if (bestCount < members.length * COMPOSITE_MIN_SHARE) return undefined;
  // A name object has parts (first, last, given, family): a record's `name` beside its `displayName` is not one.
  if (best === "user.name" && nameParts === 0) return undefined;
  // (So are its parts most of it: a ticket's `{ id, order_id, c_first_name, c_last_name, customer, devices }` is a
  // ticket that names its customer.)
  if (best === "user.name" && bestCount < members.length * NAME_MIN_SHARE) return undefined;
  // An address has a street, a town or a postcode: a country with its state is a region (a statistic's, a setting's).
  if (best === ADDRESS && nearerThanRegion === 0) return undefined;
  // An email address has no parts: an object of several (`{ emailFrom, emailTo, subject }`) is a message.
  if (best === EMAIL) return undefined;
  if (bestCount / personal >= 0.6) return best;
  // A saved card's brand and issuing country do not vote against its digits and expiry (`card: { brand, last4,
  // exp_month, exp_year, country }`).
  if (best === CARD && bestCount / (personal - commonParts) >= 0.6) return best;
  // A type named for the kind (`interface Address`, `ShippingAddressDto`) is that kind when its parts lead, though it
  // also holds the recipient's name, company and phone, as address records do.
  const named = typeName ? typeNameCategory(typeName, rules) : undefined;
  return named === best && bestCount / personal >= 0.4 ? best : undefined;
}

/** The validator a library's type name is listed as, read without its noise suffixes one at a time (`QuestionnaireResponseFormData`). */
function validatorOfTypeName(typeName: string, rules: RuleSet): string | undefined {
  for (const name of withoutNoiseSteps(typeName).slice(0, 4)) {
    const v = name && rules.validatorAliases.get(name.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

/**
 * The shortest form of a type's name, without its noise suffixes, that names a kind, and that kind: `CardDetailsData` is
 * a card's details though `Card` alone says nothing.
 */
function namedKind(typeName: string, rules: RuleSet): { name: string; category: string; rule: DetectionRule } | undefined {
  const steps = withoutNoiseSteps(typeName);
  for (let i = steps.length - 1; i >= 0; i--) {
    const rule = nameRule(steps[i], rules);
    // (A `PaymentMethod` type may be a shop's way of paying as well as a shopper's saved card: its name says neither.
    // Nor does a word a rule takes only beside certain others, which nameRule leaves out: an `Agency` is no bank
    // account's branch.)
    if (rule && !RECORD_ONLY_RULES.has(rule.id)) return { name: steps[i], category: rule.category, rule };
  }
  return undefined;
}
/** Whether a field's name is the last word of the kind its type is named for (`card` for `PaymentCardDetails`). */
function namedByKindHead(field: string, typeName: string, rules: RuleSet): boolean {
  const kind = namedKind(typeName, rules);
  const kindWords = kind && splitIdentifier(kind.name);
  const fieldWords = splitIdentifier(field);
  return !!kindWords?.length && fieldWords.length === 1 && singular(fieldWords[0]) === singular(kindWords[kindWords.length - 1]);
}

/** Rules that take a field held as a record of a type named for them, but whose names alone do not make a type that kind. */
const RECORD_ONLY_RULES = new Set([PAYMENT_METHOD_RULE]);

/** The composite kind a type's own name says it is (`CustomerAddressFragment` -> address), if it is one. */
function typeNameCategory(typeName: string, rules: RuleSet): string | undefined {
  // The kind itself, not one of its parts: `RootState` (Redux) is not an address because a `state` is an address part.
  const kind = namedKind(typeName, rules);
  if (!kind || !COMPOSITE_CLASSES.has(kind.category)) return undefined;
  // (A type named for a part, `Display` or `Given`, is not the object it is a part of.)
  if (isPartOnlyRule(kind.rule)) return undefined;
  const category = kind.category;
  // A thing's kind named so (`ClassNameType`, `ProductName`): the word before the kind says whose it is.
  // (Not a generated model's prefix: `ApiGen_Concepts_Address` is the API's model of an address, not an API's address.)
  const words = splitIdentifier(kind.name).map(singular);
  let first = 0;
  while (first < words.length - 1 && GENERATED_TYPE_PREFIX.has(words[first])) first++;
  const whose = lexiconMatches(words.slice(first, -1), rules.ownerLexicon);
  return whose.some((m) => m.ctx === "nonperson" || m.ctx === "config" || m.ctx === "place") ? undefined : category;
}
/** Whether one word of a type's name names the composite kind itself (`Address` of `HomeAddressDeclaredChangeState`). */
function typeWordNames(typeName: string, category: string, rules: RuleSet): boolean {
  const words = splitIdentifier(typeName).map(singular);
  const at = words.findIndex((word) => typeNameCategory(word, rules) === category);
  if (at < 0) return false;
  // (Not a setting's type, `DefaultAddressConfiguration`, nor one whose words before the kind's say whose it is not,
  // `WarehouseAddressState`.)
  if (lexiconMatches(words, rules.ownerLexicon).some((m) => m.ctx === "config")) return false;
  return !lexiconMatches(words.slice(0, at), rules.ownerLexicon).some((m) => m.ctx === "nonperson" || m.ctx === "place");
}
const GENERATED_TYPE_PREFIX = new Set(["api", "gen", "generated", "gql", "graphql", "openapi", "swagger", "proto", "dto", "concept"]);

/**
 * Traits a record named for them holds as its value, whatever its members (a census form's race entry, a patient's
 * gender with its coding system): unlike a `Login` record, which holds more than a username.
 */
const RECORD_VALUE_CLASSES = new Set(["user.demographic.race_ethnicity", "user.demographic.gender", "user.demographic.nationality",
  "user.demographic.language", "user.demographic.religious_belief", "user.demographic.marital_status", "user.demographic.sexual_orientation",
  "user.government_id"]);

/** Values a project keeps one to a row beside its flags (`EmailAddressRow { email, verified }`). */
const ENTRY_ROW_CLASSES = new Set(["user.contact.email", "user.contact.phone_number"]);

/**
 * The kind a row type of one value is named for (`EmailAddressRow`), not a collection's (`tRpcEmailsType`). (Not an
 * enum's member, `phone: Kind.PHONE`, which its qualifier gives away: the caller asks for unqualified names only.)
 */
function entryRowKind(typeName: string, rules: RuleSet): ReturnType<typeof namedKind> {
  const steps = withoutNoiseSteps(typeName.replace(/(?<=[a-z])Row$/, ""));
  return endsInPlural(steps[steps.length - 1]) ? undefined : namedKind(steps[steps.length - 1], rules);
}

/** Categories whose rules take a whole record (a patient's history, a symptom entry), by the record's type name. */
const WHOLE_RECORD_CLASSES = new Set(["user.health_and_medical"]);

function classifyWholeRecordByTypeName(p: PendingField, rules: RuleSet): Classification | null {
  const kind = namedKind(p.ref.name, rules);
  if (!kind || !WHOLE_RECORD_CLASSES.has(classOf(kind.category))) return null;
  const result = classifyWithAnchors({ ...p, name: kind.name, kind: p.ref.array ? "array" : "object", container: false }, p.anchors, rules);
  if (!result || !WHOLE_RECORD_CLASSES.has(classOf(result.category))) return null;
  result.evidence = `${result.evidence}; typed ${p.ref.name}`;
  return result;
}

/** Kinds of data that code holds as one object of parts, and the plain name of each. */
const COMPOSITE_PLAIN_NAME = new Map([
  ["user.contact.address", "address"],
  ["user.name", "name"],
  // A payment method of card parts (`{ brand, last4, expMonth }`): the card, as the guide counts a whole bank-details object.
  ["user.financial.credit_card", "credit card"],
  // A payee's bank details (`{ bankName, accountNumber, sortCode }`), counted whole by the labelling guide.
  ["user.financial.bank_account", "bank account"],
]);
const COMPOSITE_CLASSES = new Set(COMPOSITE_PLAIN_NAME.keys());

/** Members that hold one value with a tag: `phones: { number, type }[]`, `emails: { value, label }[]`, `languages: { language, fluency }[]`. */
const ENTRY_VALUE_WORDS = /^(number|value|address|phone|email|e164|digits|raw|text|phonenumber|emailaddress|language|username)$/i;
/** Members beside an entry's value that say nothing of what it holds: its id, flags, timestamps, links to other records. */
const ENTRY_ASIDE = /^(?:_?id|uuid|key|type|kind|label|primary|verified|identities|(?:is|has)(?:_\w+|[A-Z]\w*)|(?:created|updated|deleted|verified)(?:_at|At))$/;
/** Whether a member holds an entry's value (`number`, `phone_number`, LinkedIn's `"Email Address"`). */
const isEntryValue = (member: string): boolean => ENTRY_VALUE_WORDS.test(member.replace(/[\s_-]+/g, ""));

/** The summary's shape of an object with these members (see Shape). */
export function objectShape(members: readonly string[], rules: RuleSet, typeName?: string): Shape {
  const composite = compositeCategory(members, rules, typeName);
  if (composite) return { kind: "object", composite };
  // One value with a tag, nothing in it personal by name: a phone list's `{ number, type }`.
  // (Its id, flags and timestamps aside: `Email { id, address, is_verified, is_primary }`, `Username { id, username, created_at }`.)
  const entry = (members.length <= 4 || members.filter((m) => !ENTRY_ASIDE.test(m)).length <= 3) && members.some(isEntryValue) && !members.some((m) => !isEntryValue(m) && nameCategory(m, rules));
  if (isValueWrapper(members)) return entry ? { kind: "object", entry: true, wrapper: true } : { kind: "object", wrapper: true };
  return entry ? { kind: "object", entry: true } : { kind: "object" };
}

/** The value a wrapper holds (`value`, a code and its description, an amount, a FHIR coding or its text). */
const WRAPPED_VALUE = /^(?:value|val|code|desc|description|display|text|amount|coding)$/i;
/** A list entry named and coded, nothing else (an account's `country: { name }`, `language: { name, symbol }`). */
const NAMED_ENTRY = /^(?:name|symbol|code|iso_?code)$/i;
/**
 * What a wrapper holds beside its value: a label, a unit or currency, a code system, where the value came from; or, for
 * a form control's state (`{ value, errors, touched }`), whether it is valid and was edited.
 */
const WRAPPER_ASIDE = /^(?:label|unit|units|currency|system|version|source|(?:source|raw|original)_?value|classification|last_?updated|unavailable|type|kind|errors?|touched|dirty|pristine|valid|invalid|disabled|focused|validating)$/i;

/** An object that only wraps one value (`{ value }`, `{ code, desc }`, `{ amount, currency }`, `{ value, source, lastupdated }`). */
function isValueWrapper(members: readonly string[]): boolean {
  if (members.length === 0 || members.length > 5) return false;
  if (members.length <= 2 && members.includes("name") && members.every((m) => NAMED_ENTRY.test(m))) return true;
  let values = 0;
  for (const m of members) {
    if (WRAPPED_VALUE.test(m)) values++;
    else if (!WRAPPER_ASIDE.test(m)) return false;
  }
  return values > 0 && values <= 2;
}

/** What a list of entries can hold, each entry one value beside a label, a type, flags or timestamps. */
const ENTRY_CATEGORIES = ["user.contact.phone_number", "user.contact.email", "user.demographic.language", "user.account.username"];

/** A phone or email list whose entries hold the value beside a label or type: the entries are the values themselves. */
function entryCategory(named: string | undefined, shape: { entry?: boolean }): string | undefined {
  if (!shape.entry || !named || !ENTRY_CATEGORIES.some((c) => named === c || named.startsWith(c + "."))) return undefined;
  return classOf(named);
}

const ID_MEMBER = /^(_?id|uuid|key|gid|__typename|typename|type|kind)$|Id$/;

/** Names that say only that a field holds something (`value`, `data`, `selected`): the type says what. */
const GENERIC_HOLDER = /^(value|data|item|current|selected|initialValue|defaultValue|entry|details?)$/i;

/**
 * The name of a string's alias (`stringOrNull`, `NullableString`, `OptionalStr`, a form builder's `ResolvableString`:
 * a text or what it is read from), not of a translated text's record.
 */
const STRING_ALIAS = /^(?!.*(?:Locali[sz]ed|Translat|I18n|Multilingual|Rich))(?:(?:Nullable|Optional|Maybe|Opt|Resolvable|NonEmpty|Trimmed)?(?:string|String|Str)(?:OrNull|OrUndefined|OrEmpty|OrNil|Nullable|Optional)?)$/;

/** What the index says a pending field holds, as the candidate the classifier judges. */
function resolvedCandidate(file: string, p: PendingField, index: ProjectIndex, rules: RuleSet): { candidate: FieldCandidate; composite?: string } {
  const base: FieldCandidate = p;
  const resolved = p.ref.inline ? { shape: p.ref.inline, array: p.ref.array, file } : index.resolve(file, p.ref.name, p.ref.qualifier);
  const named = nameCategory(p.name, rules);
  // A picture is held as a file or image object (`avatar: RAFile`): the object is the data.
  if (named === "user.content.self_image" && (!resolved || resolved.shape.kind === "object")) return { candidate: { ...base, kind: "string", container: false } };
  if (!resolved) {
    // A type the project does not declare (generated GraphQL fragments, a library's types) still names what it holds:
    // `shippingAddress: AddressFragment` is an address when the field's name says so too.
    // (Only kinds held as objects: a field typed `Login` is not a username because the names agree.)
    // (A field whose name says nothing of its own, `value: Address` of an address display's props, is what its type says.)
    // (So is a field named by the kind's last word, `card: PaymentCard`: a card, as its type says.)
    // (Not a member named as its type, in the plural, `CreditCards: CreditCards` of an SDK: a resource's client, not
    // cards; `patient_names: Names` is still names.)
    if (p.name === p.ref.name && endsInPlural(p.ref.name)) return { candidate: base };
    // A person's name typed by an alias of its own name from a file the scan does not see (`lastName: Lastname`, a
    // branded string): the name itself.
    if (named?.startsWith(PERSON_NAME) && !p.ref.array && p.ref.name.length === p.name.length && p.ref.name.toLowerCase() === p.name.toLowerCase() && splitIdentifier(p.name).length >= 2) return { candidate: { ...base, kind: "string", container: false } };
    const typeCategory = typeNameCategory(p.ref.name, rules);
    if (typeCategory && (named ? typeCategory === classOf(named) : GENERIC_HOLDER.test(p.name) || namedByKindHead(p.name, p.ref.name, rules))) return { candidate: { ...base, kind: "string", container: false }, composite: typeCategory };
    // (The kind's word among others, `BaseApplicationAddressDeclaredChangeState`, `AddressDataTypes`: the same, when the
    // field's own name says that kind.)
    const namedClass = named && classOf(named);
    // (So of a name on a person's record: `IPersonFull.name: MyInfoName` is the name an API gives as an object; an
    // icon's `name: IconName` is not, nor is anything whose holder does not say it is a person.)
    const personsName = namedClass === PERSON_NAME && p.owner.length > 0 && segmentContext(p.owner[p.owner.length - 1], rules) === "person";
    if ((namedClass === ADDRESS || personsName) && typeWordNames(p.ref.name, namedClass, rules)) return { candidate: { ...base, kind: "string", container: false }, composite: namedClass };
    // A trait a person has one or a few of, held as a record named for it (`ethnicity: EthnicityDemographicRequest`,
    // `races: RaceEntry[]`): the trait itself, when the field's name says the same.
    // (So is an address or a number kept as a row of its own, `unverifiedEmails: EmailAddressRow[]`, from a type file
    // the scan does not see: a row of one e-mail address and its flags.)
    const kind = named && RECORD_VALUE_CLASSES.has(classOf(named)) ? namedKind(p.ref.name, rules) : named && ENTRY_ROW_CLASSES.has(named) && !p.ref.qualifier ? entryRowKind(p.ref.name, rules) : undefined;
    if (kind && classOf(kind.category) === classOf(named!)) return { candidate: { ...base, kind: p.ref.array ? "array" : "unknown", container: false } };
    // A type name that the rules list as a validator (`observations: Observation[]` from a FHIR types package).
    // (Read without a suffix that says nothing, too: `QuestionnaireResponseFormData`.)
    const typeValidator = validatorOfTypeName(p.ref.name, rules);
    if (typeValidator && !p.validators.some((v) => v.name === typeValidator)) return { candidate: { ...base, validators: [...p.validators, { name: typeValidator, evidence: `type ${p.ref.name}` }] } };
    // An alias of a string from a file the scan does not see (`first_name: stringOrNull`, `city: NullableString`) holds
    // a string, whatever its file says.
    if (STRING_ALIAS.test(p.ref.name) && !p.ref.qualifier) return { candidate: { ...base, kind: p.ref.array ? "array" : "string", container: false } };
    return { candidate: base };
  }
  const { shape } = resolved;
  switch (shape.kind) {
    case "enum":
      return { candidate: { ...base, kind: "enum", container: false } };
    case "value": {
      const validators = [...p.validators];
      for (const v of shape.validators) if (!validators.some((x) => x.name === v)) validators.push({ name: v, evidence: `${p.ref.name} (${v})` });
      const kind: ValueKind = p.ref.array || resolved.array ? "array" : shape.value;
      return { candidate: { ...base, kind, validators, container: false } };
    }
    case "object": {
      // A helper object (`cookie: Cookie` with get, set and remove) holds no one's data: its methods handle it.
      if (shape.service) return { candidate: { ...base, system: true } };
      const composite = shape.composite ?? entryCategory(named, shape);
      // A wrapped value (`race: CodeAndDesc`, `name: StringValue`, `salary: Money`) is what the field's name says.
      if (!composite && shape.wrapper && named) return { candidate: { ...base, kind: p.ref.array || resolved.array ? "array" : "unknown", container: false } };
      // Any other object is a record: its data is reported where it is declared, unless the rule takes whole records.
      if (!composite) return { candidate: { ...base, kind: "object", container: true } };
      return { candidate: { ...base, kind: "string", container: false }, composite };
    }
    default:
      return { candidate: base };
  }
}

function memberClassification(type: string, member: string, held: MemberHeld): Classification {
  const detail = `typed ${type}["${member}"], which holds ${held.category}`;
  return { category: held.category, confidence: 0.75, evidence: `rule ${held.ruleId}: ${detail}`, ruleId: held.ruleId, signals: [{ kind: "type", detail }] };
}

/**
 * A field typed by one member of a type (`p: PageContext["path"]`): what that member was found to hold; a member not
 * known to hold anything (or a type the project does not declare) leaves the field to its own name.
 */
function classifyMember(p: PendingField, member: string, declared: ReturnType<ProjectIndex["resolve"]>, index: ProjectIndex, rules: RuleSet): Classification | null {
  const held = declared && index.memberHeld(declared, member);
  if (held) return memberClassification(p.ref.name, member, held);
  const own = classifyWithAnchors({ ...p, kind: p.kind === "object" ? "unknown" : p.kind, container: false }, p.anchors, rules);
  if (own || ID_MEMBER.test(member)) return own;
  // `brand: CreditCardInfo["brand"]` of a card type (declared as card parts, or a library's named for a card): a part
  // of the card, whatever the member is called. (Not its id or type tag: `addressId: AddressFragment["id"]` points at
  // an address.)
  const whole = declared ? (declared.shape.kind === "object" ? declared.shape.composite : undefined) : typeNameCategory(p.ref.name, rules);
  const plain = whole && COMPOSITE_PLAIN_NAME.get(whole);
  return plain ? classifyComposite({ ...p, kind: "string", container: false }, plain, p.anchors, rules) : null;
}

/** Classifies the pending fields of one file against the index: findings, and those its comments suppress. */
export function classifyPending(file: string, pending: readonly PendingField[], index: ProjectIndex, rules: RuleSet): { findings: Finding[]; suppressed: Finding[] } {
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  const report = (p: PendingField, result: Classification) => {
    const finding = findingOf(file, p, p.owner.join("."), result);
    (isSuppressed(p.suppressions, p.range.start.line, finding.category) ? suppressed : findings).push(finding);
  };
  for (let p of pending) {
    if (p.ref.member) {
      const declared = index.resolve(file, p.ref.name);
      if (!declared && isTypeName(p.ref.member)) {
        // `Schemas["CustomerAddress"]` where the project does not declare `Schemas` (generated API types): the index
        // names the type the field holds (classified below as a field typed by that name).
        p = { ...p, ref: { name: p.ref.member, array: p.ref.array } };
      } else {
        const result = classifyMember(p, p.ref.member, declared, index, rules);
        if (result) report(p, result);
        continue;
      }
    }
    const resolved = resolvedCandidate(file, p, index, rules);
    let result = classifyWithAnchors(resolved.candidate, p.anchors, rules);
    // A name read as another kind (`location` of street and city parts) gives way to what the parts are.
    if (result && resolved.composite && classOf(result.category) !== resolved.composite) result = null;
    // An object of address parts is a postal address whatever its key (`home: { street, city }`, `selectedAddress:
    // Address`): see classifyComposite.
    const plainName = resolved.composite && COMPOSITE_PLAIN_NAME.get(resolved.composite);
    // (Not one whose name says whose it is not: a `buildingAddress: Address` is the building's, and so is a
    // `campusLocation` of street and city parts.)
    if (!result && plainName && classOf(nameTurnsDown(p.name, rules)?.category ?? "") !== resolved.composite && !namedForPlace(p.name, rules)) result = classifyComposite(resolved.candidate, plainName, p.anchors, rules);
    // A record a rule takes whole, held under a name that says nothing of its own (`historyItem: OutbreakHistoryItem`,
    // `value: SymptomEntry`): the type's name says what it is.
    if (!result && !plainName && !ID_MEMBER.test(p.name) && !nameRule(p.name, rules)) result = classifyWholeRecordByTypeName(p, rules);
    // On a tracked event or visit, an object of city and country parts is where the visitor was, as a whole too.
    let kind = resolved.composite;
    // (Only there: on a person's record, a `warehouseAddress` the address rule turned down is nobody's location either.)
    if (!result && kind === ADDRESS && p.anchors.tracking) {
      result = classifyComposite(resolved.candidate, "location", p.anchors, rules);
      if (result && !result.category.startsWith("user.location")) result = null;
      if (result) kind = result.category;
    }
    if (!result) continue;
    // A composite is reported only as the kind its parts are (an `address: Address` of street and city parts).
    if (kind && classOf(result.category) !== classOf(kind)) continue;
    if (resolved.composite) {
      const parts = `${p.ref.name} holds ${resolved.composite} parts`;
      result.evidence = `${result.evidence}; ${parts}`;
    }
    report(p, result);
  }
  return { findings, suppressed };
}

/**
 * A file's own findings with those of its pending fields added, classified against the index, in position order.
 * (The scanner's single-file path, the CLI's project pass and the language server all merge the same way.)
 */
export function withPending(
  own: { findings: Finding[]; suppressed: Finding[] },
  file: string,
  pending: readonly PendingField[] | undefined,
  index: ProjectIndex,
  rules: RuleSet,
): { findings: Finding[]; suppressed: Finding[] } {
  if (!pending?.length) return own;
  return mergeResolved(own, classifyPending(file, pending, index, rules));
}

/**
 * The project pass: indexes every file's summary, then classifies each file's pending fields against it. The results
 * are completed in place; summaries and pending fields are dropped from them. With `deltas`, what the pass added to
 * each result is recorded there (same order as the results; undefined when nothing), and with `reads`, what each
 * file's pending fields were resolved from (undefined for a file without any).
 *
 * With `previous`, a pass over the same files (same paths, same order) before `previous.changed` changed: a file that
 * did not change gets the findings its pending fields were resolved to then, unless they read the summary of a changed
 * file or looked up a name that a changed file declares (or declared). Those are all the index's answers depend on
 * (see ProjectIndex.track), and the file's pending fields and every other summary are the same: so are the answers.
 * (Flows are always worked out afresh: they depend on every file's findings.)
 */
export function resolveReferences(
  results: FileScanResult[],
  rules: RuleSet,
  index = new ProjectIndex(results.map((r) => [r.file, r.summary])),
  deltas?: (ResolvedDelta | undefined)[],
  reads?: (ResolutionReads | undefined)[],
  previous?: PreviousPass,
): ProjectIndex {
  const changedNames = new Set<string>();
  if (previous) {
    for (const summary of previous.changedSummaries) for (const name of summary?.declarations.keys() ?? []) changedNames.add(name);
    for (const r of results) if (previous.changed.has(r.file)) for (const name of r.summary?.declarations.keys() ?? []) changedNames.add(name);
  }
  // (A file without pending fields reads nothing; one with them and no record of its reads is resolved again.)
  const holds = (r: FileScanResult, recorded: ResolutionReads | undefined) =>
    !r.pending?.length || (recorded !== undefined && !recorded.files.some((f) => previous!.changed.has(f)) && !recorded.names.some((n) => changedNames.has(n)));
  results.forEach((r, i) => {
    const recorded = previous && !previous.changed.has(r.file) ? previous.recorded[i] : undefined;
    if (recorded && holds(r, recorded.reads)) {
      const { findings = [], suppressed = [] } = recorded.delta ?? {};
      ({ findings: r.findings, suppressed: r.suppressed } = mergeResolved(r, { findings, suppressed }));
      // (The recorded object itself when it holds no flows: the cache then keeps its encoding as it is.)
      if (deltas && (findings.length || suppressed.length)) deltas[i] = recorded.delta!.flows ? { ...(findings.length ? { findings } : {}), ...(suppressed.length ? { suppressed } : {}) } : recorded.delta;
      if (reads) reads[i] = recorded.reads;
    } else if (r.pending?.length) {
      const read: IndexReads = { files: new Set(), names: new Set() };
      index.track(reads ? read : undefined);
      const resolved = classifyPending(r.file, r.pending, index, rules);
      index.track(undefined);
      ({ findings: r.findings, suppressed: r.suppressed } = mergeResolved(r, resolved));
      if (deltas && (resolved.findings.length || resolved.suppressed.length)) {
        deltas[i] = { ...(resolved.findings.length ? { findings: resolved.findings } : {}), ...(resolved.suppressed.length ? { suppressed: resolved.suppressed } : {}) };
      }
      if (reads) reads[i] = { files: [...read.files], names: [...read.names] };
    }
    delete r.pending;
  });
  // Flows need every file's findings settled: a whole record in a sink's arguments carries what its type declares.
  if (results.some((r) => r.pendingFlows?.length)) {
    const records = recordCategories(results.flatMap((r) => r.findings));
    const catalogue = catalogueFor(rules);
    results.forEach((r, i) => {
      if (!r.pendingFlows?.length) return;
      const resolved = resolvePendingFlows(r.file, r.pendingFlows, index, records, catalogue);
      if (resolved.length) {
        r.flows = mergeFlows(r.flows, resolved);
        if (deltas) deltas[i] = { ...deltas[i], flows: resolved };
      }
      delete r.pendingFlows;
    });
  }
  for (const r of results) delete r.summary;
  return index;
}
