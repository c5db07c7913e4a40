/**
 * Classifier: decides whether a field candidate holds personal data, of which fideslang category, how sure we are,
 * and why. Pure and deterministic: it sees what the scanner extracted from one file (for a field typed by a name, what
 * the project index says that name holds) and the rule set.
 *
 * Decision order (each step can only narrow the previous one):
 *  1. containers, functions and system columns (ids, timestamps) are never personal data themselves;
 *  2. the name: the longest rule phrase found at the end of the name's tokens, with only transparent tokens after it
 *     (so `emailTemplate`, `ipVersion`, `addressService` do not match, while `emailAddress2` does);
 *  3. counter-evidence: blocked qualifiers (hashed, support, ...), predicate prefixes (isX/hasX) and value kinds the
 *     data cannot have (a boolean `emailVerified`);
 *  4. context: qualifier words and the owner path, nearest first (`billingCity`, `Session.geo.city`), accepted,
 *     rejected or re-categorised per rule; owners that say nothing defer to the rule's policy, possibly to siblings;
 *  5. validators (`@IsEmail`, `.email()`, `inet`) classify a field whose name says little and raise confidence.
 */
import { normalizeName, ownCopy, phraseTokens, singular, splitIdentifier, type NormalizedName } from "./names";
import { analyseName, nameCategory, nameRule, namesOwnerWord, ownerNamedForRule, typeNameBlocks, validatorRule, WEAK_VALIDATORS, type NameAnalysis } from "./name-analysis";

export { nameCategory, nameRule };
import { containsAnyPhrase, fileContexts, holdsEnvironment, holdsMessageText, isAboutData, isConnectionSettings, isEnvironmentName, lastOwnerWord, lexiconMatches, namesOnlySettings, NO_SIBLING_CONTEXTS, rolesOf, segmentContext, siblingContexts } from "./owners";
import type { DetectionRule, OwnerContext, RuleSet, ValueKind } from "./rules";
import { isSuppressed, type Suppression } from "../scan/suppressions";
import { healthTopicOf, topicVerdict, YES_NO_TYPE } from "./topics";
import type { Finding, Range, Signal } from "../types";

export interface FieldCandidate {
  name: string;
  range: Range;
  /** Owner path, outermost first: ["User", "address"]. */
  owner: string[];
  kind: ValueKind;
  /** Canonical validator names (see rules `validators:`), with where each came from. */
  validators: { name: string; evidence: string }[];
  /** Accessor or getter/setter method: a get/set prefix is not part of the field's name. */
  accessor: boolean;
  /** A relation, nested object or reference to another model: the data lives in its own fields. */
  container: boolean;
  /** A primary key, timestamp or version column. */
  system: boolean;
  /** How the field is declared, for evidence: "class property", "zod z.object key", "Prisma model field"... */
  via: string;
  /** The named type or schema the field holds (`SessionState`), when it names one. */
  ref?: { readonly name: string };
}

export interface Classification {
  category: string;
  confidence: number;
  evidence: string;
  ruleId: string;
  signals: Signal[];
}

/** Categories whose presence in an owner says "this owner describes a person". */
const PERSON_ANCHOR = /^user\.(name|contact|demographic\.date_of_birth|government_id|financial|account\.username|health_and_medical)/;
/** Categories whose presence says "this owner describes a tracked visit or where someone was". */
// (Precise location only: a profile's free-text `location` is where the person lives, not a tracked visit's geo.)
const TRACKING_ANCHOR = /^user\.(device\.ip_address|device$|behavior\.browsing|location\.precise)/;
/** Device and browsing data: three of them together make a record a tracked visit (location parts alone do not: an address has them). */
const DEVICE_OR_BEHAVIOR = /^user\.(device|behavior\.browsing)/;
/**
 * Roles that make a name a person's whatever its owner (`inviteeEmail` in a mail template's variables). Not `sender`
 * or `admin`: on a configuration those are the organisation's own addresses.
 */
export const PERSON_ROLES = new Set(["invitee", "inviter", "recipient", "participant", "attendee", "customer", "patient", "subscriber", "signer",
  "applicant", "candidate", "licensee", "member", "guest", "user", "student", "employee", "contact", "lead", "client", "buyer",
  "actor", "assignee", "reviewer", "approver", "requester", "requestor", "creator"]);

