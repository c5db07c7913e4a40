/**
 * What a field's name alone says under a rule set: the longest rule phrase that ends it, the words before it
 * (qualifiers) and what they say, and the counter-evidence the name itself carries. Worked out once per distinct name
 * and shared by every field of that name; the classifier (classifier.ts) weighs it against the owner, the siblings and
 * the value's kind.
 */
import type { FieldCandidate } from "./classifier";
import { normalizeName, ownCopy, phraseTokens, singular, splitIdentifier, type NormalizedName } from "./names";
import { containsAnyPhrase, lastOwnerWord, lexiconMatches, MAX_PHRASE } from "./owners";
import { NO_KIND_ALONE_CONTEXTS } from "./sibling-roles";
import type { DetectionRule, OwnerContext, RuleSet } from "./rules";

/**
 * The category a field name alone points to (no owner, no siblings, no type), or undefined: what the index uses to
 * tell what a referenced type holds (an `Address` whose members are street, city and postcode is an address).
 */
export function nameCategory(name: string, rules: RuleSet): string | undefined {
  return nameRule(name, rules)?.category;
}

/** The rule a name alone matches (see {@link nameCategory}). */
export function nameRule(name: string, rules: RuleSet): DetectionRule | undefined {
  const analysis = analyseName(normalizeName(name, false), rules);
  // (A `defaultAddress` names an address: what it holds decides, see judge.)
  if (!analysis.match || (analysis.rejected && !analysis.defaultObject) || analysis.qualifierPolicy === "reject") return undefined;
  // A name that only its siblings make personal (`to` beside a subject, `user` beside a password) is no kind alone, nor
  // is a word that is a part only inside an object of its kind (an address's `number`, an email entry's `value`).
  const rule = analysis.match.rule;
  if (holdsOnlyIn(rule, NO_KIND_ALONE_CONTEXTS) || holdsOnlyIn(rule, GENERIC_PART_CONTEXTS)) return undefined;
  // Nor is a name that a rule takes only where an owner names its record (a clinical record's `value`).
  if (rule.owner.words) return undefined;
  // A part that is one only inside its object (a name's `text`, a date's `day`) is that part only named so alone:
  // `currentConcernsText` is the text of concerns, not a name's.
  if (holdsOnlyIn(rule, PART_CONTEXTS) && analysis.qualifiers.length > 0) return undefined;
  return rule;
}

/**
 * The rule a name's own words turn down: a blocked qualifier (`registeredAddress`) or a place's word the rule rejects
 * (`buildingAddress`: a building's). Whatever the field holds (an `Address` of street and city parts), the name has
 * said whose it is not.
 */
export function nameTurnsDown(name: string, rules: RuleSet): DetectionRule | undefined {
  const analysis = analyseName(normalizeName(name, false), rules);
  if (!analysis.match || analysis.defaultObject) return undefined;
  const rule = analysis.match.rule;
  if (analysis.rejected || analysis.qualifierPolicy === "reject") return rule;
  if (analysis.qualifierPolicy === "accept") return undefined;
  // (A place only: `serviceAddress` is an officer's address for service, whatever else a service is.)
  return rule.owner.reject.includes("place") && placeQualified(analysis) ? rule : undefined;
}

/** Whether the word nearest before a name's phrase is a place its rule does not allow (`warehouse` in `warehouseAddress`). */
function placeQualified(analysis: NameAnalysis): boolean {
  const last = analysis.qualifierContexts[analysis.qualifierContexts.length - 1];
  return last !== undefined && last.ctx === "place" && !analysis.match!.rule.qualifiers.allow.has(analysis.qualifiers[last.end - 1]);
}

/**
 * Whether a name says it is a place's: the words before its phrase (`campusLocation`, `warehouseAddress`), or the
 * name is a place (`campus`, `office`).
 */
