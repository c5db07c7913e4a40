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
import { segmentContext } from "../classify/owners";
import { endsInPlural, splitIdentifier } from "../classify/names";
import { classifyComposite, classifyWithAnchors, findingOf, nameCategory, nameRule, nameTurnsDown, namedForPlace, type Classification, type FieldCandidate, type GroupAnchors } from "../classify/classifier";
import type { RuleSet, ValueKind } from "../classify/rules";
import { ADDRESS, classOf, COMPOSITE_PLAIN_NAME, entryCategory, entryRowKind, ENTRY_ROW_CLASSES, namedByKindHead, namedKind, PERSON_NAME, RECORD_VALUE_CLASSES, typeNameCategory, typeWordNames, validatorOfTypeName } from "./shapes";
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

/** The names two versions of a file's declarations disagree on: added, removed, or holding another shape. */
function changedDeclarations(a: Map<string, Shape> | undefined, b: Map<string, Shape> | undefined): Set<string> {
  const changed = new Set<string>();
  for (const [name, shape] of a ?? []) {
    const other = b?.get(name);
    if (!other || JSON.stringify(shape) !== JSON.stringify(other)) changed.add(name);
  }
  for (const name of b?.keys() ?? []) if (!a?.has(name)) changed.add(name);
  return changed;
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

/**
 * What replacing one file's summary changed (see ProjectIndex.update): "declarations", with the names whose shapes
 * differ (every field that read them, or read the file, may read differently), or "members" (only what its types'
 * members were found to hold: fields typed by one member, `PageContext["path"]`).
 */
export type IndexChange = { kind: "declarations" | "members"; names: ReadonlySet<string> } | false;

/** Whether an answer that read `reads` may differ now that `files` have changed, and with them `names` (see update). */
export function readsChanged(reads: IndexReads, files: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  if (files.size) for (const file of reads.files) if (files.has(file)) return true;
  if (names.size) for (const name of reads.names) if (names.has(name)) return true;
  return false;
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

  /** Replace (or with undefined, remove) one file's summary; returns what changed (see {@link IndexChange}). */
  update(file: string, summary: FileSummary | undefined): IndexChange {
    const before = this.summaries.get(file);
    if (summary) this.summaries.set(file, summary);
    else this.summaries.delete(file);
    const names = changedDeclarations(before?.declarations, summary?.declarations);
    if (names.size) {
      this.byName = undefined;
      return { kind: "declarations", names };
    }
    return sameMembers(before?.members, summary?.members) ? false : { kind: "members", names };
  }

  /**
   * Notes in `reads` (until called again, with undefined) every file whose summary the index reads and every name it
   * looks up among all the project's declarations: all that its answers depend on.
   */
  track(reads: IndexReads | undefined): void {
    this.tracker = reads;
  }

  /** Runs `read`, noting what it asks of the index (see {@link track}); returns its result and those reads. */
  reading<T>(read: () => T): { result: T; reads: IndexReads } {
    const reads: IndexReads = { files: new Set(), names: new Set() };
    const outer = this.tracker;
    this.tracker = reads;
    try {
      return { result: read(), reads };
    } finally {
      this.tracker = outer;
    }
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

const ID_MEMBER = /^(_?id|uuid|key|gid|__typename|typename|type|kind)$|Id$/;

const LOCATION = "user.location";
const PRECISE_LOCATION = "user.location.precise";
/** Names that say only that a field holds something (`value`, `data`, `selected`): the type says what. */
const GENERIC_HOLDER = /^(value|data|item|current|selected|initialValue|defaultValue|entry|details?)$/i;

/**
 * The name of a string's alias (`stringOrNull`, `NullableString`, `OptionalStr`, a form builder's `ResolvableString`:
 * a text or what it is read from), not of a translated text's record.
 */
const STRING_ALIAS = /^(?!.*(?:Locali[sz]ed|Translat|I18n|Multilingual|Rich))(?:(?:Nullable|Optional|Maybe|Opt|Resolvable|NonEmpty|Trimmed)?(?:string|String|Str)(?:OrNull|OrUndefined|OrEmpty|OrNil|Nullable|Optional)?)$/;

/** A field named for a locale (`locales`, `defaultLocale`): the languages content is offered in, not a person's. */
const LOCALE_NAME = /locale/i;

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
    // A location held as a point of a type the scan does not see (`courierLocation: LatLng`, `location: GeoPoint`): the
    // point's coordinates, whose the field's own words still say (a `storeLocation: LatLng` is the store's).
    if (named?.startsWith(LOCATION) && !p.ref.array && namedKind(p.ref.name, rules)?.category === PRECISE_LOCATION) {
      return { candidate: { ...base, name: `${p.name}Coordinates`, kind: "unknown", container: false } };
    }
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
      // A trait held as a row of a lookup table named for it (`gender: Gender`, `religion: ReligionEntity` of `{ id, name }`):
      // the person's trait, as it is when the type is not in view.
      // (Not a locale: `locales: Locale[]` are the languages content is offered in.)
      if (!composite && named && RECORD_VALUE_CLASSES.has(classOf(named)) && !LOCALE_NAME.test(p.name)) {
        const kind = namedKind(p.ref.name, rules);
        if (kind && classOf(kind.category) === classOf(named)) return { candidate: { ...base, kind: p.ref.array || resolved.array ? "array" : "unknown", container: false } };
      }
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
    // (Read by another name, a point's coordinates: the evidence says why.)
    if (result && resolved.candidate.name !== p.name) result.evidence = `${result.evidence}; typed ${p.ref.name}, a point`;
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
