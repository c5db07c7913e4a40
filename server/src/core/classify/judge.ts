/**
 * One field's verdict: what its name says under the rules, weighed against the context that decides (the qualifier
 * words of its name, its siblings, its owner path from the innermost segment out, its file), its value's kind and its
 * validators. The classifier (classifier.ts) judges every field of one owner with this and settles the ambiguous
 * ones by what the owner's other fields were found to hold.
 */
import { endsInPlural, normalizeName, ownCopy, splitIdentifier, singular, type NormalizedName } from "./names";
import { analyseName, namesOwnerWord, namesSubject, ownerNamedByPhrase, ownerNamedForRule, typeNameBlocks, validatorRule, WEAK_VALIDATORS, type NameAnalysis } from "./name-analysis";
import { isAboutData, isFieldText, lastOwnerWord, lexiconMatches, namesOnlySettings, segmentContext, UI_STATE } from "./owners";
import { NO_SIBLING_CONTEXTS } from "./sibling-roles";
import type { DetectionRule, OwnerContext, RuleSet } from "./rules";
import { HEALTH_RULE, healthRecordNameVerdict, healthRecordParticular, topicVerdict, YES_NO_TYPE } from "./topics";
import type { FieldCandidate } from "./classifier";
import type { Signal } from "../types";

/** The rule of a bare `name`, which on a component's props is a label or a form field's name, not a person's. */
export const BARE_NAME_RULE = "name";
/** The rule of a saved payment method, which holds only as a type named for one (see judge and the project index). */
export const PAYMENT_METHOD_RULE = "payment-method";
const ORGANIZATION = "user.contact.organization";
/** What a person is paid or earns (a salary, a pay statement's lines). */
const INCOME_RULE = "income";
const VEHICLE_RULE = "vehicle-registration";
/** Rules whose values are held as a record named for them, whose parts are then the value's (`Compensation`, `LicencePlate`). */
const NAMED_RECORD_RULES = new Set([INCOME_RULE, VEHICLE_RULE]);
const CRIMINAL_HISTORY = "user.criminal_history";

const CONTROL_WORDS = new Set(["field", "input"]);
const RECORD_ID = "record_id";
const SPECIAL_CATEGORY = /^user\.(?:health_and_medical|biometric|criminal_history|demographic\.(?:race_ethnicity|religious_belief|sexual_orientation|political_opinion|union_membership))/;
const ID_WORDS = new Set(["id", "ids", "identifier", "uuid", "guid", "key", "token", "ref", "reference"]);
const KIND_WORDS = new Set(["type", "kind", "category"]);
const GEO_CATEGORY = /^user\.(?:location|contact\.address)/;
const PAYMENT_RECORD_TYPE = /Payment(?:Method|Details?|Info|Instrument|Source)|Card/;
const CONFIG_TYPE = /(?:Config|Configuration|Options?|Settings?|Type|Kind|Enum|Props|Element|Component)$/;
/** A field typed by a client or a service holds an object that does things. */
const HELPER_TYPE = /[a-z](?:Client|Service|Api|API|Repository|Controller|Handler|Gateway|Adapter|Sdk|SDK)$/;

/**
 * Roles that make a name a person's whatever its owner (`inviteeEmail` in a mail template's variables). Not `sender`
 * or `admin`: on a configuration those are the organisation's own addresses.
 */
export const PERSON_ROLES = new Set(["invitee", "inviter", "initiator", "recipient", "participant", "attendee", "customer", "patient", "subscriber", "signer",
  "applicant", "candidate", "licensee", "member", "guest", "user", "student", "employee", "contact", "lead", "client", "buyer",
  "actor", "assignee", "reviewer", "approver", "requester", "requestor", "creator"]);

export const EMAIL = "user.contact.email";
const USERNAME = "user.account.username";
const ADDRESS_PART = "user.contact.address.";
const THING_CONTEXTS: ReadonlySet<OwnerContext> = new Set(["nonperson", "place", "config"]);
const OPTIONS_PARAMETER = new Set(["options", "opts"]);
/** How an ORM declares a stored model's column (see the scanner's `via`). */
const STORED_MODEL = /Model\.init\(\) attribute|define\(\) attribute|Mongoose Schema path|Prisma model field/;
/** An owner segment that is only a contact or a list of them (`contact`, `contacts`, `contactInfo`). */
const CONTACT_SEGMENT = /^contacts?(?:Info|Details)?$/i;
/** The last word of a call's input named as such (`FindPostsOptions`, `SearchParams`), as opposed to a system's settings. */
const CALL_INPUT_HEADS = new Set(["option", "opt", "param", "parameter", "arg", "argument"]);
/** A function's or a method's name, as code writes it (types are capitalised). */
const FUNCTION_NAME = /^[a-z]/;
/** Head words of a class that holds code working on data (its methods' parameters are not its own fields). */
const CODE_UNITS = new Set(["service", "api"]);
const QUERY_VERB = /^(?:list|find|search|query|filter|count|lookup|select|get|fetch|load|read|retrieve|paginate|export)(?:[A-Z_]|$)/;
const CHANGE_REQUEST = /^I?(?:Update|Change|Set|Edit|Save)[A-Z]/;
const ERROR_TYPE = /(?:Error|Exception)$/;
/** Owner names that say nothing but that they are a component's props or state. */
const GENERIC_OWNER = /^I?(?:Props|State|ComponentProps|OwnProps|StateProps|Params|Args)$/;