export function namedForPlace(name: string, rules: RuleSet): boolean {
  const analysis = analyseName(normalizeName(name, false), rules);
  if (!analysis.match) return rules.ownerLexicon.get(analysis.tokens.join(" ")) === "place";
  return !analysis.defaultObject && placeQualified(analysis);
}

const GENERIC_PART_CONTEXTS: ReadonlySet<OwnerContext> = new Set(["address", "email_entry", "phone_number"]);
const PART_CONTEXTS: ReadonlySet<OwnerContext> = new Set(["name", "birth_date", "id_document", "address_part", "avatar"]);

/** Whether a rule is one of an object's parts only (a name's `display`, a date's `day`): a type named so is no such object. */
export function isPartOnlyRule(rule: DetectionRule): boolean {
  return holdsOnlyIn(rule, PART_CONTEXTS) || holdsOnlyIn(rule, GENERIC_PART_CONTEXTS);
}

/** Whether a rule holds only on owners of these contexts (it accepts no other, and an unknown owner rejects it). */
function holdsOnlyIn(rule: DetectionRule, contexts: ReadonlySet<OwnerContext>): boolean {
  return rule.owner.unknown === "reject" && rule.owner.accept.length > 0 && rule.owner.accept.every((c) => contexts.has(c));
}

export interface NameMatch {
  rule: DetectionRule;
  start: number;
  length: number;
  /**
   * Other rules that claim the very same words (`year` is a date of birth's part and a sentence's term): tried in
   * the rule file's order when the first one's context turns the field down.
   */
  alternatives?: DetectionRule[];
}

/** Rule phrases indexed by their last word, built once per rule set: the classifier's hot path. */
export interface PhraseIndex {
  byLastToken: Map<string, { rule: DetectionRule; phrase: string[] }[]>;
  /** Words that may trail a phrase for at least one rule: past any other word no phrase can end earlier. */
  anyTrailing: Set<string>;
  /** Per normalised name (normalizeName returns one object per distinct name). */
  names: WeakMap<NormalizedName, NameAnalysis>;
  /** The first rule (in rule order) that lists each validator. */
  ruleByValidator: Map<string, DetectionRule>;
  /** Every word of the rules' phrases, qualifiers and owner words: the parts a run-together name may be split into. */
  words: Set<string>;
}

const phraseIndexes = new WeakMap<RuleSet, PhraseIndex>();

export function phraseIndex(rules: RuleSet): PhraseIndex {
  let index = phraseIndexes.get(rules);
  if (index) return index;
  index = { byLastToken: new Map(), anyTrailing: new Set(rules.trailing), names: new WeakMap(), ruleByValidator: new Map(), words: new Set() };
  const addWords = (phrase: string) => {
    for (const w of phrase.split(" ")) if (w.length >= 3) index!.words.add(w);
  };
  for (const key of rules.ownerLexicon.keys()) addWords(key);
  for (const rule of rules.rules) {
    for (const v of rule.validators) if (!index.ruleByValidator.has(v)) index.ruleByValidator.set(v, rule);
    for (const t of rule.trailing) index.anyTrailing.add(t);
    for (const q of rule.qualifiers.allow) addWords(q);
    for (const q of rule.qualifiers.block) addWords(q);
    for (const phrase of rule.phrases) {
      if (phrase.length === 0) continue;
      addWords(phrase.join(" "));
      const last = phrase[phrase.length - 1];
      let list = index.byLastToken.get(last);
      if (!list) index.byLastToken.set(last, (list = []));
      list.push({ rule, phrase });
    }
  }
  phraseIndexes.set(rules, index);
  return index;
}

const isNumber = (t: string): boolean => t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57;

/**
 * The longest rule phrase that ends the name, followed only by transparent words (so `emailTemplate`, `ipVersion`,
 * `addressService` do not match). Equal length: the match that starts earlier explains more of the name and wins
 * (`selfieUrl` is a selfie, not a visited URL); a full tie goes to the earlier rule.
 */
