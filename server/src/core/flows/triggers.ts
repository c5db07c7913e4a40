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