/** Owner words of a business (an organisation, a vendor): the things that, unlike a step or an item, have an address. */
const BUSINESS_WORDS = new Set(["company", "organization", "organisation", "org", "business", "employer", "insurer", "vendor", "merchant",
  "supplier", "brand", "institution", "tenant", "workspace", "team", "sponsor", "carrier", "partner", "agency", "firm", "bank",
  "department", "division", "manufacturer", "distributor", "publisher", "provider", "creditor",
  // A congregation or a charity is an organisation too: its contact mailbox and phone are its own. (Not yet its bank
  // account: `CharityBankAccount.iban` is still read as a person's, see the bank rules.)
  "church", "parish", "congregation", "charity", "nonprofit", "ngo", "foundation"]);

/**
 * Whether a record's name is a business's word and nothing else but noise (`Organizations`, `CompanyEntity`), not a
 * form or a role about one (`ContactCompanyFormDto` is a person's, writing for a company).
 */
function namedForBusinessOnly(segment: string, rules: RuleSet): boolean {
  const words = splitIdentifier(segment).map(singular).filter((w) => !rules.ownerNoise.has(w));
  return words.length === 1 && BUSINESS_RECORDS.has(words[0]);
}
/**
 * A record of counts: named for its counts or totals (`PatientCounts`), or a member object of statistics (`stats: {…}`).
 * (Not a type named for its stats, `DailyStats { maxHeartRate }`: a wearable's stats are one person's readings.)
 */
const COUNTS_OWNER = /[a-z](?:Counts|Totals|Tallies)$|^I?(?:Counts|Totals|Tallies)$|^(?:stats|statistics|counts|totals|tallies)$/;
/** Categories of values that identify or reach someone, which a number under a plural name only counts. */
const COUNTABLE_IDENTIFIER = /^user\.(?:contact|government_id|financial\.(?:credit_card|bank_account)|device|account|name)/;
/** Records of a business as such (not a team, a tenant or a vendor, whose people are often its members or owners). */
const BUSINESS_RECORDS = new Set(["company", "organization", "organisation", "org", "institution", "business", "firm", "agency", "employer", "insurer", "merchant", "manufacturer"]);
const PHONE = "user.contact.phone_number";
/** The last words of a phone number's part that is a code (`dialCode`, `phonePrefix`), not the number. */
const CODE_WORDS = new Set(["code", "prefix"]);

/** Owner words of a credential: what it was issued to is a person (`PasswordlessToken.email`, `ApiKey.email`). */
const CREDENTIAL_WORDS = new Set(["token", "key", "credential", "passkey"]);

const businessSegments = new Map<string, boolean>();

/**
 * Things that have a mailbox of their own (a channel's or a mailing list's address, a bot's, a template's sender), or
 * whose address is the shop's or the site's (a product's, a post's, a page's). An address on any other thing (a role's
 * assignee, an alert's target, a task's) is a person's.
 */
const MAILBOX_THINGS = new Set(["channel", "inbox", "mailbox", "mailing list", "list", "group", "service account", "bot",
  "bot account", "app", "application", "integration", "service", "api", "endpoint", "webhook", "newsletter", "campaign",
  "template", "email template", "notification template", "message template", "domain", "sender", "plugin", "extension",
  "instance", "project", "repo", "repository", "chat room", "room", "calendar", "feed", "connected app", "oauth application",
  "oauth app", "oauth client", "client application", "o auth application", "o auth app", "o auth client",
  "product", "item", "sku", "catalog", "catalogue", "post", "article", "page", "component", "widget", "menu", "route",
  "theme", "brand", "book", "video", "image", "media", "asset", "course", "lesson", "module"]);
const mailboxSegments = new Map<string, boolean>();

function holdsMailbox(segment: string, rules: RuleSet): boolean {
  let holds = mailboxSegments.get(segment);
  if (holds === undefined) {
    const tokens = splitIdentifier(segment).map(singular);
    // The thing is the last one the name names (a `TemplateRole` is a role); the phrase ends where its match does.
    const head = lexiconMatches(tokens, rules.ownerLexicon).filter((m) => m.ctx === "nonperson").pop();
    holds = isBusiness(segment);
    for (let start = 0; !holds && head && start < head.end; start++) holds = MAILBOX_THINGS.has(tokens.slice(start, head.end).join(" "));
    if (mailboxSegments.size > 20_000) mailboxSegments.clear();
    mailboxSegments.set(ownCopy(segment), holds);
  }
  return holds;
}

/** Whether the record that holds a field is named for a person, not a business (`UserInfo`, not `BusinessProfile`). */
function isPersonRecord(owner: readonly string[], rules: RuleSet): boolean {
  const record = owner[owner.length - 1];
  return record !== undefined && segmentContext(record, rules) === "person" && !isBusiness(record);
}

export function isBusiness(segment: string): boolean {
  let business = businessSegments.get(segment);
  if (business === undefined) {
    business = splitIdentifier(segment).some((t) => BUSINESS_WORDS.has(singular(t)));
    if (businessSegments.size > 20_000) businessSegments.clear();
    businessSegments.set(ownCopy(segment), business);
  }
  return business;
}

/**
 * The parties of an exchange, named before a field (`receiverName`, `payeeName`): people, unless configuration says so.
 * (Not a sender: a newsletter's or a template's sender is the brand that sends it.) So is a visitor named as one
 * (`visitor_name` in a front desk's list of active visitors): a tracked visitor has no name. (Not `host`: a page view's
 * `hostName` is the website's.)
 */
const PERSON_PARTIES = new Set(["receiver", "owner", "author", "holder", "payer", "payee", "seller", "driver", "passenger", "beneficiary", "signatory", "cardholder",
  "visitor"]);