const EMAIL = "user.contact.email";
const ADDRESS_PART = "user.contact.address.";
const THING_CONTEXTS: ReadonlySet<OwnerContext> = new Set(["nonperson", "place", "config"]);
const OPTIONS_PARAMETER = new Set(["options", "opts"]);
/** Head words of a class that holds code working on data (its methods' parameters are not its own fields). */
const CODE_UNITS = new Set(["service", "api"]);
const QUERY_VERB = /^(?:list|find|search|query|filter|count|lookup|select|get|fetch|load|read|retrieve|paginate|export)(?:[A-Z_]|$)/;
const CHANGE_REQUEST = /^I?(?:Update|Change|Set|Edit|Save)[A-Z]/;
/** Last words of a record that is one health matter of a patient's (a diagnosis, an allergy), whose `name` names it. */
const HEALTH_RECORD_HEADS = new Set(["diagnosis", "allergy", "medication", "disease", "disorder", "condition", "symptom", "vaccination",
  "immunization", "immunisation", "prescription", "injury", "illness", "impairment", "disability", "problem"]);
const ERROR_TYPE = /(?:Error|Exception)$/;
const HEALTH_CATALOGUE = /(?:Types?|Categor(?:y|ies)|Kinds?|Options?|Lists?|Codes?)$/;
/** Owner names that say nothing but that they are a component's props or state. */
const GENERIC_OWNER = /^I?(?:Props|State|ComponentProps|OwnProps|StateProps|Params|Args)$/;

/** Owner words of a business (an organisation, a vendor): the things that, unlike a step or an item, have an address. */
const BUSINESS_WORDS = new Set(["company", "organization", "organisation", "org", "business", "employer", "insurer", "vendor", "merchant",
  "supplier", "brand", "institution", "tenant", "workspace", "team", "sponsor", "carrier", "partner", "agency", "firm", "bank",
  "department", "division", "manufacturer", "distributor", "publisher", "provider", "creditor"]);

/** Owner words of a credential: what it was issued to is a person (`PasswordlessToken.email`, `ApiKey.email`). */
const CREDENTIAL_WORDS = new Set(["token", "key", "credential", "passkey"]);

const businessSegments = new Map<string, boolean>();