function bestNameMatch(tokens: string[], rules: RuleSet): NameMatch | undefined {
  const index = phraseIndex(rules);
  let best: NameMatch | undefined;
  // (A rule's own trailing words after its phrase are part of what it explains: `ssnLast4` is an SSN's last four, its
  // `last 4` no card's. On a tie of what is explained, the longer phrase wins: `postalCode` is a postal code, not a
  // `postal` with a trailing `code`.)
  let bestOwnTrailing = 0;
  for (let end = tokens.length - 1; end >= 0; end--) {
    for (const { rule, phrase } of index.byLastToken.get(tokens[end]) ?? []) {
      const start = end - phrase.length + 1;
      if (start < 0) continue;
      let same = true;
      for (let j = 0; j < phrase.length - 1 && same; j++) same = tokens[start + j] === phrase[j];
      if (!same) continue;
      let transparent = true;
      let ownTrailing = 0;
      for (let k = end + 1; k < tokens.length && transparent; k++) {
        const t = tokens[k];
        const own = rule.trailing.includes(t);
        if (own) ownTrailing++;
        transparent = own || rules.trailing.has(t) || isNumber(t);
      }
      if (!transparent) continue;
      const explained = phrase.length + ownTrailing;
      const bestExplained = best ? best.length + bestOwnTrailing : 0;
      if (best && (explained < bestExplained || (explained === bestExplained && (phrase.length < best.length || (phrase.length === best.length && start > best.start))))) continue;
      if (best && best.start === start && best.length === phrase.length) {
        if (best.rule !== rule && !best.alternatives?.includes(rule)) (best.alternatives ??= []).push(rule);
      } else {
        best = { rule, start, length: phrase.length };
        bestOwnTrailing = ownTrailing;
      }
    }
    // Once a word that no rule lets trail is behind us, no phrase ending earlier can match.
    if (!index.anyTrailing.has(tokens[end]) && !isNumber(tokens[end])) break;
  }
  return best;
}

/**
 * What a field's name alone says, under one rule set: worked out once per distinct name (names repeat across a
 * code base's entities, DTOs and interfaces far more than they vary), then shared by every field of that name.
 */
export interface NameAnalysis {
  match: NameMatch | undefined;
  /** The name's words as matched: turned round when written `<what> of <whose>` (see matchName). */
  tokens: string[];
  /** Words before the matched phrase, and the phrase's own modifiers ("shipping" in `shippingAddress`). */
  qualifiers: string[];
  phraseModifiers: string[];
  /** Counter-evidence in the name (a blocked qualifier, a predicate prefix the rule does not take). */
  rejected: boolean;
  /**
   * Rejected only for `default` before an address or a payment method (`defaultAddress`, `defaultPaymentMethod`): a
   * customer's default address or card when the value is an object, a flag or an id of one when it is a plain string (see judge).
   */
  defaultObject: boolean;
  /**
   * Rejected only for `default` before an email or a phone (`defaultEmail`): on a form's props or state, the value its
   * field starts with, the person's own (see judge); elsewhere a configured default.
   */
  defaultValue: boolean;
  nameSignal: string;
  qualifierContexts: { end: number; ctx: OwnerContext }[];
  modifierContexts: { end: number; ctx: OwnerContext }[];
  qualifierPolicy: "accept" | "reject" | "owner";
  /** For a `defaultObject` or a `defaultValue`: the qualifiers without "default", and what they say. */
  withoutDefault?: { qualifiers: string[]; qualifierContexts: { end: number; ctx: OwnerContext }[]; qualifierPolicy: "accept" | "reject" | "owner" };
  /** The same name read by each of the match's alternative rules (see NameMatch.alternatives). */
  alternatives?: NameAnalysis[];
}