export interface Verdict {
  status: "accept" | "reject" | "defer";
  rule: DetectionRule;
  category: string;
  confidence: number;
  signals: Signal[];
}

/** Value kinds of a flag, an id or a code: what a `defaultAddress` holds when it is not the address. */
const PLAIN_VALUE_KINDS = new Set<string>(["string", "boolean", "number", "enum"]);

/** What a context that siblings give was seen from, in words (see siblingContexts). */
const SIBLING_EVIDENCE: Partial<Record<OwnerContext, string>> = {
  page_view: "a referrer beside the page's url or title (a page view)",
  tracking: "a referrer, or a browser beside an IP address, OS or coordinates (a tracked visit)",
  nonperson: "a VAT number, an industry or a revenue beside it (a business)",
  login: "a password beside it (a login)",
  config: "a tablet's or a desktop's size beside it (a layout's breakpoints)",
  spoken_language: "a fluency or preference beside it (a language the person speaks)",
  email_message: "a subject and body beside it (an email message)",
  verification_token: "a token beside it (what the token was sent to)",
  bank_details: "a bank account's number beside it (bank details)",
  payment_card: "a card's security code or expiry beside it (a payment card)",
  shipment: "a carrier's status codes beside it (a parcel's tracking event)",
  person: "a person's name beside it, in parts or with a way to reach them (a person)",
  name: "a first and a last beside it (a name in parts)",
  place: "a venue's, a site's or a court's name or opening hours beside it (a place)",
};


const NO_WORDS: string[] = [];
const NO_CONTEXTS: { end: number; ctx: OwnerContext }[] = [];

/** A context for a field: from a qualifier word of its name (`at`: words up to), an owner (`at`: its index), or a word of the phrase. */
interface ContextSource {
  ctx: OwnerContext;
  from: "qualifier" | "owner" | "name word" | "siblings" | "file";
  at: number;
}

/** Whether an owner segment says configuration before (nearer than) any owner segment says person. */
function configOwnerFirst(sources: readonly ContextSource[]): boolean {
  for (const s of sources) {
    if (s.from !== "owner") continue;
    if (s.ctx === "person") return false;
    if (s.ctx === "config") return true;
  }
  return false;
}

/** An owner named for a filter (`FilterModel`, `FiltersEpisodeForm`, `ContactsFilter`): the criteria of a search. */
function namesAFilter(segment: string): boolean {
  let names = filterSegments.get(segment);
  if (names === undefined) {
    names = splitIdentifier(segment).some((t) => t === "filter" || t === "filters");
    if (filterSegments.size > 20_000) filterSegments.clear();
    filterSegments.set(ownCopy(segment), names);
  }
  return names;
}
const filterSegments = new Map<string, boolean>();

/** First words of a flag that a screen is busy with something (`loadingMedications`, `savingNotes`). */
const IN_PROGRESS = new Set(["loading", "fetching", "saving", "submitting", "updating", "deleting", "editing", "refreshing", "uploading", "creating", "adding", "removing", "showing", "expanding", "processing"]);
/** Last words of a flag that a document exists (`hasMedicalNotes`, `hasCriminalRecordFile`). */
const RECORD_NOUNS = new Set(["note", "document", "file", "attachment", "upload"]);

/** Records of a person's care (a patient's, an appointment's, an encounter's, a health summary's). */
const CARE_RECORD = /patient|appointment|encounter|health|clinical|medical|clinic/i;

/**
 * A rule for the parts of one kind of record only (a birth date's `day`, an address's `city`), or one that holds only
 * beside its own words (a reoffending risk's `score`): nowhere else.
 */
function isPartRule(rule: DetectionRule): boolean {
  return (rule.owner.unknown === "reject" && !rule.owner.accept.includes("person")) || rule.owner.words !== undefined;
}

/** Names a rule claims that, on a health record, name it or hold its reading (`brandName`, a lab result's `value`). */
const HEALTH_RECORD_WORD = /^(?:value|val|\w+(?:Name|_name))$/;

/**
 * `siblings`: contexts the field's siblings give its owner (see siblingContexts), nearer than the owner's name.
 * `file`: what the file's name says, for an owner named only `Props` or `State` (see fileContexts), farthest of all.
 * `interactive`: the owner also holds functions (a component's props, a front end's store), so it is an object of the
 * interface, not a system's configuration.
 */
