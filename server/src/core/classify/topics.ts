/**
 * Records named for a topic of a person's life: a health topic (an allergy entry, a substance-misuse page of a form) or
 * a person's offending (an offence's details, a risk-of-serious-harm analysis). Such a record's free text, and on a
 * form's page or an offence's record each of its answers, are that topic's data, though their names say nothing of it
 * (`AllergyEntry.notes`, `PhysicalHealthBody.canClimbStairs`, `OffenceDetail.domesticViolence`). Consulted only for a
 * field no rule's words match.
 */
import { ownCopy, singular, splitIdentifier } from "./names";
import { containsAnyPhrase, lastOwnerWord, segmentContext } from "./owners";
import type { FieldCandidate } from "./classifier";
import type { Verdict } from "./judge";
import { ruleById, type RuleSet, type ValueKind } from "./rules";
import type { Signal } from "../types";

/** A type named for the answers a form's question allows (`YesOrNo`, `YesNoNotSure`): it holds the answer, not the data. */
export const YES_NO_TYPE = /^(?=\w*(?:Yes|No))(?:Yes|No|Or|Not|Sure|Unknown|Maybe|Dont|Know|NA|Na|Prefer|To|Say|_)+$/;

export const HEALTH_RULE = "health";
const CRIMINAL_RULE = "criminal-history";

/**
 * Topics that make a record a person's health record. Only words that name a person's health count: not `health` alone
 * (a service's health check) nor `vital` (web vitals).
 */
const HEALTH_TOPICS = phrases([
  "access need", "accessibility need", "additional need", "allergy", "diagnosis", "symptom", "medication", "disability",
  "prescription", "vaccination", "immunization", "pregnancy", "illness", "injury", "impairment", "disease", "disorder",
  "medical condition", "health condition", "medical history", "health history", "patient vital", "vital sign",
  "clinical note", "care plan", "treatment plan", "self harm", "mental health", "dietary requirement", "dietary need",
  "substance misuse", "substance use", "physical health", "brain injury", "health need", "learning difficulty",
  "chief complaint", "presenting complaint", "clinical finding", "patient finding",
  // A patient's goals of care and orders for tests, imaging and medicines (FHIR's words for them).
  "care goal", "treatment goal", "lab request", "lab order", "lab test", "lab result", "medication request",
  "medication order", "imaging request", "imaging order", "imaging study",
  // A mental-health app's records: a mood or symptom diary, a thought record, a suicide crisis or safety plan.
  "mood diary", "symptom diary", "thought record", "crisis plan", "safety plan", "mood entry", "mood log",
  // A person's own readings as a self-care app logs them (`BloodSugar { level, condition, notes }`, a BMI log).
  "blood pressure", "blood sugar", "blood glucose", "bmi", "body mass index", "menstrual", "menstruation",
]);
/** A cheap look for a health topic's words before an owner's name is split (most owners name none). */
const HEALTH_TOPIC_HINT = /need|allerg|diagnos|symptom|medic|disab|prescri|vaccin|immun|pregnan|ill|injur|impair|disease|disorder|condition|histor|vital|note|plan|harm|mental|diet|substance|physical|brain|difficult|complaint|finding|goal|lab|imaging|mood|thought|crisis|safety|blood|bmi|body|menstru/i;

/** Topics that make a record one of a person's offending (not a catalogue of offences: see CATALOGUE_OWNER). */
const CRIMINAL_TOPICS = phrases(["offence", "offense", "offending", "conviction", "criminal record", "rosh", "risk of serious harm",
  "licence condition", "license condition", "gang affiliation", "mappa", "marac"]);
const CRIMINAL_TOPIC_HINT = /offen|convict|criminal|rosh|harm|licen[cs]e|gang|mappa|marac/i;
const PARKING = /parking/i;

/**
 * Topics that make a record a person's declared finances (a statement of means, a household's monthly income and
 * outgoings, as a court, a debt adviser or a lender asks for them). Not a business's `Expense` or an account's `Income`.
 */
const FINANCIAL_TOPICS = phrases(["monthly expense", "monthly income", "monthly outgoing", "household expense", "household income",
  "household outgoing", "household budget", "statement of mean", "income and expenditure", "income expenditure",
  "financial circumstance", "priority debt", "living expense", "living cost", "regular expense", "regular income"]);