export function analyseName(name: NormalizedName, rules: RuleSet): NameAnalysis {
  const cache = phraseIndex(rules).names;
  let analysis = cache.get(name);
  if (analysis) return analysis;
  const { tokens, match } = matchName(name.tokens, rules);
  analysis = analysisOf(name, tokens, match, rules);
  if (match?.alternatives) analysis.alternatives = match.alternatives.map((rule) => analysisOf(name, tokens, { rule, start: match.start, length: match.length }, rules));
  cache.set(name, analysis);
  return analysis;
}

function analysisOf(name: NormalizedName, tokens: string[], match: NameMatch | undefined, rules: RuleSet): NameAnalysis {
  // (Alternatives before an `or` name another value, not whose this one is: `roleOrJobTitle` is a job title.)
  let qualifiers = match ? tokens.slice(0, match.start) : [];
  const alternative = qualifiers.lastIndexOf("or");
  if (alternative >= 0) qualifiers = qualifiers.slice(alternative + 1);
  const phraseModifiers = match ? tokens.slice(match.start, match.start + match.length - 1) : [];
  // Counter-evidence in the name itself rejects the field even when a validator agrees (a hashed email is not an email).
  // `handleConfirm`, `onEmail`: an event handler, named after what it handles.
  // (Also past a verb: `onSetShippingAddress`, `handleChangeEmail` handle an address, they hold none.)
  const handler = tokens.length > 1 && (tokens[0] === "handle" || tokens[0] === "on") && (match?.start === 0 || (match !== undefined && match.start === 2 && HANDLER_VERBS.has(tokens[1])));
  // `byEmail`, `byLogin`: what a list is filtered or sorted by, named after the field, not its value.
  const criterion = qualifiers.length === 1 && qualifiers[0] === "by";
  const rejected =
    handler ||
    criterion ||
    !!match &&
    // (A word the rule allows by name is not a global block for it: `hostEmail` is a person's, `hostName` a machine's.)
    ((containsAnyPhrase(withoutAllowed(withoutActor(qualifiers, rules), match.rule), rules.blockedQualifiers) ?? containsAnyPhrase(qualifiers, match.rule.qualifiers.block)) !== undefined ||
      (!!name.prefix && name.prefix !== "get" && name.prefix !== "set" && !match.rule.flags));
  const analysis: NameAnalysis = {
    match,
    tokens,
    qualifiers,
    phraseModifiers,
    rejected,
    defaultObject:
      rejected && !handler && !name.prefix && (match?.rule.category === "user.contact.address" || match?.rule.id === "payment-method") && onlyDefaultBlocks(qualifiers, match!, rules),
    defaultValue: rejected && !handler && !name.prefix && !!match && DEFAULT_VALUE_CATEGORIES.has(match.rule.category) && onlyDefaultBlocks(qualifiers, match, rules),
    nameSignal: `name tokens [${tokens.join(" ")}]`,
    qualifierContexts: lexiconMatches(qualifiers, rules.ownerLexicon),
    modifierContexts: lexiconMatches(phraseModifiers, rules.ownerLexicon),
    qualifierPolicy: match ? qualifierVerdict(qualifiers, match.rule, rules) : "owner",
  };
  if ((analysis.defaultObject || analysis.defaultValue) && match) {
    const rest = qualifiers.filter((q) => q !== "default");
    analysis.withoutDefault = { qualifiers: rest, qualifierContexts: lexiconMatches(rest, rules.ownerLexicon), qualifierPolicy: qualifierVerdict(rest, match.rule, rules) };
  }
  return analysis;
}

const DEFAULT_VALUE_CATEGORIES = new Set(["user.contact.email", "user.contact.phone_number"]);

/** Whether `default` is the only word of a name's qualifiers that turns its match down. */
function onlyDefaultBlocks(qualifiers: string[], match: NameMatch, rules: RuleSet): boolean {
  return qualifiers.includes("default") && containsAnyPhrase(qualifiers.filter((q) => q !== "default"), rules.blockedQualifiers) === undefined &&
    containsAnyPhrase(qualifiers, match.rule.qualifiers.block) === undefined;
}

