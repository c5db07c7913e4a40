/**
 * What an object's members and a type's name say a value is (part of the project index, see project-index.ts): an
 * object of one kind's parts is a composite of that kind (an address of street and postcode, a card of its digits and
 * expiry, a name of its parts), a row of one value beside its flags is an entry (`{ number, type }`), a wrapper holds
 * one value (`{ value, unit }`), and a type named for a kind (`CustomerAddressFragment`, `GenderCoding`) says so.
 */
import { lexiconMatches, segmentContext } from "../classify/owners";
import { isPartOnlyRule } from "../classify/name-analysis";
import { endsInPlural, singular, splitIdentifier } from "../classify/names";
import { nameCategory, nameRule } from "../classify/classifier";
import { PAYMENT_METHOD_RULE } from "../classify/judge";
import type { DetectionRule, RuleSet } from "../classify/rules";
import type { Shape } from "./project-index";

/** Categories that a composite value can be as a whole: an address object, a name object, a card, a bank account. */
export function classOf(category: string): string {
  if (category === ADDRESS || category.startsWith(ADDRESS + ".")) return ADDRESS;
  if (category.startsWith("user.name")) return "user.name";
  return category;
}

const BUSINESS_CONTEXTS = new Set(["nonperson", "place"]);
const REGION_PARTS = new Set(["user.contact.address.country", "user.contact.address.state"]);
const DEVICE_ATTRIBUTE_RULE = "device-attribute";
const CARD = "user.financial.credit_card";
export const ADDRESS = "user.contact.address";
export const PERSON_NAME = "user.name";
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
export function validatorOfTypeName(typeName: string, rules: RuleSet): string | undefined {
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
export function namedKind(typeName: string, rules: RuleSet): { name: string; category: string; rule: DetectionRule } | undefined {
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
export function namedByKindHead(field: string, typeName: string, rules: RuleSet): boolean {
  const kind = namedKind(typeName, rules);
  const kindWords = kind && splitIdentifier(kind.name);
  const fieldWords = splitIdentifier(field);
  return !!kindWords?.length && fieldWords.length === 1 && singular(fieldWords[0]) === singular(kindWords[kindWords.length - 1]);
}

/** Rules that take a field held as a record of a type named for them, but whose names alone do not make a type that kind. */
const RECORD_ONLY_RULES = new Set([PAYMENT_METHOD_RULE]);

/** The composite kind a type's own name says it is (`CustomerAddressFragment` -> address), if it is one. */
export function typeNameCategory(typeName: string, rules: RuleSet): string | undefined {
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
export function typeWordNames(typeName: string, category: string, rules: RuleSet): boolean {
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
export const RECORD_VALUE_CLASSES = new Set(["user.demographic.race_ethnicity", "user.demographic.gender", "user.demographic.nationality",
  "user.demographic.language", "user.demographic.religious_belief", "user.demographic.marital_status", "user.demographic.sexual_orientation",
  "user.government_id"]);

/** Values a project keeps one to a row beside its flags (`EmailAddressRow { email, verified }`). */
export const ENTRY_ROW_CLASSES = new Set(["user.contact.email", "user.contact.phone_number"]);

/**
 * The kind a row type of one value is named for (`EmailAddressRow`), not a collection's (`tRpcEmailsType`). (Not an
 * enum's member, `phone: Kind.PHONE`, which its qualifier gives away: the caller asks for unqualified names only.)
 */
export function entryRowKind(typeName: string, rules: RuleSet): ReturnType<typeof namedKind> {
  const steps = withoutNoiseSteps(typeName.replace(/(?<=[a-z])Row$/, ""));
  return endsInPlural(steps[steps.length - 1]) ? undefined : namedKind(steps[steps.length - 1], rules);
}

/** Kinds of data that code holds as one object of parts, and the plain name of each. */
export const COMPOSITE_PLAIN_NAME = new Map([
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
export function entryCategory(named: string | undefined, shape: { entry?: boolean }): string | undefined {
  if (!shape.entry || !named || !ENTRY_CATEGORIES.some((c) => named === c || named.startsWith(c + "."))) return undefined;
  return classOf(named);
}