const FINANCIAL_TOPIC_HINT = /expens|income|outgoing|budget|means|expenditure|circumstance|debt|living/i;
/** Kinds a sum is held as: a number, a text, or an amount with its frequency (`rent: ExpenseSource`). Not a flag. */
const MONEY_KINDS: ReadonlySet<ValueKind> = new Set(["number", "string", "unknown", "ref", "object", "array"]);
const INCOME_RULE = "income";

const FREE_TEXT_WORDS = new Set(["note", "detail", "description", "comment", "information", "info", "text", "summary", "adjustment", "explanation", "remark", "instruction"]);
const FREE_TEXT_LEADS = new Set(["additional", "other", "further", "more", "extra"]);

/** Owners that hold one person's answers to a form's page (`SubstanceMisuseBody`, a page class's `body`). */
const FORM_ANSWERS = /(?:Body|Answers?)$/;
/** Kinds a record holds its particulars as (a flag, a count, a date, text, a level). */
const PARTICULAR_KINDS: ReadonlySet<ValueKind> = new Set(["string", "unknown", "boolean", "enum", "number", "date"]);
/** Names of a record's own keys and bookkeeping (when it was made, whether a step of a form was done), not its particulars. */
const RECORD_KEY = /^(?:_?id|uuid|key|type|kind|code|version|sources?)$|(?:Id|_id|Ids|_ids)$|(?:Completed|Success|Step|Imported)$/;
const RECORD_TIME = /^(?:created|updated|deleted|assessed|completed|imported)(?:_?(?:at|by|on|date))?$/i;
/** Owners that list the kinds of a thing (`OffenceType`, `OffenceCategory`): a catalogue, nobody's record. */
const CATALOGUE_OWNER = /(?:Types?|Categor(?:y|ies)|Codes?|Kinds?|Options?|Groups?|Lists?)$/;

function phrases(list: string[]): Set<string> {
  return new Set(list.map((p) => p.split(" ").map(singular).join(" ")));
}

const healthTopics = new Map<string, string | undefined>();
const criminalTopics = new Map<string, string | undefined>();
const financialTopics = new Map<string, string | undefined>();

/** The topic of `topics` an owner segment names, if any (`AccessNeedsAdditionalDetailsBody` -> "access need"). */
function topicOf(segment: string, hint: RegExp, topics: Set<string>, cache: Map<string, string | undefined>): string | undefined {
  if (!hint.test(segment)) return undefined;
  if (cache.has(segment)) return cache.get(segment);
  const found = containsAnyPhrase(splitIdentifier(segment).map(singular), topics);
  if (cache.size > 20_000) cache.clear();
  cache.set(ownCopy(segment), found);
  return found;
}

/** The health topic an owner segment names, if any. */
export function healthTopicOf(segment: string): string | undefined {
  return topicOf(segment, HEALTH_TOPIC_HINT, HEALTH_TOPICS, healthTopics);
}

/** The criminal-justice topic an owner segment names, if any (`OffenceDetail`, `RoshAnalysis`, `offenceHistory`). */
export function criminalTopicOf(segment: string): string | undefined {
  // (A parking offence is a civil penalty a council issues, `ParkingTicketConvictionBatch`: no one's criminal record.)
  if (PARKING.test(segment)) return undefined;
  return topicOf(segment, CRIMINAL_TOPIC_HINT, CRIMINAL_TOPICS, criminalTopics);
}

/** The topic of a person's declared finances an owner segment names, if any (`MonthlyExpenses`, `StatementOfMeans`). */
export function financialTopicOf(segment: string): string | undefined {
  return topicOf(segment, FINANCIAL_TOPIC_HINT, FINANCIAL_TOPICS, financialTopics);
}

/** A free-text field's name, given as its words (`notes`, `additionalDetails`, `otherComments`). */
export function isFreeTextName(words: readonly string[]): boolean {
  return FREE_TEXT_WORDS.has(singular(words[words.length - 1] ?? "")) && (words.length === 1 || (words.length === 2 && FREE_TEXT_LEADS.has(words[0])));
}

/** Whether a field is one of a record's particulars: not its key, its bookkeeping, or a catalogue's entry. */
function isParticular(c: FieldCandidate, owner: string): boolean {
  return !RECORD_KEY.test(c.name) && !RECORD_TIME.test(c.name) && !CATALOGUE_OWNER.test(owner);
}