/**
 * The best match of a name, without what follows `with`, and read as `<whose> <what>` when it is written `<what> of <whose>` (`nameOfAreaManager` is the
 * area manager's name, `emailOfContact` the contact's email) and does not match as written. Only a head that is a
 * rule's phrase whole is turned round: `typeOfAddress` stays a type.
 */
function matchName(tokens: string[], rules: RuleSet): { tokens: string[]; match: NameMatch | undefined } {
  // `dateOfBirthWithShortMonth`, `nameWithInitials`: what comes after `with` is how the value is written.
  const withAt = tokens.indexOf("with");
  if (withAt > 0) {
    const head = tokens.slice(0, withAt);
    const headMatch = bestNameMatch(head, rules);
    if (headMatch) return { tokens: head, match: headMatch };
  }
  const match = bestNameMatch(tokens, rules);
  if (!match) {
    // A name written as one lower-case word (`birthcountry`, `marriedname`, a national API's style): read as its words.
    const split = splitRunTogether(tokens[tokens.length - 1], rules);
    if (split) {
      const spelled = [...tokens.slice(0, -1), ...split];
      const spelledMatch = bestNameMatch(spelled, rules);
      if (spelledMatch && spelledMatch.start + spelledMatch.length === spelled.length) return { tokens: spelled, match: spelledMatch };
    }
  }
  if (match) return { tokens, match };
  const french = frenchWhose(tokens, rules);
  if (french) return french;
  const of = tokens.indexOf("of");
  if (of < 1 || of === tokens.length - 1) return { tokens, match };
  // (`name_of_the_office_head`: the article says nothing of whose.)
  const whoseAt = tokens[of + 1] === "the" && of + 2 < tokens.length ? of + 2 : of + 1;
  const head = tokens.slice(0, of);
  const headMatch = bestNameMatch(head, rules);
  if (!headMatch || headMatch.start !== 0 || headMatch.length !== head.length) return { tokens, match };
  const turned = [...tokens.slice(whoseAt), ...head];
  return { tokens: turned, match: bestNameMatch(turned, rules) };
}

/** French words for whose a value is, written after it (`nomRepresentant1`, `mailResponsable`, `telephone_du_tuteur`). */
const FRENCH_WHOSE = new Set(["representant", "representante", "enfant", "parent", "pere", "mere", "responsable", "usager",
  "beneficiaire", "demandeur", "demandeuse", "conjoint", "conjointe", "tuteur", "tutrice", "salarie", "referent", "referente",
  "mandataire", "proche", "personne", "utilisateur", "utilisatrice", "patient", "patiente", "medecin", "titulaire",
  "signataire", "declarant", "aidant", "aidante", "candidat", "candidate", "eleve", "etudiant", "etudiante"]);
const FRENCH_OF = new Set(["de", "du", "des", "d"]);

/**
 * French code names a value before whose it is (`nomRepresentant1` is the representative's surname, `mail_du_tuteur`
 * the guardian's email): read as `<whose> <what>` when the value's words alone are a rule's phrase and a person's word
 * follows them (a number after it counts which one).
 */
function frenchWhose(tokens: string[], rules: RuleSet): { tokens: string[]; match: NameMatch | undefined } | undefined {
  let end = tokens.length;
  while (end > 0 && isNumber(tokens[end - 1])) end--;
  if (end < 2 || !FRENCH_WHOSE.has(tokens[end - 1])) return undefined;
  let headEnd = end - 1;
  while (headEnd > 0 && FRENCH_OF.has(tokens[headEnd - 1])) headEnd--;
  if (headEnd < 1) return undefined;
  const head = tokens.slice(0, headEnd);
  const headMatch = bestNameMatch(head, rules);
  if (!headMatch || headMatch.start !== 0 || headMatch.length !== head.length) return undefined;
  const turned = [tokens[end - 1], ...head];
  const turnedMatch = bestNameMatch(turned, rules);
  return turnedMatch ? { tokens: turned, match: turnedMatch } : undefined;
}