export function judge(c: FieldCandidate, rules: RuleSet, siblings: readonly OwnerContext[] = NO_SIBLING_CONTEXTS, file: readonly OwnerContext[] = NO_SIBLING_CONTEXTS, interactive = false): Verdict | null {
  // (A field typed by a client or a service, `phone: PhoneClient`, holds an object that does things, whoever declares it.)
  if (c.system || c.kind === "function" || (c.ref && HELPER_TYPE.test(c.ref.name))) return null;
  const name = normalizeName(c.name, c.accessor);
  // A map keyed by something else (`emailsByUserId: Record<string, string[]>`) is a collection of what its name says.
  if (name.keyed) c = { ...c, kind: "array", container: false };
  const analysis = analyseName(name, rules);
  const verdict = judgeAs(c, name, analysis, rules, siblings, file, interactive);
  if (verdict?.status === "accept") return verdict;
  // Words that several rules claim: the next rule whose context holds decides (`dob: { year }` is no sentence's term).
  // (One that accepts outright wins over one that waits for the record's other fields: an identity document's
  // `expirationDate` is the document's, not a card's waiting for a card beside it.)
  for (const alternative of analysis.alternatives ?? []) {
    const next = judgeAs(c, name, alternative, rules, siblings, file, interactive);
    // (Of two that wait, one that holds only where its record is named so, and is, says more: a `card`'s `brand`.)
    if (next && (!verdict || next.status === "accept" || (next.status === verdict.status && next.rule.owner.words))) return next;
  }
  // A name that a rule takes only where an owner names its record (a clinical record's `value`) is, anywhere else, as
  // if no rule had matched it: what its record is named for may still say (a chief complaint's `note`).
  if (analysis.match?.rule.owner.words && (!verdict || (verdict.rule === analysis.match.rule && verdict.status === "reject"))) {
    const topic = topicVerdict(c, name.tokens, rules, []);
    if (topic) return topic;
  }
  if (verdict) return verdict;
  // A name a rule turned down may still be one of a health record's names (`brandName`, `testName`), its reading (a
  // lab result's `value`), or a particular whose last word a rule takes only on other records (`frequencyPerDay`, not
  // a birth date's `day`; a symptom score's `dizzinessScore`, not a reoffending risk's), or a health rule's term it
  // turned down for want of a person's record (a BMI log's `weight`).
  const turnedDown = analysis.match && (HEALTH_RECORD_WORD.test(c.name) || isPartRule(analysis.match.rule) || analysis.match.rule.category.startsWith("user.health"));
  return turnedDown ? healthRecordParticular(c, name.tokens, rules, []) : null;
}

const BEHAVIOR_PREFIX = "user.behavior";
/** The parts of a request a route's input is given in (`searchUsers.body`, `listOrders.query`). */
const REQUEST_PART = /^(?:body|query|params|input|args|payload)$/;
/** Whether the record is a query's input: named for the query (`searchGuestTeachers`), or the part of a request it is given in. */
function asksAQuery(owner: readonly string[]): boolean {
  let at = owner.length - 1;
  if (at > 0 && REQUEST_PART.test(owner[at])) at--;
  return at >= 0 && SEARCH_VERB.test(owner[at]) && !/(?:Response|Result|Output|Reply)s?$/.test(owner[at]);
}
/** Verbs of a search for records (not a getter's, `getMetadata`, which returns data). */
const SEARCH_VERB = /^(?:search|find|list|filter|query|lookup)(?:[A-Z_]|$)/;