/** What the record a field no rule matched is named for says the field holds, if anything. */
export function topicVerdict(c: FieldCandidate, words: readonly string[], rules: RuleSet, signals: Signal[]): Verdict | null {
  return healthTopicText(c, words, rules, signals) ?? healthRecordParticular(c, words, rules, signals) ?? criminalTopicParticular(c, rules, signals) ?? financialTopicParticular(c, rules, signals);
}

/**
 * Free text in a record named for a health topic: the person's health data. So are the answers of a form's page named
 * for one (`PhysicalHealthBody.canClimbStairs`, `PregnancyInformationBody.dueDate`), unless the field is the record's key.
 */
function healthTopicText(c: FieldCandidate, words: readonly string[], rules: RuleSet, signals: Signal[]): Verdict | null {
  // (A yes/no answer, `usesIllegalSubstances: YesOrNo`, is the answer itself on such a page.)
  if (c.owner.length === 0 || !(PARTICULAR_KINDS.has(c.kind) || (c.ref && YES_NO_TYPE.test(c.ref.name)))) return null;
  // (The owner's topic first: it is cached per owner, and most fields without a rule have no such owner.)
  const owner = c.owner[c.owner.length - 1];
  const topic = healthTopicOf(owner);
  if (!topic) return null;
  const text = (c.kind === "string" || c.kind === "unknown") && isFreeTextName(words);
  if (!text && !(FORM_ANSWERS.test(owner) && isParticular(c, owner))) return null;
  return acceptedBy(HEALTH_RULE, rules, text ? `free text of ${owner}, a record of ${topic}` : `an answer of ${owner}, a record of ${topic}`, 0.7, signals);
}

/** Last words of a record that is one health matter of a patient's (a diagnosis, an allergy), whose `name` names it. */
const HEALTH_RECORD_HEADS = new Set(["diagnosis", "allergy", "medication", "disease", "disorder", "condition", "symptom", "vaccination",
  "immunization", "immunisation", "prescription", "injury", "illness", "impairment", "disability", "problem",
  // FHIR's names for what a patient takes and reacts to (`MedicationStatement`, `AllergyIntolerance`).
  "statement", "intolerance"]);
/**
 * Last words of one measured health matter: a lab's result, a vital sign's reading, an observation of a patient, a
 * symptom's score or a screening (`SymptomScore`, only on a record its health topic names).
 */
const HEALTH_READING_HEADS = new Set(["lab", "laboratory", "vital", "observation", "reading", "score", "screening", "assessment",
  // A record named for the measure itself or logged (`BloodPressure`, `BmiLog`, a menstrual cycle's record).
  "pressure", "sugar", "glucose", "log", "menstrual", "menstruation", "cycle"]);
/** Words after the record's own that only say how it is shown (`MedicationTimelineEntry`, `LabResultSummary`). */
const SHOWN_AS = new Set(["timeline", "summary", "card", "tile", "panel", "view", "item", "line"]);

/**
 * Whether an owner segment is one health record of a patient's, named last for it (`Diagnosis`, `PatientAllergy`,
 * `MedicationTimelineEntry`, `LabResult`): not a catalogue's entry (`MedicationType`), nor one named for something
 * else about it (`MedicationReminderSettings`).
 */
function isHealthRecord(owner: string, rules: RuleSet): boolean {
  if (CATALOGUE_OWNER.test(owner) || !healthTopicOf(owner)) return false;
  const words = splitIdentifier(owner).map(singular).filter((t) => !rules.ownerNoise.has(t));
  let last = words.length - 1;
  while (last > 0 && SHOWN_AS.has(words[last])) last--;
  // (A lab's `result` is the reading: `LabResult`, `LabTestResult`.)
  if (words[last] === "result" && last > 0) last--;
  if (words[last] === "test" && last > 0 && words[last - 1] === "lab") last--;
  return HEALTH_RECORD_HEADS.has(words[last]) || HEALTH_READING_HEADS.has(words[last]);
}

/**
 * A health record's own name (`Diagnosis.name`, `PatientAllergy.name`) names the condition: the patient's health data.
 * Only a record that is one, named last for it: not a catalogue's entry (`MedicationType`), nor a form about one.
 */
