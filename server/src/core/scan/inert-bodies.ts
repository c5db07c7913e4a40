/**
 * Skips the parse of function bodies that cannot declare a field, the way V8's pre-parser skips bodies it does not
 * need yet. Personal-data fields are declared at declaration level (classes, interfaces, type aliases, schema
 * builder calls); most of a real code base's bytes are logic inside function bodies, which the scanner walks through
 * and finds nothing in. A fast lexer (no syntax tree, no allocation per token) finds those bodies, and their
 * contents are overwritten with spaces (line breaks kept, so every position and line number stays the same) before
 * the TypeScript parser sees the text. Parsing `{      }` costs next to nothing.
 *
 * A body is kept whole when anything in it could make the scanner report a field:
 * - a `class`, `interface` or `type X` declaration;
 * - a schema builder call with an object argument (`z.object({`, `new Schema({`, `Model.init({`, `.add({`, ...),
 *   a `define(`/`...Table(` call, or a JSON-Schema `properties:` key (quoted or not);
 * - a typed local variable whose annotation holds a type literal (`const row: { email: string } = ...`);
 * - a parameter or return type that is a type literal (`(input: { email: string }) =>`);
 * - or it is a constructor (JS classes declare fields with `this.x = ...` there).
 * Nothing inside the arguments of a decorator or of a schema builder call is blanked (the scanner reads words there).
 *
 * - or it may call a sink: a word that can start one (flows/triggers.ts) is in it.
 * A file with none of these anywhere is not parsed at all (planParse).
 *
 * Only the TypeScript family (.ts .mts .cts) and JavaScript files with no sign of JSX are processed: JSX text defeats a
 * lexer that has no parser. When the lexer meets anything it is not sure of (an unterminated string, unbalanced braces), it
 * gives up and the file is parsed whole. The caller also parses whole whenever the blanked text has a syntax error.
 */

import { callMayCarryData, flowTriggers, templateRest } from "../flows/triggers";
import { hasBrace, mayHoldSdl } from "./graphql-sdl";

/**
 * Calls whose object-literal argument declares schema keys (zod, yup, Joi, valibot, TypeBox). The scanner reads them
 * from here, so the lexer that decides what to parse cannot miss one.
 */
// `.pick({ email: true })` is not here on purpose: it selects fields declared elsewhere, it declares none.
export const OBJECT_SCHEMA_METHODS = new Set(["object", "strictObject", "looseObject", "extend", "shape", "keys", "Object", "safeExtend"]);
/**
 * Drizzle table builders, including custom ones from `pgTableCreator` (`createTable`), by name. Not one regex: the
 * scanner asks this of every call, and `/^\w*Table$/` backtracks through the whole name each time.
 */
export function isTableBuilder(name: string): boolean {
  return name === "table" || (name.endsWith("Table") && WORD_CHARS.test(name));
}
const WORD_CHARS = /^\w+$/;
/** Call names whose object-literal first argument the scanner reads: the schema methods, Mongoose, Sequelize's init. */
const OBJECT_ARGUMENT_TRIGGERS = new Set([...OBJECT_SCHEMA_METHODS, "Schema", "SimpleSchema", "add", "init"]);
/**
 * Calls that declare fields whatever their first argument (Sequelize `define("user", {...})`, Drizzle tables, an Ember
 * or Backbone class after its mixins: `Component.extend(FormMixin, {...})`).
 */