function judgeAs(c: FieldCandidate, name: NormalizedName, analysis: NameAnalysis, rules: RuleSet, siblings: readonly OwnerContext[], file: readonly OwnerContext[], interactive: boolean): Verdict | null {
  // A relation, nested object or whole record holds its data in its own fields, unless the rule says the record is
  // the data (a FHIR Condition is health data as a whole).
  const record = c.container || c.kind === "object";
  const match = analysis.match;
  const byValidator = validatorRule(c, rules);
  const signals: Signal[] = [];

  let rule: DetectionRule | undefined = match?.rule;
  let qualifiers = NO_WORDS;
  let phraseModifiers = NO_WORDS;
  let qualifierContexts = NO_CONTEXTS;
  let modifierContexts = NO_CONTEXTS;
  let namePolicy: NameAnalysis["qualifierPolicy"] = "owner";
  if (match) {
    // (A form's `defaultEmail` prop is the value its email field starts with: the person's, as the field's.)
    const formDefault = analysis.defaultValue && (interactive || (c.owner.length > 0 && UI_STATE.test(c.owner[c.owner.length - 1])));
    if (analysis.rejected && !(analysis.defaultObject && !PLAIN_VALUE_KINDS.has(c.kind)) && !formDefault) return null;
    ({ qualifiers, phraseModifiers, qualifierContexts, modifierContexts } = analysis);
    // A customer's `defaultAddress` object: "default" says which of their addresses, not that it is configuration.
    if (analysis.defaultObject || formDefault) ({ qualifiers, qualifierContexts, qualifierPolicy: namePolicy } = analysis.withoutDefault!);
    else namePolicy = analysis.qualifierPolicy;
    // A query's own input (`searchGuestTeachers.body.searchQuery`, `listVisits.query.pageUrl`) is what the asker asks
    // for: nobody's browsing.
    if (match.rule.category.startsWith(BEHAVIOR_PREFIX) && asksAQuery(c.owner)) return null;
    // On a patient's or an appointment's record a `provider` is the clinician who cares for them (`providerName`), not
    // a service the app configures.
    if (qualifiers.includes("provider") && c.owner.length > 0 && CARE_RECORD.test(c.owner[c.owner.length - 1])) {
      qualifierContexts = qualifierContexts.map((q) => (q.ctx === "config" && qualifiers[q.end - 1] === "provider" ? { end: q.end, ctx: "person" as const } : q));
    }
    signals.push({ kind: "name", detail: analysis.nameSignal });
  }
  if (byValidator && rule && rule.id !== byValidator.rule.id && WEAK_VALIDATORS.has(byValidator.name)) {
    // A country or locale code says what format the value has, not what it means: `nationality` with
    // @IsISO31661Alpha2() is a nationality. The name decides.
  } else if (byValidator && (!rule || rule.id !== byValidator.rule.id)) {
    // The code states the format explicitly: that beats what the name suggests.
    // (A different rule than the name's: the name's qualifiers and modifiers were about that other rule.)
    rule = byValidator.rule;
    qualifiers = phraseModifiers = NO_WORDS;
    qualifierContexts = modifierContexts = NO_CONTEXTS;
  }
  if (!rule) return topicVerdict(c, name.tokens, rules, signals);
  // A number under a plural name (`DataPoints { phoneNumbers: number; creditCardNumbers: number }`) counts the values:
  // a count of things that identify someone, not one of them. (Not a measure: `steps: number` is the count itself.)
  if (c.kind === "number" && COUNTABLE_IDENTIFIER.test(rule.category) && endsInPlural(name.raw)) return null;
  // A number in a record of counts (`stats: { conditions: number; medications: number }`, `PatientCounts`) counts the
  // things its name says: a figure about the record, not one of them.
  if (c.kind === "number" && c.owner.length > 0 && COUNTS_OWNER.test(c.owner[c.owner.length - 1])) return null;
  // A value checked to be a record's id (`@IsMongoId() location`) refers to that record: an id, unless the name says so.
  // (Not a special category's: a reference to one's disability or diagnosis names it as well as its text would.)
  if (c.validators.some((v) => v.name === RECORD_ID) && !ID_WORDS.has(name.tokens[name.tokens.length - 1]) && !SPECIAL_CATEGORY.test(rule.category)) return null;
  // The last word of the rule's phrase in the name (`code` in `dialCodeList`), when the name's own rule is judged.
  const phraseEnd = match ? analysis.tokens[match.start + match.length - 1] : undefined;
  const ownRulePhraseEnd = match && rule === match.rule ? phraseEnd : undefined;
  if (rule.id === BARE_NAME_RULE && qualifiers.length === 0 && c.owner.length > 0) {
    // An error's name is its class's (`TokenManagerError.name`, as every JavaScript Error has one).
    if (ERROR_TYPE.test(c.owner[c.owner.length - 1])) return null;
    // A diagnosis's or an allergy's own name names the condition (see topics.ts).
    const health = healthRecordNameVerdict(c, rules, signals);
    if (health) return health;
  }
  // A field typed by a name that says whose its value is (`state: SessionState`, `address: WarehouseAddress`): the
  // type's words qualify the field as the field's own words would.
  if (ownRulePhraseEnd && c.ref && typeNameBlocks(c.ref.name, ownRulePhraseEnd, rule, rules)) return null;
  // A record typed as configuration (`payment_method: PaymentMethodConfigRequest`, blocked brands and instalments)
  // configures the thing its name says; it holds no one's data.
  if (c.ref && (c.kind === "ref" || c.kind === "object") && segmentContext(c.ref.name, rules) === "config") return null;
  // A type named for the answers it allows (`pastEmployer?: YesOrNo`, `YesNoNotSure`) holds a form's answer, not the data.
  if (c.ref && !rule.flags && YES_NO_TYPE.test(c.ref.name)) return null;
  // A list of kinds of device (`deviceTypes: string[]`, a facility's or a channel's) is a catalogue, not one's device.
  if (c.kind === "array" && rule.category.startsWith("user.device") && KIND_WORDS.has(name.tokens[name.tokens.length - 1])) return null;
  // So is a list of dial codes (`dialCodeList`, `countryDialCodes: string[]`): a selector's options; a person has one.
  if (c.kind === "array" && rule.category === PHONE && ownRulePhraseEnd && CODE_WORDS.has(ownRulePhraseEnd)) return null;
  // A rule that holds only on some records (a patient's `visits`, not a site's) needs one of their words nearby.
  if (rule.owner.words && !namesOwnerWord(c, analysis.qualifiers, rule.owner.words)) return null;
  // A rule that never holds for some subjects (a person's birth date, not a pet's) steps back where they are named.
  if (rule.owner.except && namesSubject(c, analysis.qualifiers, rule.owner.except, rules)) return null;
  if (byValidator) signals.push({ kind: "validator", detail: `validator ${byValidator.evidence}` });
  const strongValidator = byValidator && !WEAK_VALIDATORS.has(byValidator.name) ? byValidator : undefined;

  // (An address's part held as an object, `Address.country: { isocode, name }`, is that part of the address.)
  if (record && !rule.kinds.includes("object") && !(rule.category.startsWith(ADDRESS_PART) && segmentContext(c.owner[c.owner.length - 1], rules) === "address")) return null;
  const kindOk = record || rule.kinds.includes(c.kind) || (c.kind === "boolean" && rule.flags && !!name.prefix);
  if (!kindOk) return null;
  // A screen's progress flag (`loadingMedications`, `isEditingDiagnosis`) is about a request, and a flag that a record
  // exists (`hasMedicalNotes`) about the record: neither is the person's data, as `hasDisability` is.
  if (c.kind === "boolean" && (IN_PROGRESS.has(analysis.tokens[0]) || (analysis.tokens.length > 1 && RECORD_NOUNS.has(analysis.tokens[analysis.tokens.length - 1])))) return null;
  // A form's field or input held as an object (`phoneNumberField: ComponentTheme<...>`, `emailInput: HTMLInputElement`)
  // is the control, its styles or its settings; the value it holds is a text.
  if ((c.kind === "ref" || c.kind === "object") && CONTROL_WORDS.has(analysis.tokens[analysis.tokens.length - 1]) && rule.category !== "user.content.self_image") return null;
  // (A payment method is a card's record only as a type named for one: see the rule's description.)
  if (rule.id === PAYMENT_METHOD_RULE && !(c.ref && !("inline" in c.ref && c.ref.inline) && PAYMENT_RECORD_TYPE.test(c.ref.name) && !CONFIG_TYPE.test(c.ref.name))) return null;
  // A configuration's switch about a health feature (`displaySymptomHistory`) is the app's, not a patient's.
  if (rule.id === HEALTH_RULE && c.kind === "boolean" && c.owner.some((segment) => segmentContext(segment, rules) === "config")) return null;
  if (c.kind !== "unknown") signals.push({ kind: "type", detail: `${c.kind} value` });

  // Context, nearest first: qualifier words of the name, then owner segments from the innermost out.
  // (Where each context came from is put into words only for the one that decides.)
  const sources: ContextSource[] = [];
  // A business's own contact details (`Company.contactEmail`, a business unit's) are its mailbox: `contact` names no
  // one there, as a qualifier or as a person's role. (A contact named by which one, `primaryContactEmail`,
  // `siteContactPhone`, is a person the business gave; `companyContactEmail` is still the company's.)
  const contactAt = qualifiers.lastIndexOf("contact");
  const namedContact = contactAt > 0 && !isBusiness(qualifiers[contactAt - 1]);
  // (So are a place's, `RegistrationCentre.contactPhone`: the centre's line; and a record of a business's locations,
  // `LocationEntity.contactEmail`, a salon's branch. Not a contact's name: a business has no name of its own for a
  // contact, so `Organisation.contactName` is the person it gave.)
  const businessContact = contactAt >= 0 && !namedContact && !rule.category.startsWith("user.name") && c.owner.some((o) => isBusiness(o) || segmentContext(o, rules) === "place" || lastOwnerWord(o, rules) === "location");
  for (let i = qualifierContexts.length - 1; i >= 0; i--) {
    if (businessContact && qualifiers[qualifierContexts[i].end - 1] === "contact") continue;
    sources.push({ ctx: qualifierContexts[i].ctx, from: "qualifier", at: qualifierContexts[i].end });
  }
  // (A page view is tracked: rules for a page view's own parts, its title, accept the first, the others the second.)
  for (const ctx of siblings) {
    // A court's name beside an offence (`{ offenceCode, courtName, warrantDate }`) says where the case was heard: the
    // record is the person's case, not the court's.
    if (ctx === "place" && rule.category === CRIMINAL_HISTORY) continue;
    // A person's record that names where they work (`UserInfo { username, officeName }`) is still the person's: the
    // place beside it is theirs, not the record.
    if (ctx === "place" && isPersonRecord(c.owner, rules)) continue;
    sources.push({ ctx, from: "siblings", at: 0 });
  }
  for (let i = c.owner.length - 1; i >= 0; i--) {
    let ctx = segmentContext(c.owner[i], rules);
    // A stored model named for what it keeps (a Sequelize `Messages` table of chat messages) is a table of those
    // records, not a form's messages or labels about its fields.
    if (ctx === "config" && i === c.owner.length - 1 && STORED_MODEL.test(c.via) && isAboutData(c.owner[i])) ctx = undefined;
    // An owner named after the field's own concept (`UpdateLanguageDto.language`, a `NewImageSchema`'s `photoFile`)
    // says nothing against it.
    // (Not an organisation's: `EditOrganisationDetailsBody.organisationName` is the organisation's own name, whoever's
    // phone is beside it.)
    // (Not a business's or a place's address record, `OfficeAddress.mailingAddress`, `BusinessAddressIF`: it says whose.)
    const placesAddress = rule.category.startsWith("user.contact.address") && (ctx === "place" || (ctx === "nonperson" && isBusiness(c.owner[i]))) && lastOwnerWord(c.owner[i], rules) === "address";
    // (Nor a place's position, `BuildingCoordinate { lat, lng }`: the place word says whose.)
    const placesPosition = ctx === "place" && rule.category.startsWith("user.location");
    if (ctx && phraseEnd && rule.owner.reject.includes(ctx) && rule.category !== ORGANIZATION && !placesAddress && !placesPosition && ownerNamedForRule(c.owner[i], phraseEnd, rule, rules)) {
      // A request to change that one thing (`UpdateLanguageDto.language`, `ChangeEmailInput.email`) is the requester's.
      // (Only the verb and the field's word: `UpdateCompanyAddressDto` changes a company's.)
      if (CHANGE_REQUEST.test(c.owner[i]) && lexiconMatches(splitIdentifier(c.owner[i]).map(singular), rules.ownerLexicon).length === 1) sources.push({ ctx: "person", from: "owner", at: i });
      continue;
    }
    // A function's `options` parameter (`detectDeviceType(options: { screenWidth })`) holds what the function is given:
    // the function's name says what that is, not the parameter's.
    // (Not a query's: `list(options: { url, country })` filters what is read.)
    if (ctx === "config" && i > 0 && OPTIONS_PARAMETER.has(c.owner[i]) && !QUERY_VERB.test(c.owner[i - 1])) continue;
    // A service's or an API's method is given data to work on (`BookerService.getBookersByEmail({ email })`): the class
    // says what code handles it, not whose it is; its own fields are still its (a `MailService`'s `fromEmail`).
    // So is a function that renders a message (`groupJoinSettledTemplate(data: { organiserName })`): the data is the
    // mail's, not a template record's (`EmailTemplate.sender`, a type, is the template's own).
    if (ctx === "nonperson" && i < c.owner.length - 1) {
      const head = lastOwnerWord(c.owner[i], rules);
      if (CODE_UNITS.has(head) || (head === "template" && FUNCTION_NAME.test(c.owner[i]))) continue;
    }
    // Settings that a store or a screen holds with its actions (kutt's `Settings { email, setSettings: Action }`) are the
    // signed-in person's, when nothing else in the name says what they configure.
    if (ctx === "config" && interactive && namesOnlySettings(c.owner[i], rules)) continue;
    // The contacts a system's or a mailer's settings list (`MailOptions.contact { monitoringMail, liqMail }`) are where
    // it sends or is reached: its own mailboxes, not a person's record.
    if (ctx === "person" && i > 0 && CONTACT_SEGMENT.test(c.owner[i]) && c.owner.slice(0, i).some((o) => { const outer = segmentContext(o, rules); return outer === "config" || outer === "email_message"; })) {
      sources.push({ ctx: "config", from: "owner", at: i });
      continue;
    }
    if (ctx) sources.push({ ctx, from: "owner", at: i });
  }
  for (const m of modifierContexts) {
    // (The field's own `avatar` in `avatarUrl` is what it is, not whose: that is for its owner to say.)
    if (m.ctx === "avatar") continue;
    sources.push({ ctx: m.ctx, from: "name word", at: m.end });
  }
  // An owner named only `Props` or `State` is named by its file (`UserCard.tsx`, `OwnProfileStore.ts`): farthest of all.
  if (file.length && GENERIC_OWNER.test(c.owner[0])) for (const ctx of file) sources.push({ ctx, from: "file", at: 0 });
  // Configuration describes the system, whatever its field names say (`SmtpConfig.senderEmail` is not a person's).
  // A person's role in the name (`inviteeEmail` in a mail template's variables) says whose it is, whatever the owner.
  // (Not in a type of messages or labels about fields: `ValidationErrors.approverEmail` is the message for the
  // approver's e-mail field. A definition's `customerName` still names the customer.)
  const personRole = qualifiers.some((q) => PERSON_ROLES.has(q) && !(q === "contact" && businessContact)) && !c.owner.some(isFieldText);
  // A party the rule names by its allowed qualifiers (`receiverName`, `ownerName` on a transaction item or a repository)
  // is a person whatever record lists it; configuration still describes the system (a mailer's sender name).
  const namedParty = qualifiers.length > 0 && PERSON_PARTIES.has(qualifiers[qualifiers.length - 1]) && rule.qualifiers.allow.has(qualifiers[qualifiers.length - 1]);
  // (A person's record nested in the configuration is the person's: `ReportDialogOptions.user.email`.)
  // (So is one its siblings show, by a name in parts or beside a way to reach them: a health service's `orderingProvider`;
  // not the messages or labels of a form's fields, which name them.)
  // (Nor the fields of a filter, `FilterModel { firstName, lastName, telephone }`: what an operator searches by.)
  const personSiblings = siblings.includes("person") && !c.owner.some(isAboutData) && !c.owner.some(namesAFilter);
  // (An address beside a password is an account's, set up on any form: a connection's settings are dropped in settle.)
  const accountAddress = rule.category === EMAIL && siblings.includes("login");
  // (A call's options that name a person by role, `FindPostsOptions.authorEmail`, `ResolveBreadcrumbOptions.offenderName`,
  // look up or act on that person: the options of a call, not the settings of a system.)
  const namedInCallInput = (personRole || namedParty || qualifierContexts.some((q) => q.ctx === "person")) && sources.some((s) => s.from === "owner" && s.ctx === "config" && CALL_INPUT_HEADS.has(lastOwnerWord(c.owner[s.at], rules)));
  if (!personRole && !personSiblings && !accountAddress && !namedInCallInput && rule.owner.reject.includes("config") && configOwnerFirst(sources)) return null;
  const qualifierPolicy = qualifiers === NO_WORDS ? "owner" : namePolicy;
  let decided: ContextSource | undefined;
  for (const s of sources) {
    if (rule.owner.reject.includes(s.ctx)) {
      if (s.from === "name word") continue; // "job" in `jobTitle` says nothing against a job title
      if (s.from === "file") continue; // a file's name only ever accepts (`Props.avatarUrl` in `VisitTracker.tsx`)
      // A person's role the rule allows (`actorName` in an audit log, `ownerName` on a company) names whose it is.
      if (s.from === "owner" && ((s.ctx !== "config" && (personRole || namedParty)) || (s.ctx === "config" && namedInCallInput))) continue;
      // A list of addresses on a thing (`ErrorAlertsForm.emails`, a report's `recipientEmails`) is who it is sent to;
      // a thing's own address is its mailbox. So is a list of usernames (`IRoom.usernames`): its members'.
      if (s.from === "owner" && s.ctx === "nonperson" && c.kind === "array" && (rule.category === EMAIL || rule.category === USERNAME)) continue;
      if (s.from === "owner" && s.ctx === "nonperson" && rule.category === EMAIL && !holdsMailbox(c.owner[s.at], rules)) continue;
      // A credential's address (a sign-in token's, an API key's `email`) is its holder's; so is one beside a password on
      // any record (an organisation's set-up form creates its first account: `{ username, email, password }`).
      if (s.from === "owner" && (accountAddress || (s.ctx === "nonperson" && rule.category === EMAIL && CREDENTIAL_WORDS.has(lastOwnerWord(c.owner[s.at], rules))))) continue;
      // A word that names a postal address (`activeShippingAddress` on a shop's session) says it is not where the visitor is.
      if (s.from === "owner" && s.ctx === "tracking" && (qualifierContexts.some((q) => q.ctx === "address") || modifierContexts.some((m) => m.ctx === "address"))) continue;
      // So does it on a thing that handles a customer's address (an order, a checkout's form service): a billing or
      // shipping address is the customer's unless a business holds it.
      if (s.from === "owner" && s.ctx === "nonperson" && rule.category.startsWith("user.contact.address") && !isBusiness(c.owner[s.at]) && (qualifierContexts.some((q) => q.ctx === "address") || modifierContexts.some((m) => m.ctx === "address"))) continue;
      // A qualifier the rule allows by name (`site` in `siteReferrer`: the website) overrides what the word says as an owner.
      if (s.from === "qualifier" && rule.qualifiers.allow.has(qualifiers[s.at - 1])) continue;
      return null;
    }
    // A business's own record (`Organizations { fullName, phone, email }`) names the business and reaches it: a name
    // beside a way to reach it says no person there, when the record is named for the business itself.
    if (s.from === "siblings" && s.ctx === "person" && c.owner.length > 0 && namedForBusinessOnly(c.owner[c.owner.length - 1], rules)) continue;
    // A business's bank details are the business's (a vendor's account number): its owner says so over the siblings.
    if (s.from === "siblings" && s.ctx === "bank_details" && sources.some((o) => o.from === "owner" && (o.ctx === "nonperson" || o.ctx === "place"))) continue;
    // A person owner supports a rule that would accept the name anyway (it only raises confidence there); it does not
    // settle a name that needs more (a bare `expiry` on an Account is no card expiry).
    const personSupports = s.ctx === "person" && rule.owner.accept.length === 0 && rule.owner.unknown === "accept";
    if (rule.owner.accept.includes(s.ctx) || rule.contextCategory[s.ctx] || personSupports) {
      decided = s;
      break;
    }
  }
  // A business's account (`Company.Account`, a company's `account: { routing_number }`) is the business's, though an
  // account alone reads as a person's.
  if (decided?.from === "owner" && decided.ctx === "person" && (rule.category.startsWith("user.financial") || lastOwnerWord(c.owner[decided.at], rules) === "account") && c.owner.some((o, i) => i < decided!.at && isBusiness(o) && segmentContext(o, rules) === "nonperson")) return null;
  // A tracked record with a carrier's codes is a parcel's journey (a shipment's tracking event), not a visitor's.
  if (decided?.ctx === "tracking" && siblings.includes("shipment")) return null;
  // An avatar object is its holder's: a room's or a team's (`Room.avatar.url`) is not a person's picture.
  if (decided?.ctx === "avatar") {
    const holder = sources.slice(sources.indexOf(decided) + 1).find((s) => s.from === "owner");
    if (holder && THING_CONTEXTS.has(holder.ctx)) return null;
  }
  // A city object's name (`city: { id, title }`) is an address part only inside a person's record (a city list's
  // entry is nobody's).
  if (decided?.ctx === "address_part" && !sources.slice(sources.indexOf(decided) + 1).some((s) => s.from === "owner" && s.ctx === "person")) return null;
  // So are a city record's own country and coordinates (`citySchema { name, country, latitude }`, a geocoder's result):
  // the city's, unless a person's record holds it.
  if (!decided && GEO_CATEGORY.test(rule.category) && c.owner.length > 0 && segmentContext(c.owner[c.owner.length - 1], rules) === "address_part" && !sources.some((s) => s.from === "owner" && s.ctx === "person")) return null;
  // `Warehouse.address.city`: an address object says whose it is through the owner that holds it.
  // (So does a record of a business's fields: `billing_street` beside a VAT number is the company's.)
  if (decided?.ctx === "address" && (decided.from === "owner" || decided.from === "qualifier")) {
    // (Of things, only a business has an address of its own: a checkout step's or an order line's shipping postcode
    // is the customer's.)
    const outer = sources.slice(sources.indexOf(decided) + 1).find(
      (s) => (s.from === "owner" || s.from === "siblings") && (s.ctx === "person" || s.ctx === "place" || (s.ctx === "nonperson" && (s.from === "siblings" || isBusiness(c.owner[s.at])))),
    );
    if (outer && outer.ctx !== "person") return null;
  }

  let status: Verdict["status"];
  let confidence = rule.confidence;
  let category = rule.category;
  if (qualifierPolicy === "reject" && !strongValidator) return null;
  if (decided) {
    status = "accept";
    category = rule.contextCategory[decided.ctx] ?? rule.category;
    const from =
      decided.from === "owner"
        ? `owner ${c.owner[decided.at]}`
        : decided.from === "siblings"
          ? `siblings: ${SIBLING_EVIDENCE[decided.ctx] ?? decided.ctx}`
          : decided.from === "file"
            ? "the file's name"
          : `${decided.from} "${(decided.from === "qualifier" ? qualifiers : phraseModifiers).slice(0, decided.at).join(" ")}"`;
    signals.push({ kind: "owner", detail: `${from} (${decided.ctx})` });
    confidence += 0.05;
  } else if (strongValidator || qualifierPolicy === "accept") {
    status = "accept";
  } else if (rule.owner.unknown === "accept") {
    status = "accept";
    confidence -= 0.1;
  } else if (rule.owner.unknown === "siblings" && NAMED_RECORD_RULES.has(rule.id) && c.owner.length > 0 && ownerNamedByPhrase(c.owner[c.owner.length - 1], rule, rules) && !c.owner.some(isBusiness)) {
    // A record named for the money it holds (`Compensation { net_pay, gross_pay }`, an employee's `Salary`) is that
    // money's parts: a person's pay, though no person's field is beside it. (A company's is turned down above.) So is
    // a plate's record (`LicencePlate { licencePlateNumber, licencePlateExpiryDate }`).
    status = "accept";
    signals.push({ kind: "owner", detail: `owner ${c.owner[c.owner.length - 1]} is named for it` });
  } else if (rule.owner.unknown === "siblings") {
    status = "defer";
  } else {
    return null;
  }
  if (byValidator) confidence = Math.max(confidence, byValidator.rule.id === match?.rule.id ? 0.97 : 0.85);
  return { status, rule, category, confidence, signals };
}
