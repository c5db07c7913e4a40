/**
 * Identifier normalisation: every naming style (camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE,
 * dotted, get/set prefixed) becomes one list of lower-case word tokens, so rules match whole words, never substrings.
 */

// No prototype: keys come from the scanned code, and "constructor" or "toString" must not find Object's.
const IRREGULAR_SINGULAR: Record<string, string> = Object.assign(Object.create(null), {
  addresses: "address",
  statuses: "status",
  diagnoses: "diagnosis",
  people: "person",
  children: "child",
  data: "data",
  aliases: "alias",
});

/** Tokens that must not lose a trailing "s" (they are not plurals). */
const NOT_PLURAL = new Set([
  "address", "status", "os", "gps", "ssn", "sms", "dns", "alias", "bus", "class", "access", "process", "news", "always",
  "analytics", "business", "yes", "series", "species", "diagnosis", "this", "its", "is", "has", "was", "ids", "ios", "mms",
  "headers", "cors", "https", "aws", "less", "plus", "canvas", "campus", "bonus", "census", "virus", "citizenship", "kids",
  // (A person's `initials` are not several `initial`s: `initialData` is no name.)
  "initials",
]);

/** Split an identifier (or a DB column name) into lower-case word tokens. */
export function splitIdentifier(name: string): string[] {
  // One pass over the characters (this runs for every distinct field and owner name of a code base). Words end at
  // anything that is not an ASCII letter or digit (snake_case, kebab-case, dotted, spaces, $), and at case and digit
  // boundaries: "IPAddress" -> IP Address, "addressLine1" -> address Line 1, "last4" -> last 4.
  // Letters with accents or of Nordic and German spelling are their plain Latin letters (`prénom` -> prenom,
  // `fødselsdato` -> fodselsdato, `Straße` -> Strasse), or every one of them would end a word.
  if (NON_ASCII.test(name)) name = foldToAscii(name);
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? charClass(name.charCodeAt(i)) : OTHER;
    if (c === OTHER) {
      if (start >= 0) out.push(name.slice(start, i).toLowerCase());
      start = -1;
      continue;
    }
    if (start < 0) {
      start = i;
      continue;
    }
    const prev = charClass(name.charCodeAt(i - 1));
    const boundary =
      (prev === LOWER && c === UPPER) ||
      (prev === UPPER && c === UPPER && i + 1 < name.length && charClass(name.charCodeAt(i + 1)) === LOWER) ||
      (prev === DIGIT) !== (c === DIGIT);
    if (boundary) {
      out.push(name.slice(start, i).toLowerCase());
      start = i;
    }
  }
  return mergeVersionedTokens(out);
}

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Letters that no accent-stripping turns into Latin ones. */
const UNSPLIT_LETTERS: Record<string, string> = Object.assign(Object.create(null), {
  "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "œ": "oe", "Œ": "Oe", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
});
const UNSPLIT = /[øØæÆßœŒłŁđĐðÐþÞ]/g;
function foldToAscii(name: string): string {
  return name.normalize("NFD").replace(COMBINING_MARKS, "").replace(UNSPLIT, (c) => UNSPLIT_LETTERS[c]);
}

const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

function charClass(c: number): number {
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return DIGIT;
  return OTHER;
}