function declaresWhateverArguments(callee: string): boolean {
  return callee === "define" || callee === "extend" || isTableBuilder(callee);
}
/** Namespaces of schema builders (zod, yup, Joi, valibot, TypeBox, VineJS): `z.object({...})` is a schema whatever its keys. */
export const SCHEMA_NAMESPACES: ReadonlySet<string> = new Set(["z", "zod", "yup", "Yup", "Joi", "joi", "v", "valibot", "t", "Type", "vine"]);
/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_KEYWORD = new Set(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await"]);

const TYPESCRIPT_FILE = /\.(?:ts|mts|cts)$/i;
const JAVASCRIPT_FILE = /\.(?:js|mjs|cjs)$/i;
/** `</` or `/>`: JSX may be in this JavaScript file (or a regex or string that looks like it: then it is just parsed whole). */
const JSX_HINT = /<\/|\/>/;

/** Words that start a statement: where a type alias without a semicolon has ended. */
const STATEMENT_START = new Set(["export", "import", "const", "let", "var", "function", "class", "interface", "type", "enum", "declare", "namespace", "module", "async", "abstract", "default"]);

/** Files whose bodies may be blanked: the TypeScript family, and JavaScript without anything that looks like JSX. */
export function mayBlankBodies(file: string, text: string): boolean {
  return TYPESCRIPT_FILE.test(file) || (JAVASCRIPT_FILE.test(file) && !JSX_HINT.test(text));
}

const enum Tok {
  None,
  Identifier,
  /** `)` `]` a string, a number, a template, a regex: an expression just ended, so `/` divides. */
  ValueEnd,
  /** `}` */
  CloseBrace,
  /** `=>` */
  Arrow,
  /** Any other punctuator. */
  Punct,
}

interface BraceFrame {
  /** A function body (candidate for blanking). */
  body: boolean;
  /** A `${` of a template literal: its `}` resumes the template. */
  template: boolean;
  /** Something inside means the body must be parsed. */
  keep: boolean;
  open: number;
}

interface ParenFrame {
  /** A decorator's or a schema builder call's arguments: never blanked inside. */
  protect: boolean;
  /** The identifier just before `(`: `constructor` marks a constructor's parameter list. */
  callee: string;
  /** How many braces were open at the `(`: a `: {` at that depth is a parameter's type literal. */
  braceDepth: number;
}

const CH_NEWLINE = 10;
const CH_RETURN = 13;

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c > 127;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isLineBreak(c: number): boolean {
  return c === CH_NEWLINE || c === CH_RETURN || c === 0x2028 || c === 0x2029;
}

/**
 * The text with the contents of inert function bodies replaced by spaces, or `undefined` when there is nothing to
 * blank or the lexer is not sure of the text (then parse the original).
 */
export function blankInertBodies(text: string): string | undefined {
  const plan = planParse(text);
  return plan.kind === "blanked" ? plan.text : undefined;
}

/**
 * What to hand the parser: `nothing` when the file holds nothing that can declare a field anywhere (no class,
 * interface, type alias, typed local with a type literal, schema builder call or JSON-Schema `properties:`), so
 * there is no need to parse it at all; the blanked text; or `whole` (nothing to blank, or the lexer is not sure).
 */
export type ParsePlan = { kind: "nothing" } | { kind: "blanked"; text: string } | { kind: "whole" };

export function planParse(text: string, triggers: ReadonlySet<string> = flowTriggers(text, undefined, true).words): ParsePlan {
  const spans = inertSpans(text, triggers);
  if (!spans) return { kind: "whole" };
  if (!spans.declares) return { kind: "nothing" };
  return spans.blank.length ? { kind: "blanked", text: applyBlanks(text, spans.blank) } : { kind: "whole" };
}

function inertSpans(text: string, triggers: ReadonlySet<string>): { blank: number[]; declares: boolean } | undefined {
  const n = text.length;
  const braces: BraceFrame[] = [];
  const parens: ParenFrame[] = [];
  let protectDepth = 0;
  const blank: number[] = []; // pairs: start (after `{`), end (at `}`)
  let prev = Tok.None;
  let prevIdent = ""; // the identifier text when prev === Tok.Identifier
  let lastClosedParen: ParenFrame | undefined; // the paren group that `)` just closed
  let decoratorPending = false; // saw `@`, its argument list is protected
  // `): Type {`: after a parameter list's `)` and `:`, a `{` following a type's end is the body.
  let inReturnType = false;
  let returnTypeAngles = 0;
  let returnTypeStart = -1; // just after the `)` of `(...): T`
  // `class X extends Mixin(Base) {`: the next `{` at this depth is a class body, never a function body.
  let classHeaderDepth = -1;
  // `const x: { ... } = `: a typed local whose type literal the scanner reads.
  let declDepth = -1;
  let typedDeclPending = false;
  let afterDot = false; // `.class` is a property, not a keyword
  // Inside an interface or a type alias, `=> {` starts a function type's return type literal, not a body:
  // `type GetEmails = (user: User) => { status: "OK"; emailsByFactor: ... }`.
  let typeDecl: { depth: number; interface: boolean } | undefined;
  // Inside a cast's type literal, `=> {` is a function type's return type too:
  // `(store as { familySizes?: () => { name: string }[] })`. The depth of the cast; cleared when its expression ends.
  let castDepth = -1;

  let declares = false; // anything in the file the scanner reads (what keeps a body keeps the file)
  const keepEnclosingBodies = (): void => {
    declares = true;
    for (let k = braces.length - 1; k >= 0; k--) {
      const f = braces[k];
      if (f.body) f.keep = true;
    }
  };
  const depth = (): number => braces.length + parens.length;

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace
    if (c === 32 || c === 9 || isLineBreak(c) || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    // comments
    if (c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        i += 2;
        while (i < n && !isLineBreak(text.charCodeAt(i))) i++;
        continue;
      }
      if (d === 42) {
        const end = text.indexOf("*/", i + 2);
        if (end < 0) return undefined;
        i = end + 2;
        continue;
      }
      if (prev === Tok.Identifier ? REGEX_AFTER_KEYWORD.has(prevIdent) : prev !== Tok.ValueEnd && prev !== Tok.CloseBrace) {
        // regular expression literal
        i++;
        let inClass = false;
        for (;;) {
          if (i >= n) return undefined;
          const r = text.charCodeAt(i);
          if (isLineBreak(r)) return undefined;
          if (r === 92 /* \ */) i += 2;
          else {
            if (r === 91) inClass = true;
            else if (r === 93) inClass = false;
            else if (r === 47 && !inClass) break;
            i++;
          }
        }
        i++;
        while (i < n && isIdentPart(text.charCodeAt(i))) i++; // flags
        prev = Tok.ValueEnd;
        afterDot = false;
        continue;
      }
    }
    // strings
    if (c === 34 || c === 39) {
      const start = ++i;
      for (;;) {
        if (i >= n) return undefined;
        const s = text.charCodeAt(i);
        if (s === c) break;
        if (s === 92) {
          i += 2;
          continue;
        }
        if (s === CH_NEWLINE || s === CH_RETURN) return undefined;
        i++;
      }
      // A JSON-Schema key written as JSON: `"properties": {`
      if (i - start === 10 && text.startsWith("properties", start) && nextNonSpace(text, i + 1) === 58) keepEnclosingBodies();
      i++;
      prev = Tok.ValueEnd;
      afterDot = false;
      continue;
    }
    // template literal (also resumed from a `}` that closes a `${`)
    if (c === 96) {
      const next = templateRest(text, i + 1);
      if (next < 0) return undefined;
      // GraphQL type definitions in a template (`gql\`type User { email: String }\``) are fields the scanner reads.
      if (templateMayHoldSdl(text, i + 1, next)) keepEnclosingBodies();
      if (text.charCodeAt(next - 1) === 123 /* `${` */) {
        braces.push({ body: false, template: true, keep: false, open: next - 1 });
        prev = Tok.Punct;
      } else prev = Tok.ValueEnd;
      i = next;
      afterDot = false;
      continue;
    }
    // identifiers and keywords
    if (isIdentStart(c) || c === 35 /* # */) {
      const start = i++;
      while (i < n && isIdentPart(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      // A word that can start a sink call (`console`, `analytics`, a Stripe client's field): flows are read there, when
      // the call may pass data. At the top level it may make or export a client (`export const analytics = ...`),
      // which other files' calls resolve to: the file is parsed.
      if (triggers.has(word) && (braces.length === 0 || callMayCarryData(text, i))) keepEnclosingBodies();
      // (A type alias may end without a semicolon: the next statement at its depth ends it.)
      if (typeDecl && !afterDot && depth() === typeDecl.depth && STATEMENT_START.has(word)) typeDecl = undefined;
      if (!afterDot) {
        if (word === "class") {
          keepEnclosingBodies();
          classHeaderDepth = depth();
        } else if ((word === "interface" || word === "type") && nextIsIdentifier(text, i)) {
          keepEnclosingBodies();
          typeDecl ??= { depth: depth(), interface: word === "interface" };
        } else if (word === "const" || word === "let" || word === "var") {
          declDepth = depth();
          typedDeclPending = false;
        }
      }
      if (word === "properties" && nextNonSpace(text, i) === 58 /* : */) keepEnclosingBodies();
      // A type parameter's constraint written as a literal (`<T extends { firstname: string }>(data: T[])`): its members
      // are fields the scanner reads. (A class's `extends Base {` is followed by a name.)
      if (word === "extends" && !afterDot && nextNonSpace(text, i) === 123 /* { */) keepEnclosingBodies();
      // At the top level, an enum or a schema const (`const ZEmail = z.string().email()`) is what other files' fields
      // are typed by: the file is parsed for its summary, though it declares no field itself.
      if (braces.length === 0 && !afterDot && (word === "enum" || (SCHEMA_NAMESPACES.has(word) && text.charCodeAt(i) === 46))) declares = true;
      // `value as { email?: string }`, `x satisfies { ... }`, `profile as | { ... } | undefined`: a type literal in an
      // expression.
      if ((word === "as" || word === "satisfies") && typeLiteralFollows(text, i)) {
        keepEnclosingBodies();
        if (castDepth < 0) castDepth = depth();
      }
      // A type literal among a generic's type arguments written in an expression (`new Map<string, { email: string }>()`,
      // `useState<{ email: string }>()`): its members are fields.
      // (At the top level, `createMutationHook<Result, { email: string }>(...)`, the file is parsed for it.)
      if (text.charCodeAt(i) === 60 /* < */ && typeArgumentsHoldLiteral(text, i)) {
        if (braces.length > 0) keepEnclosingBodies();
        else declares = true;
      }
      // `new Schema<UserDoc>({...})`, `pgTable<...>(`, `Joi.object<UploadedFile>({...})`: type arguments between the
      // builder and its arguments.
      if (!afterDot || word === "Schema" || OBJECT_SCHEMA_METHODS.has(word)) {
        if ((OBJECT_ARGUMENT_TRIGGERS.has(word) || declaresWhateverArguments(word)) && nextNonSpace(text, i) === 60 /* < */) keepEnclosingBodies();
      }
      prev = Tok.Identifier;
      prevIdent = word;
      afterDot = false;
      continue;
    }
    // numbers
    if (c >= 48 && c <= 57) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isIdentPart(d) || d === 46) i++;
        else if ((d === 43 || d === 45) && (text.charCodeAt(i - 1) | 32) === 101 /* e */ && !/^0x/i.test(text.slice(i - 3, i))) i++;
        else break;
      }
      prev = Tok.ValueEnd;
      afterDot = false;
      continue;
    }
    // punctuation
    i++;
    afterDot = false;
    // A decorator's name (`@a.b.c`) is followed by its arguments; anything else ends the wait.
    const decorator = decoratorPending;
    if (c !== 46) decoratorPending = false;
    switch (c) {
      case 40 /* ( */: {
        const callee = prev === Tok.Identifier ? prevIdent : "";
        let protect = decorator;
        if (callee) {
          if (declaresWhateverArguments(callee) || (OBJECT_ARGUMENT_TRIGGERS.has(callee) && nextNonSpace(text, i) === 123)) {
            keepEnclosingBodies();
            protect = true;
          }
        }
        parens.push({ protect, callee, braceDepth: braces.length });
        if (protect) protectDepth++;
        prev = Tok.Punct;
        continue;
      }
      case 41 /* ) */: {
        const frame = parens.pop();
        if (!frame) return undefined;
        if (depth() < castDepth) castDepth = -1;
        if (frame.protect) protectDepth--;
        lastClosedParen = frame;
        prev = Tok.ValueEnd;
        // `(...): ReturnType {`
        if (nextNonSpace(text, i) === 58) {
          inReturnType = true;
          returnTypeAngles = 0;
          returnTypeStart = i;
        }
        continue;
      }
      case 123 /* { */: {
        const prevWasParen = prev === Tok.ValueEnd && text.charCodeAt(previousNonSpace(text, i - 2)) === 41;
        let body = false;
        if (classHeaderDepth === depth()) {
          classHeaderDepth = -1;
        } else if (prevWasParen) {
          body = true;
          inReturnType = false;
        } else if (inReturnType && prev === Tok.Identifier && prevIdent === "is") {
          // `): details is { lastFourDigits: string } {`: a type guard's literal, read by the scanner; the body follows it.
          keepEnclosingBodies();
        } else if (inReturnType) {
          if (returnTypeAngles === 0 && (prev === Tok.Identifier || prev === Tok.ValueEnd || prev === Tok.CloseBrace || text.charCodeAt(previousNonSpace(text, i - 2)) === 62 /* > */)) {
            inReturnType = false;
            // `cond ? f(x) : y` also puts a `:` after a `)`: only a plain type between them makes this `{` a body.
            if (returnTypeStart >= 0 && isReturnType(text, returnTypeStart, i - 1)) body = true;
          }
        } else if (prev === Tok.Arrow) {
          body = !typeDecl && !(castDepth >= 0 && depth() > castDepth);
        }
        if (typedDeclPending) {
          keepEnclosingBodies();
          typedDeclPending = false;
        }
        // `(props: { email: string })` and `): { email: string } {`: a parameter's or a return type's literal members
        // are fields the scanner reads (mutation inputs, email templates' props).
        const open = parens[parens.length - 1];
        // (So are the members of a union's or an intersection's literal there: `(input: Base & { email: string })`,
        // `): Promise<{ ok: true; email: string } | Failure>`.)
        const beforeAt = previousNonSpace(text, i - 2);
        const before = text.charCodeAt(beforeAt);
        const typePosition = (open && open.braceDepth === braces.length) || inReturnType;
        // (`a || {`, `a && {` are expressions: only a single `|` or `&` joins types.)
        const joinsTypes = (before === 124 /* | */ || before === 38) /* & */ && text.charCodeAt(beforeAt - 1) !== before;
        if (typePosition && (before === 58 /* : */ || joinsTypes || (inReturnType && returnTypeAngles > 0))) {
          keepEnclosingBodies();
        }
        const keep = body && (protectDepth > 0 || (prevWasParen && lastClosedParen?.callee === "constructor"));
        braces.push({ body, template: false, keep, open: i });
        prev = Tok.Punct;
        continue;
      }
      case 125 /* } */: {
        const frame = braces.pop();
        if (!frame) return undefined;
        if (frame.template) {
          const next = templateRest(text, i);
          if (next < 0) return undefined;
          if (templateMayHoldSdl(text, i + 1, next)) keepEnclosingBodies();
          if (text.charCodeAt(next - 1) === 123) {
            braces.push({ body: false, template: true, keep: false, open: next - 1 });
            prev = Tok.Punct;
          } else prev = Tok.ValueEnd;
          i = next;
          continue;
        }
        if (frame.body && !frame.keep && i - 1 > frame.open) blank.push(frame.open, i - 1);
        if (depth() < castDepth) castDepth = -1;
        // (An interface ends with its body; anything ends when the block it was declared in does.)
        if (typeDecl && (depth() < typeDecl.depth || (typeDecl.interface && depth() === typeDecl.depth))) typeDecl = undefined;
        prev = Tok.CloseBrace;
        continue;
      }
      case 61 /* = */:
        if (text.charCodeAt(i) === 62) {
          i++;
          prev = Tok.Arrow;
          if (inReturnType && returnTypeAngles === 0) inReturnType = false;
          continue;
        }
        inReturnType = false;
        typedDeclPending = false;
        declDepth = -1;
        break;
      case 58 /* : */:
        if (declDepth === depth()) {
          typedDeclPending = true;
          declDepth = -1;
        }
        break;
      case 59 /* ; */:
        if (typeDecl && depth() === typeDecl.depth) typeDecl = undefined;
        if (depth() <= castDepth) castDepth = -1;
        inReturnType = false;
        typedDeclPending = false;
        declDepth = -1;
        break;
      case 60 /* < */:
        if (inReturnType) returnTypeAngles++;
        // `useState<{ email: string }>()`: a type literal as a type argument; after anything else, the older cast
        // (`<{ firstName: string }>matchedData(req)`).
        if (nextNonSpace(text, i) === 123) keepEnclosingBodies();
        break;
      case 62 /* > */:
        if (inReturnType && returnTypeAngles > 0) returnTypeAngles--;
        break;
      case 64 /* @ */:
        decoratorPending = true;
        prev = Tok.Punct;
        continue;
      case 46 /* . */:
        afterDot = true;
        break;
      case 93 /* ] */:
        prev = Tok.ValueEnd;
        continue;
    }
    prev = Tok.Punct;
  }
  if (braces.length || parens.length) return undefined;
  return { blank, declares };
}