/** Verbs of an event handler's name after its `on` or `handle` (`onSetShippingAddress`, `handleChangeEmail`). */
const HANDLER_VERBS = new Set(["set", "change", "update", "submit", "select", "click", "save", "add", "remove", "delete", "edit", "toggle", "open", "close", "clear", "reset", "load", "fetch", "create", "cancel", "confirm", "blur", "focus", "press", "input", "enter"]);

/**
 * A run-together lower-case word split in two where both halves are words of the rules and the second ends a phrase
 * (`birthcountry` -> birth country); undefined when no split (or more than one) reads so.
 */
function splitRunTogether(token: string | undefined, rules: RuleSet): string[] | undefined {
  if (token === undefined || token.length < 7 || !/^[a-z]+$/.test(token)) return undefined;
  const index = phraseIndex(rules);
  if (index.words.has(token)) return undefined;
  let found: string[] | undefined;
  for (let at = 3; at <= token.length - 3; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (!index.words.has(head) || !index.byLastToken.has(tail)) continue;
    if (found) return undefined; // two readings: the name is not clear
    found = [head, tail];
  }
  return found;
}

/** What the words before the phrase say: accept (strong personal qualifier), reject, or defer to the owner. */
function qualifierVerdict(qualifiers: string[], rule: DetectionRule, rules: RuleSet): "accept" | "reject" | "owner" {
  if (qualifiers.length === 0) return "owner";
  let sawUnknown = false;
  let sawAllowed = false;
  for (let i = 0; i < qualifiers.length; ) {
    let len = Math.min(MAX_PHRASE, qualifiers.length - i);
    let known = false;
    for (; len >= 1; len--) {
      const p = qualifiers.slice(i, i + len).join(" ");
      if (rule.qualifiers.allow.has(p)) {
        sawAllowed = known = true;
        break;
      }
      const ctx = rules.ownerLexicon.get(p);
      if (ctx) {
        if (rule.owner.accept.includes(ctx) || rule.contextCategory[ctx]) sawAllowed = true;
        known = true;
        break;
      }
    }
    if (!known) sawUnknown = true;
    i += Math.max(len, 1);
  }
  if (sawUnknown) return rule.qualifiers.other === "owner" ? (sawAllowed ? "accept" : "owner") : rule.qualifiers.other === "accept" ? "accept" : sawAllowed ? "accept" : "reject";
  return sawAllowed ? "accept" : "owner";
}

// --- what a name, a type's name or an owner's last word says, weighed by the classifier -----------------------------

/** Whether the field's qualifier words or an owner's words include one of `words` (a rule's `owner.words`). */
export function namesOwnerWord(c: FieldCandidate, qualifiers: readonly string[], words: Set<string>): boolean {
  if (containsAnyPhrase(qualifiers, words) !== undefined) return true;
  return c.owner.some((segment) => containsAnyPhrase(phraseTokens(segment), words) !== undefined);
}

/**
 * Whether the field's qualifier words, or the head word of one of its owners, is one of `words` (a rule's
 * `owner.except`): `petBirthDate`, `PetResponseModel.birthDate`; not `PetOwner.birthDate`, whose head is the owner.
 */
export function namesSubject(c: FieldCandidate, qualifiers: readonly string[], words: Set<string>, rules: RuleSet): boolean {
  if (containsAnyPhrase(qualifiers, words) !== undefined) return true;
  return c.owner.some((segment) => words.has(lastOwnerWord(segment, rules)));
}

const typeNameVerdicts = new WeakMap<RuleSet, Map<string, boolean>>();