/** "ipv 4" is one idea ("ip"); "v 4"/"v 6" after ip is noise. */
function mergeVersionedTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t === "ipv" || t === "ip") && (tokens[i + 1] === "4" || tokens[i + 1] === "6")) {
      out.push("ip");
      i++;
      continue;
    }
    // ("IPv4Address": the case boundary before "Pv" splits it as i, pv, 4.)
    if (t === "i" && tokens[i + 1] === "pv" && (tokens[i + 2] === "4" || tokens[i + 2] === "6")) {
      out.push("ip");
      i += 2;
      continue;
    }
    if (t === "v" && out[out.length - 1] === "ip" && (tokens[i + 1] === "4" || tokens[i + 1] === "6")) {
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Whether an identifier's last word is a plural (`CreditCards`, `phoneNumbers`, `ip_addresses`). */
export function endsInPlural(identifier: string): boolean {
  const words = splitIdentifier(identifier);
  const last = words[words.length - 1]?.toLowerCase();
  return !!last && last.length > 3 && singular(last) !== last;
}

/** Reduce an English plural to its singular, conservatively (unknown words stay as they are). */
export function singular(token: string): string {
  if (IRREGULAR_SINGULAR[token]) return IRREGULAR_SINGULAR[token];
  if (token.length <= 3 || NOT_PLURAL.has(token)) return token;
  if (token.endsWith("ies") && token.length > 4) return token.slice(0, -3) + "y";
  if (/(sses|xes|ches|shes|zes)$/.test(token)) return token.slice(0, -2);
  if (token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us") && !token.endsWith("is")) return token.slice(0, -1);
  return token;
}

export interface NormalizedName {
  /** The identifier as written. */
  raw: string;
  /** Singular lower-case tokens, accessor prefix removed. */
  tokens: string[];
  /** The accessor, predicate or action prefix that was removed ("get", "set", "is", "has", "find"), if any. */
  prefix?: string;
  /** A map of values keyed by something else (`emailsByUserId`, `factorIdToEmailsMap`): `tokens` are the values'. */
  keyed?: boolean;
}

const ACCESSOR_PREFIXES = new Set(["get", "set"]);
const PREDICATE_PREFIXES = new Set(["is", "has", "should", "can", "allow", "enable", "disable", "did", "was", "needs", "use",
  // (Whether something may happen: `eligibleForRedoPhoto` is a flag, not a photo.)
  "eligible",
  // An action's name (`findUserByUsername`, `validateEmail`, `formatAddress`): what a function does, not what a field holds.
  "find", "fetch", "load", "remove", "delete", "create", "send", "validate", "update", "save", "format", "parse", "render",
  "build", "compute", "calculate", "generate", "resolve", "normalize", "normalise", "sanitize", "sanitise", "convert", "transform",
  "retry", "copy", "toggle", "refresh", "reload", "download", "upload", "print"]);

/**
 * Normalise a field name. `stripAccessor` removes get/set (for accessors and getter/setter methods);
 * predicate and action prefixes (is/has/should..., find/validate/format...) are always removed but remembered, because
 * they mark a flag or a function, not the value.
 */
/** Field names repeat across files (email, id, createdAt): normalise each once (one cache per accessor mode). */
const normalizedCache = new Map<string, NormalizedName>();
const normalizedAccessorCache = new Map<string, NormalizedName>();

export function normalizeName(name: string, stripAccessor = false): NormalizedName {
  const cache = stripAccessor ? normalizedAccessorCache : normalizedCache;
  const cached = cache.get(name);
  if (cached) return cached;
  // The name may be a slice of a whole file's text; a cached slice (or a key built from one) would keep that text
  // alive, so key and value hold a copy.
  const own = ownCopy(name);
  const result = computeNormalizedName(own, stripAccessor);
  if (cache.size > 100_000) cache.clear();
  cache.set(own, result);
  return result;
}

function computeNormalizedName(name: string, stripAccessor: boolean): NormalizedName {
  let words = splitIdentifier(name);
  let prefix: string | undefined;
  const first = words.length > 1 ? singular(words[0]) : "";
  if (stripAccessor && ACCESSOR_PREFIXES.has(first)) {
    prefix = first;
    words = words.slice(1);
  } else if (PREDICATE_PREFIXES.has(first)) {
    prefix = first;
    words = words.slice(1);
  }
  // (`get emailsByUserId()` holds emails too; a predicate's `hasEmailsByUserId` keeps its prefix, which rejects.)
  const values = keyedValues(words);
  return values ? { raw: name, tokens: values.map(singular), prefix, keyed: true } : { raw: name, tokens: words.map(singular), prefix };
}

const MAP_WORDS = new Set(["map", "dict", "dictionary", "lookup", "index", "record", "table"]);

/**
 * The words of the values a keyed map holds: `emails` of `emailsByUserId` (plural values, then "by" and a key),
 * `emails` of `factorIdToEmailsMap` (a key, "to", the values, then "map"). Undefined for other names (`createdBy`,
 * `sortByName`, `nameByLocale`: one value, not a map of them; `replyToEmail`: no map).
 */
function keyedValues(words: string[]): string[] | undefined {
  const by = words.indexOf("by");
  if (by > 0 && by < words.length - 1 && words[by - 1].length > 3 && words[by - 1].endsWith("s")) return words.slice(0, by);
  const to = words.indexOf("to");
  if (to > 0 && to < words.length - 2 && MAP_WORDS.has(words[words.length - 1])) return words.slice(to + 1, -1);
  return undefined;
}

/** Parse a rule phrase ("date of birth", "e-mail", "zipCode") into tokens the same way names are. */
export function phraseTokens(phrase: string): string[] {
  return splitIdentifier(phrase).map(singular);
}

/** A string that shares no memory with a larger one (V8 substrings can keep their whole parent string alive). */
export function ownCopy(s: string): string {
  return (" " + s).slice(1);
}