export function healthRecordNameVerdict(c: FieldCandidate, rules: RuleSet, signals: Signal[]): Verdict | null {
  const owner = c.owner[c.owner.length - 1];
  if ((c.kind !== "string" && c.kind !== "unknown") || !HEALTH_RECORD_HEADS.has(lastOwnerWord(owner, rules)) || CATALOGUE_OWNER.test(owner)) return null;
  const topic = healthTopicOf(owner);
  return topic ? acceptedBy(HEALTH_RULE, rules, `the name of ${owner}, a record of ${topic}`, 0.7, signals) : null;
}

/** Words before `name` that say which of a medicine's or a test's names it is (`brandName`, `genericName`, `testName`). */
const HEALTH_NAMING = new Set(["brand", "generic", "drug", "medication", "medicine", "product", "vaccine", "test", "common", "display",
  "trade", "proprietary", "loinc", "snomed", "agent", "substance", "ingredient", "allergen", "condition", "diagnosis", "procedure",
  "observation", "short", "long", "official"]);
/**
 * A record's bookkeeping and how it is shown, beside its particulars (`status`, `unit`, `priority`, `url`), and how a
 * list of them is paged (`perPage`, `pageSize`, `offset`: a request for diagnoses asks for a page of them).
 */
const RECORD_META = /^(?:intent|units?|source|system|url|href|link|icon|colou?r|order|sort|index|position|rank|page|version|label|title|lang|language|locale|currency|chapter|meta|metadata|errors?|pattern|schema|extensions?|per_?page|page_?(?:size|number|no|index|count)|limit|offset|skip|take|cursor|(?:sort|order)_?(?:by|dir|direction))$/i;
/**
 * ...and its status, priority, codes and identifiers, alone or at a name's end (`verification_status`, `loincCode`,
 * `prescriptionID`), and where a form keeps it (`formFieldPath`, `formFieldNamespace`).
 */
const RECORD_META_END = /(?:[sS]tatus|[sS]tate|[pP]riority|[cC]ategory|[cC]ategories|[mM]essage|[pP]rovider|[iI]dentifier|ID|Code|_code|[fF]ield_?[pP]ath|[nN]amespace)$/;
/** When a record was made or changed (`modified_date`, `lastUpdatedOn`): its bookkeeping. */
const RECORD_STAMP = /(?:modified|updated|created|recorded|entered|changed|deleted|synced)(?:_?(?:at|on|date|time|timestamp))?$/i;
const READING_KINDS: ReadonlySet<ValueKind> = new Set(["string", "unknown", "number"]);
/** Kinds a particular is held as in parts, an object or a list of them (`reaction: { severity }[]`). */
const HELD_IN_PARTS: ReadonlySet<ValueKind> = new Set(["object", "array"]);

/**
 * One of a health record's particulars (a medication's `drug`, `quantity` and `frequencyPerDay`, a lab result's
 * `value`) or one of its names (`brandName`, `genericName`, `testName`): the patient's health data, though the name
 * alone says nothing of it. Not the record's key, bookkeeping or status, nor a flag; and not on a catalogue, a thing's
 * or a place's record. Consulted for a field no rule accepted.
 */
export function healthRecordParticular(c: FieldCandidate, words: readonly string[], rules: RuleSet, signals: Signal[]): Verdict | null {
  // (A reading or a reaction held in parts is one too: `Allergy { reaction: { severity }[] }`, FHIR's `valueQuantity`.)
  if (c.owner.length === 0 || !(READING_KINDS.has(c.kind) || HELD_IN_PARTS.has(c.kind))) return null;
  const owner = c.owner[c.owner.length - 1];
  if (!isHealthRecord(owner, rules) || !isParticular(c, owner) || RECORD_META.test(c.name) || RECORD_META_END.test(c.name) || RECORD_STAMP.test(c.name)) return null;
  // (Who the record is about or by, `patient`, `prescriber`, is a reference to a person, not a particular.)
  // (Nor a place it names, a medication's `pharmacy`; nor, held as an object, a thing or settings.)
  const named = segmentContext(c.name, rules);
  if (named === "person" || named === "place" || (HELD_IN_PARTS.has(c.kind) && (named === "nonperson" || named === "config"))) return null;
  const last = words[words.length - 1];
  if (last === "name" && !(words.length > 1 && words.slice(0, -1).every((w) => HEALTH_NAMING.has(w)))) return null;
  const ctx = segmentContext(owner, rules);
  if (ctx === "nonperson" || ctx === "config" || ctx === "place") return null;
  return acceptedBy(HEALTH_RULE, rules, `a particular of ${owner}, a patient's health record`, 0.65, signals);
}

