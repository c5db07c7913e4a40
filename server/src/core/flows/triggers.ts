/**
 * Which words of a file can start a sink call, found from its text before it is parsed: the catalogue's globals and
 * logger names, the bindings the file imports from a catalogued package, clients imported from the app's own modules
 * under a client's name (`analytics`, `mailer`, `logger`), and the fields and variables typed or built from those.
 * The body-skipping lexer (scan/inert-bodies.ts) keeps the function bodies that mention one, so that flows come from
 * the same parse as the fields; a file with none has no flows and is not walked for them.
 */
import { loadSinkCatalogue, serviceOfModule, type SinkCatalogue } from "./catalogue";

export interface FlowTriggers {
  words: Set<string>;
  /** Whether the file can hold a sink call at all (a trigger word is in it). */
  any: boolean;
}

const IMPORT = /\bimport\s+(?:type\s+)?([\w$*{}\s,]+?)\s+from\s+["']([^"'\n]+)["']/g;
const REQUIRE = /\b(?:const|let|var)\s+([\w${}\s,:]+?)\s*=\s*(?:await\s+)?require\(\s*["']([^"'\n]+)["']\s*\)/g;
/** Names under which an app's own module exports a client (checked word by word, lower-cased). */
const CLIENT_NAME = /(?:analytics|tracker|tracking|telemetry|mailer|mail|email|sms|notifier|logger|log|llm|openai|ai|client|sentry|posthog|mixpanel|segment|stripe|twilio|resend|sendgrid|postmark|hubspot|intercom|s3|storage|transport|transporter)$/i;

const serviceWordsFor = new WeakMap<SinkCatalogue, string[]>();
/** A binding named after a catalogued service (`mailchimp`, `salesforceConn`, `hubspotApi`). */
function namedAfterService(catalogue: SinkCatalogue, name: string): boolean {
  let words = serviceWordsFor.get(catalogue);
  if (!words) serviceWordsFor.set(catalogue, (words = [...catalogue.services.keys()].map((id) => id.replace(/-/g, "")).filter((w) => w.length >= 4)));
  const lower = name.toLowerCase();
  return words.some((w) => lower.includes(w));
}

/** Catalogue words are data (users extend the catalogue): every pattern character is escaped before they join a RegExp. */
function escapeRegExp(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|\/-]/g, "\\$&");
}

let staticWordsFor: WeakMap<SinkCatalogue, { words: string[]; test: RegExp }> = new WeakMap();

function staticWords(catalogue: SinkCatalogue): { words: string[]; test: RegExp } {
  let s = staticWordsFor.get(catalogue);
  if (!s) {
    const words = [...catalogue.byGlobal.keys(), ...catalogue.byReceiverName.keys(), ...catalogue.httpGlobals];
    const escaped = words.map(escapeRegExp);
    s = { words, test: new RegExp(`(?:^|[^\\w$.])(?:${escaped.join("|")})\\s*[.(]|(?:^|[^\\w$])(?:this|window|globalThis)\\.(?:${escaped.join("|")})\\b`) };
    staticWordsFor.set(catalogue, s);
  }
  return s;
}

/** Reset the memo (tests that load other catalogues). */
export function resetTriggerCache(): void {
  staticWordsFor = new WeakMap();
}

/**
 * The trigger words of a text. `wordsOnly`: skip working out `any` (a scan of the whole text), for callers that look the
 * words up themselves (the lexer; the scanner, in the parser's identifier table).
 */
export function flowTriggers(text: string, catalogue: SinkCatalogue = loadSinkCatalogue(), wordsOnly = false): FlowTriggers {
  const stat = staticWords(catalogue);
  const words = new Set(stat.words);
  let any = !wordsOnly && stat.test.test(text);
  const clientBindings: string[] = [];
  const bind = (names: string, from: string) => {
    const local = boundNames(names);
    const service = catalogue.httpModules.has(from) || serviceOfModule(catalogue, from, "default") || catalogue.namedExports.has(from);
    for (const [imported, name] of local) {
      if (service) {
        const named = catalogue.namedExports.get(from);
        if (named && !catalogue.byModule.has(from) && !named.has(imported)) continue;
        words.add(name);
        clientBindings.push(name);
        any = true;
      } else if (!from.startsWith("node:") && /^[a-z_$]/.test(name) && (CLIENT_NAME.test(name) || namedAfterService(catalogue, name))) {
        // A client made elsewhere in the app (`import { analytics } from "@/lib/analytics"`): its calls may be sinks.
        words.add(name);
        any = true;
      }
    }
  };
  if (text.includes("import")) for (const m of text.matchAll(IMPORT)) bind(m[1], m[2]);
  if (text.includes("require")) for (const m of text.matchAll(REQUIRE)) bind(m[1], m[2]);
  // Fields and variables made from or typed as a client: `private readonly stripe: Stripe`, `client = new OpenAI(`.
  // Found from each use of the binding, looking back: a pattern that starts with `[\w$]+` would be tried at every
  // position of the text.
  for (const binding of clientBindings) {
    for (let at = text.indexOf(binding); at >= 0; at = text.indexOf(binding, at + binding.length)) {
      const end = at + binding.length;
      if (isIdentChar(text.charCodeAt(at - 1)) || isIdentChar(text.charCodeAt(end))) continue;
      const m = MADE_FROM.exec(text.slice(Math.max(0, at - 80), at));
      if (m) words.add(m[1]);
    }
  }
  return { words, any };
}