/** Words that cannot be in a return type: seeing one means the `:` after a `)` was not one (a ternary's, say). */
const NOT_IN_A_TYPE = /\b(?:extends|interface|class|enum|namespace|module|global|declare|export|import|const|let|var|function|return|if|else|for|while|do|switch|try|abstract|this|new|async|await)\b/;

/** Whether `text[from, to)` is `: T` with T a plain type (names, generics, arrays, unions, literals), nothing else. */
function isReturnType(text: string, from: number, to: number): boolean {
  const region = text.slice(from, to);
  return /^\s*:/.test(region) && !/[;(){}]|=(?!>)/.test(region) && !NOT_IN_A_TYPE.test(region);
}

/** A type literal starts at `i`, maybe after the `|`, `&` or `(` that open a union, an intersection or a group. */
function typeLiteralFollows(text: string, i: number): boolean {
  for (let steps = 0; steps < 8; steps++) {
    i = nextNonSpaceIndex(text, i);
    const c = i < 0 ? -1 : text.charCodeAt(i);
    if (c === 123 /* { */) return true;
    // `as InheritanceInput & { name?: string }`, `as Partial<User> | { ... }`: a named type joined to a literal.
    if (isIdentStart(c)) {
      const nameEnd = afterDottedName(text, i);
      // `{} as Record<number, { email?: string }>`: a literal among the type's arguments.
      if (text.charCodeAt(nameEnd) === 60 /* < */ && typeArgumentsHoldLiteral(text, nameEnd)) return true;
      i = afterTypeName(text, i);
      const next = nextNonSpace(text, i);
      if (next !== 124 /* | */ && next !== 38 /* & */) return false;
      continue;
    }
    if (c !== 124 /* | */ && c !== 38 /* & */ && c !== 40 /* ( */) return false;
    i++;
  }
  return false;
}

