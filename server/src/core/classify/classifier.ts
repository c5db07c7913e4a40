/**
 * Classifier: decides whether a field candidate holds personal data, of which fideslang category, how sure we are,
 * and why. Pure and deterministic: it sees what the scanner extracted from one file (for a field typed by a name, what
 * the project index says that name holds) and the rule set.
 *
 * The fields of one owner are classified together: each is judged alone first (judge.ts: its name, the context that
 * decides, its value's kind and validators), then what the accepted ones hold settles the names that needed more (a
 * bare `name` beside an email is a person's; a `state` beside a city is a region), and a party's name is theirs when
 * the record can reach them. Decision order (each step can only narrow the previous one):
 *  1. containers, functions and system columns (ids, timestamps) are never personal data themselves;
 *  2. the name: the longest rule phrase found at the end of the name's tokens, with only transparent tokens after it
 *     (so `emailTemplate`, `ipVersion`, `addressService` do not match, while `emailAddress2` does);
 *  3. counter-evidence: blocked qualifiers (hashed, support, ...), predicate prefixes (isX/hasX) and value kinds the
 *     data cannot have (a boolean `emailVerified`);
 *  4. context: qualifier words and the owner path, nearest first (`billingCity`, `Session.geo.city`), accepted,
 *     rejected or re-categorised per rule; owners that say nothing defer to the rule's policy, possibly to siblings;
 *  5. validators (`@IsEmail`, `.email()`, `inet`) classify a field whose name says little and raise confidence.
 */
import { ownCopy, phraseTokens, singular, splitIdentifier } from "./names";
import { nameCategory, nameRule, nameTurnsDown, namedForPlace } from "./name-analysis";

export { nameCategory, nameRule, nameTurnsDown, namedForPlace };
import { fileContexts, lexiconMatches, segmentContext, UI_STATE } from "./owners";
import { holdsEnvironment, holdsMessageText, isConnectionSettings, isEnvironmentName, isTrackedVisit, namedLocationContexts, NO_SIBLING_CONTEXTS, rolesOf, siblingContexts, TRACKED_VISIT_ROLES, withoutDisplayName } from "./sibling-roles";
import { ruleById, type OwnerContext, type RuleSet, type ValueKind } from "./rules";
import { isSuppressed, type Suppression } from "../scan/suppressions";
import { BARE_NAME_RULE, EMAIL, isBusiness, judge, PERSON_ROLES, type Verdict } from "./judge";
import { PATIENT_REFERENCE, patientRecordText } from "./topics";
import { byPosition, type Finding, type Range, type Signal } from "../types";

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
  /** The key as written, when `name` is its last part (a schema key that is a path, `"address.first_name"`). */
  written?: string;
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