/** A field that names the patient a record is about (`patient`, `patientId`, `patient_ref`). */
export const PATIENT_REFERENCE = /^patient(?:_?id|_?ref(?:erence)?|_?uuid)?$/i;
/** Free text and outcomes of a record about a patient: what was found, why, and what was noted (words singular). */
const CLINICAL_TEXT = new Set(["result", "reason", "finding", "outcome", "observation"]);
/** Owners about a patient that hold no clinical text: their bills, payments, messages and bookkeeping. */
const NON_CLINICAL_OWNER = /invoice|payment|bill|charge|claim|insurance|account|message|notification|audit|log|token|session/i;

/**
 * The free text, result or reason of a record that names its patient (`Lab { patient, result, notes }`, an incident's
 * `description` beside its `patient`): the patient's medical record, whatever the record is called. Not a patient's
 * bill, payment or message, nor a field a rule already judged.
 */
export function patientRecordText(c: FieldCandidate, rules: RuleSet): Verdict | null {
  if (!(c.kind === "string" || c.kind === "unknown" || c.kind === "array") || c.owner.length === 0) return null;
  const owner = c.owner[c.owner.length - 1];
  if (NON_CLINICAL_OWNER.test(owner)) return null;
  const ctx = segmentContext(owner, rules);
  if (ctx === "config" || ctx === "place" || ctx === "tracking") return null;
  const words = splitIdentifier(c.name).map(singular);
  if (!isFreeTextName(words) && !(words.length === 1 && CLINICAL_TEXT.has(words[0]))) return null;
  return acceptedBy(HEALTH_RULE, rules, `free text of ${owner}, a record about a patient`, 0.6, []);
}

/** A topic's verdict: the rule it stands for accepts the field, and says why. */
function acceptedBy(ruleId: string, rules: RuleSet, detail: string, confidence: number, signals: Signal[]): Verdict | null {
  const rule = ruleById(rules, ruleId);
  if (!rule) return null;
  signals.push({ kind: "owner", detail });
  return { status: "accept", rule, category: rule.category, confidence, signals };
}

/**
 * A field of a record named for a person's offending: one of its particulars, the person's criminal history, unless the
 * record is a catalogue's (`OffenceType`) or a thing's, or the field is its key.
 */
function criminalTopicParticular(c: FieldCandidate, rules: RuleSet, signals: Signal[]): Verdict | null {
  return topicParticular(c, rules, signals, PARTICULAR_KINDS, criminalTopicOf, CRIMINAL_RULE, "a particular");
}

/**
 * A sum in a record of a person's declared finances (`MonthlyExpenses.rent`, `MonthlyIncome.pensionSource`): the
 * person's financial data, unless the record is a catalogue's or a business's, or the field is its key.
 */
function financialTopicParticular(c: FieldCandidate, rules: RuleSet, signals: Signal[]): Verdict | null {
  return topicParticular(c, rules, signals, MONEY_KINDS, financialTopicOf, INCOME_RULE, "a sum");
}

/** A particular of a record its owner names for `topicOf`'s topic, held as one of `kinds`, on a person's record. */
function topicParticular(
  c: FieldCandidate,
  rules: RuleSet,
  signals: Signal[],
  kinds: ReadonlySet<ValueKind>,
  topicOfOwner: (segment: string) => string | undefined,
  ruleId: string,
  what: string,
): Verdict | null {
  if (c.owner.length === 0 || !kinds.has(c.kind)) return null;
  const owner = c.owner[c.owner.length - 1];
  const topic = topicOfOwner(owner);
  if (!topic || !isParticular(c, owner)) return null;
  const ctx = segmentContext(owner, rules);
  if (ctx === "nonperson" || ctx === "config" || ctx === "place") return null;
  return acceptedBy(ruleId, rules, `${what} of ${owner}, a record of ${topic}`, 0.65, signals);
}