/** Whether a template's text from `start` to `end` may define GraphQL types (no slice made unless it holds a brace). */
function templateMayHoldSdl(text: string, start: number, end: number): boolean {
  return hasBrace(text, start, end) && mayHoldSdl(text.slice(start, end));
}

/** Past a name with its dots (`ns.User`). */
function afterDottedName(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isIdentPart(c) || c === 46 /* . */) i++;
    else break;
  }
  return i;
}

/** How far type arguments are read for a literal (`Record<\n  string,\n  { ... }\n>` spans lines). */
const MAX_TYPE_ARGUMENTS_SCAN = 2000;

/** Whether the type arguments that open at `i` (a `<`) hold a type literal (a `{`) before they close. */
function typeArgumentsHoldLiteral(text: string, i: number): boolean {
  let depth = 0;
  for (const end = Math.min(text.length, i + MAX_TYPE_ARGUMENTS_SCAN); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) depth++;
    else if (c === 62 /* > */ && text.charCodeAt(i - 1) !== 61 /* => */ && --depth === 0) return false;
    else if (c === 123 /* { */) return true;
    else if (c === 59 /* ; */ || c === 41 /* ) */ || c === 125 /* } */) return false;
  }
  return false;
}

/**
 * Past a type's name with its dots and its type arguments (`ns.User`, `Partial<User>`, `NonNullable<\n  Response<T>\n>`:
 * they may span lines, as far as MAX_TYPE_ARGUMENTS_SCAN).
 */