/** What the accepted fields of one owner say about it: the context a deferred (ambiguous) name is settled by. */
export interface GroupAnchors {
  /** The owner also holds a person's email/name/phone/... */
  person: boolean;
  /**
   * The owner holds a name of its own (`name`, `firstName`, `displayName`), not one qualified by another's role
   * (`pocName`, `contactName`): the record is that person's.
   */
  ownName: boolean;
  /** The owner also holds a name of its subject's own, judged so or waiting for its siblings (`{ name, userName }`). */
  namedSubject: boolean;
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

/** A thing's `author` (a post's, a review's): it names who wrote the record, it does not make the record a person's. */
const AUTHOR_RULE = "author-name";
/** Who did something to a record, named first (`initiatorName`, `senderEmail`, `creatorAvatar`). */
const ACTOR_WORDS = new Set(["initiator", "sender", "author", "creator", "actor", "inviter", "requester", "requestor", "reporter", "uploader", "poster", "commenter"]);
/**
 * Who owns, sells or hosts a thing, by name only (an itinerary's `ownerName`, a product's `sellerName`): the thing's
 * record names them. (Their address or email there, a vehicle record's `owner_ownerAddress`, is theirs to reach.)
 */
const PARTY_WORDS = new Set(["owner", "seller", "host", "organizer", "organiser"]);

/** A field named for who did something to its record (`createdByName`, `sent_by_email`, `initiatorName`). */
function namesAnActor(c: FieldCandidate | undefined, v: Verdict): boolean {
  if (!c) return false;
  const tokens = phraseTokens(c.name);
  return tokens.indexOf("by") > 0 || (tokens.length > 1 && (ACTOR_WORDS.has(tokens[0]) || (PARTY_WORDS.has(tokens[0]) && v.category.startsWith(NAME))));
}

/** The rule of an `alias`, a person's username only on a person's record. */
const ALIAS_RULE = "username-alias";

function anchorsOf(verdicts: readonly (Verdict | null)[], candidates: readonly FieldCandidate[], siblings: readonly OwnerContext[], roles: number, file: readonly OwnerContext[], ui: boolean): GroupAnchors {
  const accepted = verdicts.filter((v): v is Verdict => v !== null && v.status === "accept");
  // (So a blog post's `{ title, author, image }` keeps its title and its picture: neither is the author's. Nor is an
  // announcement's `{ title, sentByName }`: who did something to a record does not make it theirs.)
  const owned = verdicts.filter((v, i): v is Verdict => v !== null && v.status === "accept" && v.rule.id !== AUTHOR_RULE && !namesAnActor(candidates[i], v));
  // A record of browser, OS, screen and referrer is a tracked visit even when no field alone says so.
  const trackingVotes = verdicts.filter((v) => v !== null && v.status !== "reject" && DEVICE_OR_BEHAVIOR.test(v.category)).length;
  const addressVotes = new Set(verdicts.filter((v) => v !== null && v.status === "defer" && v.category.startsWith("user.contact.address")).map((v) => v!.category)).size;
  return {
    // (A display name beside a handle, each waiting for the other, is an account's profile: `{ handle, displayName }`.)
    // (Not a name beside `aliases`: a tool's, a command's or a package's `{ name, aliases }` are names of a thing.)
    person: owned.some((v) => PERSON_ANCHOR.test(v.category)) || (deferred(verdicts, "user.name") && verdicts.some((v) => v !== null && v.status === "defer" && v.category === "user.account.username" && v.rule.id !== ALIAS_RULE)),
    // (Two are enough on an event: an event's OS and screen are a tracked app's.)
    tracking: accepted.some((v) => TRACKING_ANCHOR.test(v.category)) || trackingVotes >= 3 || (trackingVotes >= 2 && candidates.length > 0 && isEventOwner(candidates[0].owner)),
    account: accepted.some((v) => v.category === "user.account.username" || v.category === EMAIL),
    // (Three different parts of an address that each wait for another, a city, a state and a country, are an address.)
    addressParts: accepted.filter((v) => v.category.startsWith("user.contact.address")).length || (addressVotes >= 3 ? addressVotes : 0),
    // (Distinct fields: a union's variants repeat their members, `{ state: "error" } | { state: "ok" }`.)
    geo: new Set(candidates.filter((c, i) => verdicts[i]?.status === "accept" && GEO.test(verdicts[i]!.category)).map((c) => c.name)).size,
    categories: [...new Set(owned.map((v) => v.category))],
    ownName: verdicts.some((v, i) => v !== null && v.status === "accept" && v.category.startsWith("user.name") && OWN_NAME.test(candidates[i].name)),
    namedSubject: verdicts.some((v, i) => v !== null && v.status !== "reject" && v.category.startsWith("user.name") && OWN_NAME.test(candidates[i].name)),
    ui,
    connection: isConnectionSettings(candidates),
    message: holdsMessageText(roles),
    environment: holdsEnvironment(roles),
    siblings,
    file,
  };
}

const GEO = /^user\.(?:location|contact\.address|device\.ip_address)/;
/** A name a record holds as its own subject's (see GroupAnchors.ownName). */
const OWN_NAME = /^(?:(?:first|last|full|display|given|family|middle|preferred|legal|real|sur|fore|nick|person(?:al)?)[_-]?)?names?$|^(?:f|l)name$|^(?:surname|forename|initials)$/i;

/** An owner named for an event (`eventPayloadSchema`, `TrackEvent`; not `preventDefault`). */
function isEventOwner(owner: readonly string[]): boolean {
  return owner.length > 0 && phraseTokens(owner[owner.length - 1]).includes("event");
}

/**
 * Every field of one owner judged, and what they say about the owner together. `roles` are its fields' (see rolesOf),
 * with any its other fields and a tracked visit around it add.
 */
function judgeGroup(candidates: readonly FieldCandidate[], rules: RuleSet, file: readonly OwnerContext[], roles = rolesOf(candidates)): { verdicts: (Verdict | null)[]; anchors: GroupAnchors } {
  // (A display name beside a picture is a person's profile only where nothing says whose: not on a component's state or
  // props, nor on a thing the owner names, a room's `RoomProfileSettings`. Few owners have one: look only then.)
  const withoutName = withoutDisplayName(roles);
  if (withoutName !== roles && candidates[0].owner.some((segment) => UI_STATE.test(segment) || headIsAThing(segment, rules))) roles = withoutName;
  const siblings = namedLocationContexts(candidates, siblingContexts(roles, candidates.length), rules);
  const ui = candidates.some((c) => c.kind === "function");
  const verdicts = candidates.map((c) => judge(c, rules, siblings, file, ui));
  return { verdicts, anchors: anchorsOf(verdicts, candidates, siblings, roles, file, ui) };
}

/** Classify all candidates of one owner together, so siblings can settle ambiguous names. */
export function classifyGroup(candidates: FieldCandidate[], rules: RuleSet, file: readonly OwnerContext[] = NO_SIBLING_CONTEXTS, roles = rolesOf(candidates)): (Classification | null)[] {
  const { verdicts, anchors } = judgeGroup(candidates, rules, file, roles);
  const results = verdicts.map((v, i) => settle(candidates[i], v, anchors));
  nameThePartiesReached(candidates, results, anchors, rules);
  holdersOfBankAccounts(candidates, results, anchors);
  notesAboutAPatient(candidates, results, anchors, rules);
  animalsOwnParts(candidates, results, rules);
  return results;
}

/** An animal's own parts: beside them a record is an animal's (a vet's patient, a shelter's dog). */
const ANIMAL_PART = /^(?:species|breed|microchip(?:_?(?:id|number|no))?|neutered|spayed)$/i;
/** A record's own name or display name (`name`, `fullName`), not a party's (`ownerName`). */
const RECORD_OWN_NAME = /^(?:name|full_?name|display_?name)$/i;

/**
 * A record with a species or a breed (`{ name, species, breed, dateOfBirth, gender }`, a vet's `Patient`) is an
 * animal's, whatever it is called: its name, birth date and sex are its own, as they are on a record named `Pet`. (Its
 * owner's name and phone, named so, stay the owner's.)
 */
function animalsOwnParts(candidates: readonly FieldCandidate[], results: (Classification | null)[], rules: RuleSet): void {
  if (!candidates.some((c) => ANIMAL_PART.test(c.name) && c.kind !== "function" && c.kind !== "boolean")) return;
  for (let i = 0; i < candidates.length; i++) {
    const r = results[i];
    if (!r) continue;
    const rule = ruleById(rules, r.ruleId);
    if (rule?.owner.except?.has("animal") || (r.category === "user.name" && RECORD_OWN_NAME.test(candidates[i].name))) results[i] = null;
  }
}

/**
 * A record that names its patient (`Lab { patient, result, notes }`, `Incident { patient, description }`) is part of
 * their medical record: its free text, result and reason are health data though nothing else in its name says so.
 */
function notesAboutAPatient(candidates: readonly FieldCandidate[], results: (Classification | null)[], anchors: GroupAnchors, rules: RuleSet): void {
  if (!candidates.some((c) => PATIENT_REFERENCE.test(c.name))) return;
  for (let i = 0; i < candidates.length; i++) {
    if (results[i]) continue;
    const verdict = patientRecordText(candidates[i], rules);
    if (verdict) results[i] = settle(candidates[i], verdict, anchors);
  }
}

const BANK_ACCOUNT = "user.financial.bank_account";

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

const PRECISE_LOCATION_RULE = "precise-location";
const COUNTRY_RULE = "country";
const ORIENTATION_BARE_RULE = "orientation-bare";
const COUNTRY_CODE = /^_?country_?code$/i;
const PERSON_TITLE_RULE = "person-title";
const JOB_TITLE = "user.job_title";
const NAME = "user.name";
const USERNAME = "user.account.username";
/** `userName`, `user_name`: the two words that are a username or a person's name, by what is beside them. */
const USER_NAME_FIELD = /^_?user_?name$/i;
const HONORIFIC_BESIDE = /^user\.demographic\.(?:date_of_birth|nationality)/;
const EMPLOYER_BESIDE = /^user\.(?:contact\.organization|workplace|job_title)/;
const CARD = "user.financial.credit_card";
const GOVERNMENT_ID = "user.government_id";
const LONGITUDE_RULE = "longitude-long";
const EMAIL_ID_RULE = "email-id";
const POSTAL_ADDRESS = "user.contact.address";
const DEVICE_ATTRIBUTE_RULE = "device-attribute";
const CRIMINAL_CHARGE_RULE = "criminal-charge";
const STATE_RULE = "state";

function settle(candidate: FieldCandidate, v: Verdict | null, anchors: GroupAnchors): Classification | null {
  if (!v || v.status === "reject") return null;
  // An environment's variables are configuration, whatever their words say (`KAFKA_USERNAME`, `SMTP_FROM_EMAIL`).
  if (anchors.environment && isEnvironmentName(candidate.name)) return null;
  // (Unless the props also hold a person's username or email: `{ name, username, onPress }` is a person's row.)
  if (anchors.ui && !anchors.account && v.rule.id === BARE_NAME_RULE && candidate.name.toLowerCase() === "name") return null;
  // A connection's settings are configuration, whatever their names say (a database's `username`, a mail server's `user`).
  if (anchors.connection && v.rule.owner.reject.includes("config")) return null;
  // A component's `orientation` is its layout's (`FileUploaderProps`, whose uploader reads as a person).
  if (anchors.ui && v.rule.id === ORIENTATION_BARE_RULE) return null;
  // A map component's `latitude` and `longitude` say where the map looks, unless its props are about a person.
  if (anchors.ui && !anchors.person && v.rule.id === PRECISE_LOCATION_RULE) return null;
  // A session's or a visit's `state` is a region only beside other places (a country, a city, an IP): alone it is an
  // OAuth state or a lifecycle.
  if (v.rule.id === STATE_RULE && v.category === v.rule.contextCategory.tracking && anchors.geo < 2 && !/location|geo/i.test(candidate.name)) return null;
  // A title beside a date of birth or a nationality and no employer (a register's individual: `{ title, forename,
  // surname, dateOfBirth }`) is the honorific before the name (Mr, Dr), not a job.
  if (v.rule.id === PERSON_TITLE_RULE && v.category === JOB_TITLE && anchors.categories.some((c) => HONORIFIC_BESIDE.test(c)) && !anchors.categories.some((c) => EMPLOYER_BESIDE.test(c))) {
    v.category = NAME;
    v.signals.push({ kind: "owner", detail: "beside a date of birth or a nationality: an honorific" });
  }
  // A `userName` beside the person's own name or a password (`{ name, userName }`, `{ userName, password }`) is the
  // name they sign in with; alone it is as often the person's name.
  if (v.category.startsWith(NAME) && USER_NAME_FIELD.test(candidate.name) && (anchors.namedSubject || anchors.siblings.includes("login"))) {
    v.category = USERNAME;
    v.signals.push({ kind: "owner", detail: anchors.namedSubject ? "beside the person's own name: the name they sign in with" : "beside a password: the name they sign in with" });
  }
  // A country code beside a phone number and no other part of an address (`{ phone, countryCode }` of a sign-in form)
  // is the number's dialling code. (addressParts counts the code itself.)
  if (v.rule.id === COUNTRY_RULE && COUNTRY_CODE.test(candidate.name) && anchors.addressParts <= 1 && anchors.categories.includes(PHONE)) {
    v.category = PHONE;
    v.signals.push({ kind: "owner", detail: "beside a phone number and no address: its dialling code" });
  }
  if (v.status === "defer") {
    // An `emailId` beside the record's own address (`{ emailId, emailAddress }`) is that address's id.
    if (v.rule.id === EMAIL_ID_RULE && anchors.categories.includes(EMAIL)) return null;
    // A bare `long` is a longitude beside a latitude only, not beside any person's data (`Review { authorEmail, long }`).
    if (v.rule.id === LONGITUDE_RULE && !anchors.categories.includes(v.rule.category)) return null;
    // Sibling evidence: an owner that also holds a person's email/name/phone is about a person; one that holds an IP
    // or user agent is about a tracked visit. Without either, an ambiguous name stays unreported (precision first).
    if (anchors.categories.includes(v.rule.category)) {
      // Siblings of the same category: a card's `expiry` beside its number, a `state` beside street and city.
      v.signals.push({ kind: "owner", detail: `siblings are ${v.rule.category} too` });
    } else if (v.rule.category === CARD && anchors.categories.some((c) => c.startsWith(GOVERNMENT_ID))) {
      // An expiry beside a passport's or a licence's number, and no card's, is that document's
      // (`{ passportNumber, dateOfBirth, dateOfExpiry }`, what a passport's chip is read with).
      v.category = GOVERNMENT_ID;
      v.signals.push({ kind: "owner", detail: "siblings are an identity document's number" });
    } else if (anchors.tracking && (v.rule.contextCategory.tracking || DEVICE_OR_BEHAVIOR.test(v.rule.category))) {
      v.category = v.rule.contextCategory.tracking ?? v.category;
      v.signals.push({ kind: "owner", detail: "siblings are device/visit data" });
    } else if (
      v.rule.category.startsWith("user.contact.address")
        ? anchors.addressParts > 0
        : v.rule.category === "user.job_title"
          ? anchors.ownName // a title beside a person's own name, not a message's (nor an event's beside its contact's, `pocName`)
          : v.rule.category === "user.demographic.language"
            ? anchors.person && !anchors.message // an invitee's language; beside a message's text, the text's
            : v.rule.category === DEVICE
              // (A card's brand beside its last four is the card's; a shipment's `carrier` or `model` beside the
              // addresses it goes between is the shipping company's, the product's.)
              ? anchors.categories.some((c) => PERSON_ANCHOR.test(c) && !c.startsWith("user.financial") && !(v.rule.id === DEVICE_ATTRIBUTE_RULE && c.startsWith(POSTAL_ADDRESS)))
              : v.rule.category === CARD || v.rule.id === CRIMINAL_CHARGE_RULE
                ? false // an `expiryDate` beside a person's name is their pass's or their contract's; card data only beside a card's (and a `chargeDate` beside a customer's email is a payment's)
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
  // The scanner hands the same owner array to every field of one declaration: join each array once.
  const keys = new Map<string[], string>();
  const keyOf = (owner: string[]): string => {
    let key = keys.get(owner);
    if (key === undefined) keys.set(owner, (key = owner.join(".")));
    return key;
  };
  // The roles of each owner's other fields (most files have none).
  const otherRoles = new Map<string, number>();
  for (const o of others) otherRoles.set(keyOf(o.owner), (otherRoles.get(keyOf(o.owner)) ?? 0) | rolesOf([o]));
  const groups = new Map<string, FieldCandidate[]>();
  for (const c of candidates) {
    const key = keyOf(c.owner);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(c);
  }
  // Each owner's roles, worked out once: an object nested in a tracked visit (`context.location`, `context.page`) is part
  // of that visit.
  const groupRoles = new Map<string, number>();
  let visits: Set<string> | undefined;
  for (const [owner, group] of groups) {
    const roles = rolesOf(group) | (otherRoles.get(owner) ?? 0);
    groupRoles.set(owner, roles);
    if (groups.size > 1 && isTrackedVisit(roles, group.length)) (visits ??= new Set()).add(owner);
  }
  const findings: Finding[] = [];
  for (const [owner, group] of groups) {
    let roles = groupRoles.get(owner)!;
    // (Not a record of its own kind there, the visitor's avatar or name: `Visitor.Avatar.image_url` is their picture.)
    if (visits && owner.includes(".") && !OWN_KIND_CONTEXTS.has(segmentContext(group[0].owner[group[0].owner.length - 1], rules) ?? "")) {
      for (const visit of visits) if (owner.startsWith(visit + ".")) roles |= TRACKED_VISIT_ROLES;
    }
    const results = classifyGroup(group, rules, named, roles);
    results.forEach((r, i) => {
      if (!r) return;
      findings.push(findingOf(file, group[i], owner, r));
    });
  }
  findings.sort(byPosition);
  return findings;
}

/** Who receives what is sent to an address, as a field's name says (`receiverAddress`, `homeAddress`). */
const ADDRESS_HOLDER_ROLES = new Set(["receiver", "recipient", "buyer", "home", "residential", "personal", "private"]);

/**
 * Address types declared in a file that only things there hold (`SupplierInformation.address: Address`,
 * `PickupPoint.address`): their parts are a business's or a place's. One person's record holding it keeps it theirs.
 * (`candidates` and `typed`: a file's fields, and those of them typed by a name.)
 */
export function addressTypesOfThings(candidates: readonly FieldCandidate[], typed: readonly FieldCandidate[], rules: RuleSet): Set<string> | undefined {
  let holders: Map<string, string[]> | undefined;
  for (const list of [candidates, typed]) {
    for (const c of list) {
      if (!c.ref || c.owner.length === 0 || segmentContext(c.ref.name, rules) !== "address") continue;
      holders ??= new Map();
      let of = holders.get(c.ref.name);
      if (!of) holders.set(c.ref.name, (of = []));
      // (A field named for a person holds a person's, whatever record it is on: a merchant order's `receiver_address`.
      // An address record that wraps another, `PartnerAddress.address`, says nothing of whose.)
      const personNamed = phraseTokens(c.name).some((t) => PERSON_ROLES.has(t) || ADDRESS_HOLDER_ROLES.has(t));
      of.push(personNamed || segmentContext(c.owner[c.owner.length - 1], rules) === "address" || /address/i.test(c.owner[c.owner.length - 1]) ? "" : c.owner[c.owner.length - 1]);
    }
  }
  if (!holders) return undefined;
  let result: Set<string> | undefined;
  for (const [type, of] of holders) {
    const things = of.every((o) => {
      if (!o) return false;
      const ctx = segmentContext(o, rules);
      return ctx === "place" || (ctx === "nonperson" && isBusiness(o));
    });
    if (things) (result ??= new Set()).add(type);
  }
  return result;
}

const THING_CONTEXTS: ReadonlySet<string> = new Set(["nonperson", "config", "place"]);
/** Whether a segment's last word (its head, past noise words) names a thing: `RoomProfileSettings`, not `ExtensionEditor`. */
function headIsAThing(segment: string, rules: RuleSet): boolean {
  const tokens = splitIdentifier(segment).map(singular).filter((t) => t !== "i" && !rules.ownerNoise.has(t));
  const last = lexiconMatches(tokens, rules.ownerLexicon).pop();
  return !!last && last.end === tokens.length && THING_CONTEXTS.has(last.ctx);
}

/** Contexts of a nested record that is a thing of its own kind, whatever it is nested in. */
const OWN_KIND_CONTEXTS: ReadonlySet<string> = new Set(["person", "avatar", "name", "address", "birth_date", "id_document", "email_entry", "phone_number"]);

/** The finding a classified field makes (`owner` joined with dots; findings keep copies of what they quote). */
export function findingOf(file: string, c: FieldCandidate, owner: string, r: Classification): Finding {
  return {
    file,
    range: c.range,
    field: ownCopy(c.written ?? c.name),
    owner: owner ? ownCopy(owner) : "(anonymous)",
    category: r.category,
    confidence: r.confidence,
    evidence: r.evidence,
    ruleId: r.ruleId,
  };
}