/** `name: `, `name = `, `name = await new `, `name?: ` right before a client binding. */
const MADE_FROM = /([\w$]+)\s*[?!]?\s*(?::|=\s*(?:await\s+)?(?:new\s+)?)\s*$/;

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 95;
}

/** `Default, { a as b, c }`, `* as ns`, `{ a: b }` (require destructuring) -> [imported, local] pairs. */
function boundNames(clause: string): [string, string][] {
  const out: [string, string][] = [];
  const braces = /\{([^}]*)\}/.exec(clause);
  const outside = clause.replace(/\{[^}]*\}/, " ");
  const ns = /\*\s*as\s+([\w$]+)/.exec(outside);
  if (ns) out.push(["*", ns[1]]);
  else {
    const def = /^\s*([\w$]+)/.exec(outside);
    if (def && def[1] !== "type") out.push(["default", def[1]]);
  }
  if (braces) {
    for (const part of braces[1].split(",")) {
      const m = /^\s*(?:type\s+)?([\w$]+)(?:\s*(?:as|:)\s*([\w$]+))?\s*$/.exec(part);
      if (m) out.push([m[1], m[2] ?? m[1]]);
    }
  }
  return out;
}

/** Names in a call's arguments that hold no person's data: loop counters, errors, literals, the language's globals. */
const NO_DATA = new Set(["i", "j", "k", "n", "e", "err", "error", "ex", "exception", "idx", "index", "true", "false", "null", "undefined", "this",
  "new", "typeof", "void", "await", "in", "of", "instanceof", "JSON", "Math", "Date", "String", "Number", "Object", "Array", "Boolean", "Error",
  "Promise", "process", "env", "config"]);
/** How far a call's arguments are read before the answer is "maybe" (a huge call is kept, never judged in part). */
const MAX_ARGUMENT_SCAN = 4000;

/**
 * Whether the call that a trigger word starts (the word ends at `at`) may pass a person's data: its arguments hold a name
 * that could hold a value (`user`, `payload`, `email`, `this.customer`), not only literals, loop counters and errors.
 * `this.logger.warn(\`skipping ${i}\`)` cannot; `this.logger.info(\`signed up ${email}\`)` can. When unsure (not a call
 * the text makes plain, a generic call, a long argument list), the answer is yes: the body is parsed.
 */
export function callMayCarryData(text: string, at: number): boolean {
  const n = text.length;
  let j = skipSpace(text, at);
  // The member chain after the word: `.customers.create`, `?.info`.
  for (;;) {
    if (text.charCodeAt(j) === 63 /* ? */ && text.charCodeAt(j + 1) === 46) j += 2;
    else if (text.charCodeAt(j) === 46 /* . */) j++;
    else break;
    j = skipSpace(text, j);
    const start = j;
    while (j < n && isIdentChar(text.charCodeAt(j))) j++;
    if (j === start) return true;
    j = skipSpace(text, j);
  }
  if (text.charCodeAt(j) !== 40 /* ( */) return text.charCodeAt(j) === 60 /* < */ || text.charCodeAt(j) === 96 /* tagged template */;
  const end = Math.min(n, j + MAX_ARGUMENT_SCAN);
  let depth = 0;
  const braces: boolean[] = []; // true: the `{` of a template's `${`
  for (let k = j; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 40 || c === 91) depth++;
    else if (c === 41 || c === 93) {
      if (--depth === 0) return false;
    } else if (c === 123) braces.push(false);
    else if (c === 125) {
      if (braces.pop()) {
        const next = templateRest(text, k + 1, end);
        if (next < 0) return true;
        k = next - 1;
      }
    } else if (c === 34 || c === 39) {
      k++;
      while (k < end && text.charCodeAt(k) !== c) {
        if (text.charCodeAt(k) === 92) k++;
        else if (text.charCodeAt(k) === 10) return true;
        k++;
      }
    } else if (c === 96) {
      const next = templateRest(text, k + 1, end);
      if (next < 0) return true;
      if (text.charCodeAt(next - 1) === 123) braces.push(true);
      k = next - 1;
    } else if (c === 47 && (text.charCodeAt(k + 1) === 47 || text.charCodeAt(k + 1) === 42)) {
      return true; // a comment inside the arguments: not worth reading
    } else if (isIdentChar(c) && !(c >= 48 && c <= 57) && !isIdentChar(text.charCodeAt(k - 1))) {
      let e = k;
      while (e < end && isIdentChar(text.charCodeAt(e))) e++;
      const word = text.slice(k, e);
      const afterDot = text.charCodeAt(k - 1) === 46;
      // A property counts after `this.` only (`this.customer`); after anything else its object has been judged.
      if (afterDot ? text.startsWith("this.", k - 5) && !NO_DATA.has(word) : !NO_DATA.has(word)) return true;
      k = e - 1;
    }
  }
  return true;
}

/** From inside a template (after a backtick or a `}`), the index after its closing backtick or after `${`; -1 if cut. */
export function templateRest(text: string, i: number, end = text.length): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 96) return i + 1;
    else if (c === 36 && text.charCodeAt(i + 1) === 123) return i + 2;
    else i++;
  }
  return -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else break;
  }
  return i;
}