function afterTypeName(text: string, i: number): number {
  i = afterDottedName(text, i);
  if (text.charCodeAt(i) === 60 /* < */) {
    let depth = 0;
    for (const end = Math.min(text.length, i + MAX_TYPE_ARGUMENTS_SCAN); i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 60) depth++;
      else if (c === 62 /* > */ && text.charCodeAt(i - 1) !== 61 /* => */ && --depth === 0) return i + 1;
      else if (c === 123 || c === 59 /* ; */ || c === 125 /* } */) return i;
    }
  }
  return i;
}

function nextNonSpace(text: string, i: number): number {
  const at = nextNonSpaceIndex(text, i);
  return at < 0 ? -1 : text.charCodeAt(at);
}

/** Where the next character that is neither white space nor a comment is, or -1. */
function nextNonSpaceIndex(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || isLineBreak(c)) i++;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < text.length && !isLineBreak(text.charCodeAt(i))) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return -1;
      i = end + 2;
    } else return i;
  }
  return -1;
}

function nextIsIdentifier(text: string, i: number): boolean {
  const c = nextNonSpace(text, i);
  return c >= 0 && isIdentStart(c);
}

/** Index of the last non-blank character at or before `i` (comments between tokens are rare enough to ignore). */
function previousNonSpace(text: string, i: number): number {
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || isLineBreak(c)) i--;
    else return i;
  }
  return -1;
}

/** Overwrites the ranges (pairs of start, end; inner ranges may lie inside outer ones) with spaces, keeping line breaks. */
function applyBlanks(text: string, ranges: number[]): string {
  // Inner bodies close (and are recorded) before the bodies around them: keep only the outermost.
  const spans: [number, number][] = [];
  for (let k = 0; k < ranges.length; k += 2) spans.push([ranges[k], ranges[k + 1]]);
  spans.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue; // inside a span already blanked
    parts.push(text.slice(at, start));
    parts.push(text.slice(start, end).replace(/[^\r\n\u2028\u2029]+/g, (run) => " ".repeat(run.length)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