/** Whether a type's name is the field's word under a qualifier the rule blocks (`SessionState` for a `state`). */
export function typeNameBlocks(typeName: string, lastWord: string, rule: DetectionRule, rules: RuleSet): boolean {
  let verdicts = typeNameVerdicts.get(rules);
  if (!verdicts) typeNameVerdicts.set(rules, (verdicts = new Map()));
  const key = `${rule.id}\0${lastWord}\0${typeName}`;
  let blocks = verdicts.get(key);
  if (blocks === undefined) {
    const tokens = phraseTokens(typeName);
    // ("Default" in a type's name says which of the holder's values it is, `CustomerDefaultAddress`, as it does in a
    // record's field name, not that it is configuration.)
    const qualifiers = tokens.slice(0, -1).filter((t) => t !== "default");
    blocks =
      tokens.length > 1 &&
      tokens[tokens.length - 1] === lastWord &&
      (containsAnyPhrase(qualifiers, rules.blockedQualifiers) ?? containsAnyPhrase(qualifiers, rule.qualifiers.block)) !== undefined;
    if (verdicts.size > 20_000) verdicts.clear();
    verdicts.set(ownCopy(key), blocks);
  }
  return blocks;
}

/** Validators that describe a value's format more than its meaning: they never override a name, nor an owner's silence. */
export const WEAK_VALIDATORS = new Set(["country_code", "locale", "latlong"]);

export function validatorRule(c: FieldCandidate, rules: RuleSet): { rule: DetectionRule; evidence: string; name: string } | undefined {
  if (c.validators.length === 0) return undefined;
  const byValidator = phraseIndex(rules).ruleByValidator;
  for (const v of c.validators) {
    const rule = byValidator.get(v.name);
    if (rule) return { rule, evidence: v.evidence, name: v.name };
  }
  return undefined;
}

/** Whether an owner's last word is the field's own concept: the phrase's last word or another one-word phrase of its rule. */
export function ownerNamedForRule(segment: string, phraseEnd: string, rule: DetectionRule, rules: RuleSet): boolean {
  const last = lastOwnerWord(segment, rules);
  return last === phraseEnd || namesOneWordPhrase(last, rule);
}

/**
 * Whether an owner is named by one of the rule's own phrases: its last word a one-word phrase (`Compensation`, `Salary`
 * for income), or its name ending with a longer one (`LicencePlate`).
 */
export function ownerNamedByPhrase(segment: string, rule: DetectionRule, rules: RuleSet): boolean {
  if (namesOneWordPhrase(lastOwnerWord(segment, rules), rule)) return true;
  const tokens = splitIdentifier(segment).map(singular);
  return rule.phrases.some((p) => p.length > 1 && p.length <= tokens.length && p.every((w, k) => tokens[tokens.length - p.length + k] === w));
}

function namesOneWordPhrase(word: string, rule: DetectionRule): boolean {
  return word !== "" && rule.phrases.some((p) => p.length === 1 && p[0] === word);
}

/**
 * Who did something, or to whom, named before the value (`sentByName`, `lastUpdatedByEmail`, `sentToEmail`): the
 * party's phrase says whose the value is, whatever its verb (`sent`, `last updated` alone say the value is a flag or a
 * moment).
 */
function withoutActor(qualifiers: string[], rules: RuleSet): string[] {
  const last = qualifiers[qualifiers.length - 1];
  if (qualifiers.length < 2 || (last !== "by" && last !== "to")) return qualifiers;
  for (let len = Math.min(MAX_PHRASE, qualifiers.length); len >= 2; len--) {
    if (rules.ownerLexicon.get(qualifiers.slice(-len).join(" ")) === "person") return qualifiers.slice(0, -len);
  }
  return qualifiers;
}

/** The qualifiers without those the rule allows by name (they override the global blocked words for that rule). */
function withoutAllowed(qualifiers: string[], rule: DetectionRule): string[] {
  return rule.qualifiers.allow.size && qualifiers.some((q) => rule.qualifiers.allow.has(q)) ? qualifiers.filter((q) => !rule.qualifiers.allow.has(q)) : qualifiers;
}