function isBusiness(segment: string): boolean {
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
 * (Not a sender: a newsletter's or a template's sender is the brand that sends it.)
 */
const PERSON_PARTIES = new Set(["receiver", "owner", "author", "holder", "payer", "payee", "seller", "driver", "passenger", "beneficiary", "signatory", "cardholder"]);

export interface Verdict {
  status: "accept" | "reject" | "defer";
  rule: DetectionRule;
  category: string;
  confidence: number;
  signals: Signal[];
}

/** What the accepted fields of one owner say about it: the context a deferred (ambiguous) name is settled by. */
export interface GroupAnchors {
  /** The owner also holds a person's email/name/phone/... */
  person: boolean;
  /** The owner also holds a person's username or email address (not a name: that may be the field itself). */
  account: boolean;
  /** The owner also holds an IP, user agent, visited URL or location: a tracked visit. */
  tracking: boolean;
  addressParts: number;
  /** Fields accepted as where the person is or was: an address part, a location, an IP. */
  geo: number;
  categories: string[];
  /** The owner also holds functions, handlers or UI nodes: a component's props, where a bare `name` is a label. */
  ui: boolean;
  /**
   * The owner is a connection's settings (a `port` beside a host or database) or an OAuth client's registration (a
   * `client_id` beside its redirect URIs or secret): its user, email and name are a service's, not a person's.
   */
  connection: boolean;
  /** The owner holds a message's text (`text`, `body`, `content`): a `language` beside it is the text's. */
  message: boolean;
  /** The owner is a process's environment (`DATABASE_URL`, `KAFKA_USERNAME`): its variables are configuration. */
  environment: boolean;
  /** What the siblings make the owner, nearer than its name: a page view, a login form (see siblingContexts). */
  siblings: readonly OwnerContext[];
  /** What the file's name says, for an owner named only `Props` or `State` (see fileContexts). */
  file: readonly OwnerContext[];
}

const deferred = (verdicts: readonly (Verdict | null)[], category: string): boolean => verdicts.some((v) => v !== null && v.status === "defer" && v.category === category);

function anchorsOf(verdicts: readonly (Verdict | null)[], candidates: readonly FieldCandidate[], siblings: readonly OwnerContext[], roles: number, file: readonly OwnerContext[], ui: boolean): GroupAnchors {
  const accepted = verdicts.filter((v): v is Verdict => v !== null && v.status === "accept");
  // A record of browser, OS, screen and referrer is a tracked visit even when no field alone says so.
  const trackingVotes = verdicts.filter((v) => v !== null && v.status !== "reject" && DEVICE_OR_BEHAVIOR.test(v.category)).length;
  const addressVotes = new Set(verdicts.filter((v) => v !== null && v.status === "defer" && v.category.startsWith("user.contact.address")).map((v) => v!.category)).size;
  return {
    // (A display name beside a handle, each waiting for the other, is an account's profile: `{ handle, displayName }`.)
    person: accepted.some((v) => PERSON_ANCHOR.test(v.category)) || (deferred(verdicts, "user.name") && deferred(verdicts, "user.account.username")),
    // (Two are enough on an event: an event's OS and screen are a tracked app's.)
    tracking: accepted.some((v) => TRACKING_ANCHOR.test(v.category)) || trackingVotes >= 3 || (trackingVotes >= 2 && candidates.length > 0 && isEventOwner(candidates[0].owner)),
    account: accepted.some((v) => v.category === "user.account.username" || v.category === EMAIL),
    // (Three different parts of an address that each wait for another, a city, a state and a country, are an address.)
    addressParts: accepted.filter((v) => v.category.startsWith("user.contact.address")).length || (addressVotes >= 3 ? addressVotes : 0),
    // (Distinct fields: a union's variants repeat their members, `{ state: "error" } | { state: "ok" }`.)
    geo: new Set(candidates.filter((c, i) => verdicts[i]?.status === "accept" && GEO.test(verdicts[i]!.category)).map((c) => c.name)).size,
    categories: [...new Set(accepted.map((v) => v.category))],
    ui,
    connection: isConnectionSettings(candidates),
    message: holdsMessageText(roles),
    environment: holdsEnvironment(roles),
    siblings,
    file,
  };
}

const GEO = /^user\.(?:location|contact\.address|device\.ip_address)/;

/** An owner named for an event (`eventPayloadSchema`, `TrackEvent`; not `preventDefault`). */
function isEventOwner(owner: readonly string[]): boolean {
  return owner.length > 0 && phraseTokens(owner[owner.length - 1]).includes("event");
}

/** Every field of one owner judged, and what they say about the owner together. */
function judgeGroup(candidates: readonly FieldCandidate[], rules: RuleSet, file: readonly OwnerContext[], otherRoles = 0): { verdicts: (Verdict | null)[]; anchors: GroupAnchors } {
  const roles = rolesOf(candidates) | otherRoles;
  const siblings = siblingContexts(roles, candidates.length);
  const ui = candidates.some((c) => c.kind === "function");
  const verdicts = candidates.map((c) => judge(c, rules, siblings, file, ui));
  return { verdicts, anchors: anchorsOf(verdicts, candidates, siblings, roles, file, ui) };
}

/** Classify all candidates of one owner together, so siblings can settle ambiguous names. */
export function classifyGroup(candidates: FieldCandidate[], rules: RuleSet, file: readonly OwnerContext[] = NO_SIBLING_CONTEXTS, otherRoles = 0): (Classification | null)[] {
  const { verdicts, anchors } = judgeGroup(candidates, rules, file, otherRoles);
  const results = verdicts.map((v, i) => settle(candidates[i], v, anchors));
  nameThePartiesReached(candidates, results, anchors, rules);
  holdersOfBankAccounts(candidates, results, anchors);
  return results;
}

const BANK_ACCOUNT = "user.financial.bank_account";
const CONTROL_WORDS = new Set(["field", "input"]);
const HELPER_TYPE = /[a-z](?:Client|Service|Api|API|Repository|Controller|Handler|Gateway|Adapter|Sdk|SDK)$/;

/**
 * An account holder's name beside the account's number or IBAN (`BacsElementData { holderName, bankAccountNumber }`) is
 * part of the bank details, as a cardholder's name is part of the card's.
 */
function holdersOfBankAccounts(candidates: readonly FieldCandidate[], results: (Classification | null)[], anchors: GroupAnchors): void {
  if (!anchors.categories.includes(BANK_ACCOUNT)) return;
  for (let i = 0; i < candidates.length; i++) {
    const r = results[i];
    if (!r || !r.category.startsWith("user.name") || !HOLDER_NAME.test(candidates[i].name)) continue;
    const detail = "an account holder's name beside the account's details";
    results[i] = { ...r, category: BANK_ACCOUNT, evidence: ownCopy(`${r.evidence}; ${detail}`), signals: [...r.signals, { kind: "owner", detail }] };
  }
}
const HOLDER_NAME = /holder_?name$|^(?:account_?)?holder$/i;

const PHONE = "user.contact.phone_number";
const BEHAVIOR = "user.behavior";
const DEVICE = "user.device";

/**
 * `clientName` beside `clientPhone`, `callerName` beside `callerEmail`: a party the owner can phone or write to is a
 * person, and the name before their number is theirs, though the word alone (client, caller) says nothing of a person.
 * (A business's contact details are rejected by their own words first: `companyPhone` reaches no one here.)
 */
function nameThePartiesReached(candidates: readonly FieldCandidate[], results: (Classification | null)[], anchors: GroupAnchors, rules: RuleSet): void {
  let parties: Set<string> | undefined;
  for (let i = 0; i < candidates.length; i++) {
    if (results[i] || !PARTY_NAME.test(candidates[i].name)) continue;
    parties ??= partiesReached(candidates, results);
    const party = partyOf(candidates[i].name, "name");
    if (party && parties.has(party)) results[i] = classifyComposite(candidates[i], "contactName", anchors, rules);
  }
}
const PARTY_NAME = /[a-z0-9]_?name$/i;

/** The parties whose email or phone an owner's accepted fields hold (`client` for `clientPhone`). */
function partiesReached(candidates: readonly FieldCandidate[], results: readonly (Classification | null)[]): Set<string> {
  const parties = new Set<string>();
  for (let j = 0; j < candidates.length; j++) {
    const r = results[j];
    if (!r || (r.category !== EMAIL && r.category !== PHONE)) continue;
    const party = partyOf(candidates[j].name, r.category === EMAIL ? "email" : "phone") ?? partyOf(candidates[j].name, "mobile");
    if (party) parties.add(party);
  }
  return parties;
}

/** The words before the last `word` of a name (`client` of `clientPhoneNumber` for "phone"), or undefined. */
function partyOf(name: string, word: string): string | undefined {
  const tokens = splitIdentifier(name);
  const at = tokens.lastIndexOf(word);
  return at > 0 ? tokens.slice(0, at).join(" ") : undefined;
}

/** Classify one field whose owner's anchors were worked out before (a field typed by a reference, resolved later). */
export function classifyWithAnchors(candidate: FieldCandidate, anchors: GroupAnchors, rules: RuleSet): Classification | null {
  return settle(candidate, judge(candidate, rules, anchors.siblings, anchors.file, anchors.ui), anchors);
}

/**
 * A field whose value is an object of one kind's parts (`home: { street, city }`, `selectedAddress: Address` of street
 * and postcode parts), judged as that kind's plain name (`address`). The parts settle what its name leaves open, so an
 * owner that says nothing needs no siblings; an owner that rejects the kind (a warehouse, a tracked event) still does.
 */
export function classifyComposite(candidate: FieldCandidate, plainName: string, anchors: GroupAnchors, rules: RuleSet): Classification | null {
  const v = judge({ ...candidate, name: plainName }, rules, anchors.siblings, anchors.file, anchors.ui);
  if (!v || v.status === "reject") return null;
  if (v.status === "accept") return settle(candidate, v, anchors);
  // On a tracked visit, an object of city and country parts is where the visitor was: its parts say so, not the whole.
  // On a component's props, a `name: NameType` is a form field's name, as a bare `name` is there.
  if ((anchors.tracking && v.rule.category.startsWith("user.contact.address")) || (anchors.ui && v.rule.id === BARE_NAME_RULE)) return null;
  v.confidence -= 0.1;
  return finish(candidate, v);
}

/** What one owner's fields say about it, for a field of that owner classified later (typed by a name). */
export function groupAnchors(candidates: readonly FieldCandidate[], rules: RuleSet, file: readonly OwnerContext[] = NO_SIBLING_CONTEXTS): GroupAnchors {
  return judgeGroup(candidates, rules, file).anchors;
}

/** The rule of a bare `name`, which on a component's props is a label or a form field's name, not a person's. */
const BARE_NAME_RULE = "name";
const PRECISE_LOCATION_RULE = "precise-location";
const CARD = "user.financial.credit_card";
const ORGANIZATION = "user.contact.organization";
const LONGITUDE_RULE = "longitude-long";
const STATE_RULE = "state";
const HEALTH_RULE = "health";
/** The rule of a saved payment method, which holds only as a type named for one (see judge and the project index). */
export const PAYMENT_METHOD_RULE = "payment-method";
const PAYMENT_RECORD_TYPE = /Payment(?:Method|Details?|Info|Instrument|Source)|Card/;
const CONFIG_TYPE = /(?:Config|Configuration|Options?|Settings?|Type|Kind|Enum|Props|Element|Component)$/;

function settle(candidate: FieldCandidate, v: Verdict | null, anchors: GroupAnchors): Classification | null {
  if (!v || v.status === "reject") return null;
  // An environment's variables are configuration, whatever their words say (`KAFKA_USERNAME`, `SMTP_FROM_EMAIL`).
  if (anchors.environment && isEnvironmentName(candidate.name)) return null;
  // (Unless the props also hold a person's username or email: `{ name, username, onPress }` is a person's row.)
  if (anchors.ui && !anchors.account && v.rule.id === BARE_NAME_RULE && candidate.name.toLowerCase() === "name") return null;
  // A connection's settings are configuration, whatever their names say (a database's `username`, a mail server's `user`).
  if (anchors.connection && v.rule.owner.reject.includes("config")) return null;
  // A map component's `latitude` and `longitude` say where the map looks, unless its props are about a person.
  if (anchors.ui && !anchors.person && v.rule.id === PRECISE_LOCATION_RULE) return null;
  // A session's or a visit's `state` is a region only beside other places (a country, a city, an IP): alone it is an
  // OAuth state or a lifecycle.
  if (v.rule.id === STATE_RULE && v.category === v.rule.contextCategory.tracking && anchors.geo < 2 && !/location|geo/i.test(candidate.name)) return null;
  if (v.status === "defer") {
    // A bare `long` is a longitude beside a latitude only, not beside any person's data (`Review { authorEmail, long }`).
    if (v.rule.id === LONGITUDE_RULE && !anchors.categories.includes(v.rule.category)) return null;
    // Sibling evidence: an owner that also holds a person's email/name/phone is about a person; one that holds an IP
    // or user agent is about a tracked visit. Without either, an ambiguous name stays unreported (precision first).
    if (anchors.categories.includes(v.rule.category)) {
      // Siblings of the same category: a card's `expiry` beside its number, a `state` beside street and city.
      v.signals.push({ kind: "owner", detail: `siblings are ${v.rule.category} too` });
    } else if (anchors.tracking && (v.rule.contextCategory.tracking || DEVICE_OR_BEHAVIOR.test(v.rule.category))) {
      v.category = v.rule.contextCategory.tracking ?? v.category;
      v.signals.push({ kind: "owner", detail: "siblings are device/visit data" });
    } else if (
      v.rule.category.startsWith("user.contact.address")
        ? anchors.addressParts > 0
        : v.rule.category === "user.job_title"
          ? anchors.categories.some((c) => c.startsWith("user.name")) // a title beside a person's name, not a message's
          : v.rule.category === "user.demographic.language"
            ? anchors.person && !anchors.message // an invitee's language; beside a message's text, the text's
            : v.rule.category === DEVICE
              ? anchors.categories.some((c) => PERSON_ANCHOR.test(c) && !c.startsWith("user.financial")) // a card's brand beside its last four is the card's
              : v.rule.category === CARD
                ? false // an `expiryDate` beside a person's name is their pass's or their contract's; card data only beside a card's
                : v.rule.category.startsWith(BEHAVIOR)
                  ? false // a `requestUrl` beside a requester's name is a link in a message; pages seen only beside a visit's data
                  : anchors.person
    ) {
      // An address part (city, state) needs other address parts beside it: a customer's `state` is a lifecycle.
      const ctx = v.rule.contextCategory.person ?? v.rule.contextCategory.address;
      if (ctx) v.category = ctx;
      v.signals.push({ kind: "owner", detail: "siblings are a person's contact data" });
    } else {
      return null;
    }
    v.confidence -= 0.1;
  }
  return finish(candidate, v);
}


function finish(c: FieldCandidate, v: Verdict): Classification {
  const confidence = Math.max(0.05, Math.min(0.99, Math.round(v.confidence * 100) / 100));
  // Findings outlive the scan of their file, and names read from the code are slices of the file's whole text (so are
  // strings built from them, until flattened): keep copies (the evidence below), or every file with a finding stays in
  // memory. The signals themselves are not kept: the evidence says them in words.
  const why = v.signals.map((s) => s.detail).join("; ");
  return {
    category: v.category,
    confidence,
    evidence: ownCopy(`rule ${v.rule.id}: ${why} (${c.via})`),
    ruleId: v.rule.id,
    signals: v.signals,
  };
}

/** Value kinds of a flag, an id or a code: what a `defaultAddress` holds when it is not the address. */
const PLAIN_VALUE_KINDS = new Set<string>(["string", "boolean", "number", "enum"]);

/** What a context that siblings give was seen from, in words (see siblingContexts). */
const SIBLING_EVIDENCE: Partial<Record<OwnerContext, string>> = {
  page_view: "a referrer beside the page's url or title (a page view)",
  tracking: "a referrer, or a browser beside an IP address, OS or coordinates (a tracked visit)",
  nonperson: "a VAT number, an industry or a revenue beside it (a business)",
  login: "a password beside it (a login)",
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


/**
 * `siblings`: contexts the field's siblings give its owner (see siblingContexts), nearer than the owner's name.
 * `file`: what the file's name says, for an owner named only `Props` or `State` (see fileContexts), farthest of all.
 * `interactive`: the owner also holds functions (a component's props, a front end's store), so it is an object of the
 * interface, not a system's configuration.
 */
function judge(c: FieldCandidate, rules: RuleSet, siblings: readonly OwnerContext[] = NO_SIBLING_CONTEXTS, file: readonly OwnerContext[] = NO_SIBLING_CONTEXTS, interactive = false): Verdict | null {
  // (A field typed by a client or a service, `phone: PhoneClient`, holds an object that does things, whoever declares it.)
  if (c.system || c.kind === "function" || (c.ref && HELPER_TYPE.test(c.ref.name))) return null;
  const name = normalizeName(c.name, c.accessor);
  // A map keyed by something else (`emailsByUserId: Record<string, string[]>`) is a collection of what its name says.
  if (name.keyed) c = { ...c, kind: "array", container: false };
  const analysis = analyseName(name, rules);
  const verdict = judgeAs(c, name, analysis, rules, siblings, file, interactive);
  if (verdict || !analysis.alternatives) return verdict;
  // Words that several rules claim: the next rule whose context holds decides (`dob: { year }` is no sentence's term).
  for (const alternative of analysis.alternatives) {
    const next = judgeAs(c, name, alternative, rules, siblings, file, interactive);
    if (next) return next;
  }
  return null;
}

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
    if (analysis.rejected && !(analysis.defaultObject && !PLAIN_VALUE_KINDS.has(c.kind))) return null;
    ({ qualifiers, phraseModifiers, qualifierContexts, modifierContexts } = analysis);
    // A customer's `defaultAddress` object: "default" says which of their addresses, not that it is configuration.
    if (analysis.defaultObject) ({ qualifiers, qualifierContexts, qualifierPolicy: namePolicy } = analysis.withoutDefault!);
    else namePolicy = analysis.qualifierPolicy;
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
  // An error's name is its class's (`TokenManagerError.name`, as every JavaScript Error has one).
  if (rule.id === BARE_NAME_RULE && qualifiers.length === 0 && c.owner.length > 0 && ERROR_TYPE.test(c.owner[c.owner.length - 1])) return null;
  // A health record's own name (`Diagnosis.name`, `Allergy.name`) names the condition: the patient's health data.
  // (Only a record that is one, named last for it: not a catalogue's entry, `MedicationType`, nor a form about one.)
  if (rule.id === BARE_NAME_RULE && qualifiers.length === 0 && c.owner.length > 0 && (c.kind === "string" || c.kind === "unknown") && HEALTH_RECORD_HEADS.has(lastOwnerWord(c.owner[c.owner.length - 1], rules)) && !HEALTH_CATALOGUE.test(c.owner[c.owner.length - 1])) {
    const topic = healthTopicOf(c.owner[c.owner.length - 1]);
    const health = topic ? rules.rules.find((r) => r.id === HEALTH_RULE) : undefined;
    if (health) {
      signals.push({ kind: "owner", detail: `the name of ${c.owner[c.owner.length - 1]}, a record of ${topic}` });
      return { status: "accept", rule: health, category: health.category, confidence: 0.7, signals };
    }
  }
  // A field typed by a name that says whose its value is (`state: SessionState`, `address: WarehouseAddress`): the
  // type's words qualify the field as the field's own words would.
  if (match && rule === match.rule && c.ref && typeNameBlocks(c.ref.name, analysis.tokens[match.start + match.length - 1], rule, rules)) return null;
  // A type named for the answers it allows (`pastEmployer?: YesOrNo`, `YesNoNotSure`) holds a form's answer, not the data.
  if (c.ref && !rule.flags && YES_NO_TYPE.test(c.ref.name)) return null;
  // A rule that holds only on some records (a patient's `visits`, not a site's) needs one of their words nearby.
  if (rule.owner.words && !namesOwnerWord(c, analysis.qualifiers, rule.owner.words)) return null;
  if (byValidator) signals.push({ kind: "validator", detail: `validator ${byValidator.evidence}` });
  const strongValidator = byValidator && !WEAK_VALIDATORS.has(byValidator.name) ? byValidator : undefined;

  // (An address's part held as an object, `Address.country: { isocode, name }`, is that part of the address.)
  if (record && !rule.kinds.includes("object") && !(rule.category.startsWith(ADDRESS_PART) && segmentContext(c.owner[c.owner.length - 1], rules) === "address")) return null;
  const kindOk = record || rule.kinds.includes(c.kind) || (c.kind === "boolean" && rule.flags && !!name.prefix);
  if (!kindOk) return null;
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
  // one there, as a qualifier or as a person's role.
  const businessContact = qualifiers.includes("contact") && c.owner.some(isBusiness);
  for (let i = qualifierContexts.length - 1; i >= 0; i--) {
    if (businessContact && qualifiers[qualifierContexts[i].end - 1] === "contact") continue;
    sources.push({ ctx: qualifierContexts[i].ctx, from: "qualifier", at: qualifierContexts[i].end });
  }
  // (A page view is tracked: rules for a page view's own parts, its title, accept the first, the others the second.)
  for (const ctx of siblings) sources.push({ ctx, from: "siblings", at: 0 });
  const phraseEnd = match ? analysis.tokens[match.start + match.length - 1] : undefined;
  for (let i = c.owner.length - 1; i >= 0; i--) {
    const ctx = segmentContext(c.owner[i], rules);
    // An owner named after the field's own concept (`UpdateLanguageDto.language`, a `NewImageSchema`'s `photoFile`)
    // says nothing against it.
    // (Not an organisation's: `EditOrganisationDetailsBody.organisationName` is the organisation's own name, whoever's
    // phone is beside it.)
    if (ctx && phraseEnd && rule.owner.reject.includes(ctx) && rule.category !== ORGANIZATION && ownerNamedForRule(c.owner[i], phraseEnd, rule, rules)) {
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
    if (ctx === "nonperson" && i < c.owner.length - 1 && CODE_UNITS.has(lastOwnerWord(c.owner[i], rules))) continue;
    // Settings that a store or a screen holds with its actions (kutt's `Settings { email, setSettings: Action }`) are the
    // signed-in person's, when nothing else in the name says what they configure.
    if (ctx === "config" && interactive && namesOnlySettings(c.owner[i], rules)) continue;
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
  const personRole = qualifiers.some((q) => PERSON_ROLES.has(q) && !(q === "contact" && businessContact));
  // A party the rule names by its allowed qualifiers (`receiverName`, `ownerName` on a transaction item or a repository)
  // is a person whatever record lists it; configuration still describes the system (a mailer's sender name).
  const namedParty = qualifiers.length > 0 && PERSON_PARTIES.has(qualifiers[qualifiers.length - 1]) && rule.qualifiers.allow.has(qualifiers[qualifiers.length - 1]);
  // (A person's record nested in the configuration is the person's: `ReportDialogOptions.user.email`.)
  // (So is one its siblings show, by a name in parts or beside a way to reach them: a health service's `orderingProvider`;
  // not the messages or labels of a form's fields, which name them.)
  const personSiblings = siblings.includes("person") && !c.owner.some(isAboutData);
  // (An address beside a password is an account's, set up on any form: a connection's settings are dropped in settle.)
  const accountAddress = rule.category === EMAIL && siblings.includes("login");
  if (!personRole && !personSiblings && !accountAddress && rule.owner.reject.includes("config") && configOwnerFirst(sources)) return null;
  const qualifierPolicy = qualifiers === NO_WORDS ? "owner" : namePolicy;
  let decided: ContextSource | undefined;
  for (const s of sources) {
    if (rule.owner.reject.includes(s.ctx)) {
      if (s.from === "name word") continue; // "job" in `jobTitle` says nothing against a job title
      if (s.from === "file") continue; // a file's name only ever accepts (`Props.avatarUrl` in `VisitTracker.tsx`)
      // A person's role the rule allows (`actorName` in an audit log, `ownerName` on a company) names whose it is.
      if (s.from === "owner" && s.ctx !== "config" && (personRole || namedParty)) continue;
      // A list of addresses on a thing (`ErrorAlertsForm.emails`, a report's `recipientEmails`) is who it is sent to;
      // a thing's own address is its mailbox.
      if (s.from === "owner" && s.ctx === "nonperson" && c.kind === "array" && rule.category === EMAIL) continue;
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
  } else if (rule.owner.unknown === "siblings") {
    status = "defer";
  } else {
    return null;
  }
  if (byValidator) confidence = Math.max(confidence, byValidator.rule.id === match?.rule.id ? 0.97 : 0.85);
  return { status, rule, category, confidence, signals };
}


/**
 * Classifies one file's candidates (grouped by owner) and sets aside the findings its suppression comments silence.
 * `others`: the owners' other fields, classified elsewhere (typed by a name the index resolves), whose names still say
 * what the record is (a carrier's `carrier_occurred_at: DateTime`).
 */
export function classifyFile(file: string, candidates: FieldCandidate[], suppressions: Suppression[], rules: RuleSet, others: readonly FieldCandidate[] = []): { findings: Finding[]; suppressed: Finding[] } {
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of classifyCandidates(file, candidates, rules, others)) {
    if (isSuppressed(suppressions, finding.range.start.line, finding.category)) suppressed.push(finding);
    else findings.push(finding);
  }
  return { findings, suppressed };
}

function classifyCandidates(file: string, candidates: FieldCandidate[], rules: RuleSet, others: readonly FieldCandidate[]): Finding[] {
  const named = fileContexts(file, rules);
  // The roles of each owner's other fields (one pass; most files have none).
  const otherRoles = new Map<string, number>();
  for (const o of others) {
    const key = o.owner.join(".");
    otherRoles.set(key, (otherRoles.get(key) ?? 0) | rolesOf([o]));
  }
  const groups = new Map<string, FieldCandidate[]>();
  // The scanner hands the same owner array to every field of one declaration: join each array once.
  const keys = new Map<string[], string>();
  for (const c of candidates) {
    let key = keys.get(c.owner);
    if (key === undefined) keys.set(c.owner, (key = c.owner.join(".")));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(c);
  }
  const findings: Finding[] = [];
  for (const [owner, group] of groups) {
    const results = classifyGroup(group, rules, named, otherRoles.get(owner) ?? 0);
    results.forEach((r, i) => {
      if (!r) return;
      findings.push(findingOf(file, group[i], owner, r));
    });
  }
  findings.sort(byPosition);
  return findings;
}

/** The finding a classified field makes (`owner` joined with dots; findings keep copies of what they quote). */
export function findingOf(file: string, c: FieldCandidate, owner: string, r: Classification): Finding {
  return {
    file,
    range: c.range,
    field: ownCopy(c.name),
    owner: owner ? ownCopy(owner) : "(anonymous)",
    category: r.category,
    confidence: r.confidence,
    evidence: r.evidence,
    ruleId: r.ruleId,
  };
}

/** Findings in the order of their positions in the file. */
export function byPosition(a: { range: Range }, b: { range: Range }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
