/**
 * The walk over one parsed file: classes, interfaces, type literals (also of parameters, return types, casts and type
 * arguments) and where the schema builders are, each field pushed as a candidate with its owner path.
 */
import { ts } from "./typescript";
import { type FieldCandidate } from "../classify/classifier";
import { type TypeRef } from "../index/project-index";
import type { RuleSet, ValueKind } from "../classify/rules";
import type { Range } from "../types";
import { inlineRefOf, refOfType } from "../index/summaries";
import { readJsonSchema, readNewSchema, readSchemaCall } from "./schemas";
import { hasBrace, mayHoldSdl, readSdl, sdlKind, type SdlDeclaration, type SdlField } from "./graphql-sdl";
import { SK, forEachChild, getModifiers, isBareStaticField, isNothingType, isNullType, isArrayTypeNode, isAsExpression, isParenthesizedExpression, isStaticMember, isBinaryExpression, isConstructorDeclaration, isExpressionStatement, isGetAccessorDeclaration, isIdentifier, isIntersectionTypeNode, isMethodDeclaration, isMethodSignature, isNoSubstitutionTemplateLiteral, isNumericLiteral, isParenthesizedTypeNode, isPrivateIdentifier, isPropertyAccessExpression, isPropertyDeclaration, isPropertySignature, isSetAccessorDeclaration, isStringLiteral, isTypeLiteralNode, isTypeOperatorNode, isTypeReferenceNode, isUnionTypeNode } from "./ts-syntax";
import { LocalTypes, NO_SIGNALS, ValueSignals, decoratedVia, decoratorSignals, kindOfExpression, kindOfType } from "./values";

/**
 * The file being walked, for {@link visitChild}. One module-level visitor instead of a closure per file: measured on
 * the bench corpus, a fresh closure per file kept whole syntax trees alive while V8 was still warming the code up
 * (~5 MB promoted per young-generation GC, 3x the GC time of the parse alone).
 */
let walking: WalkContext | undefined;

/** Walks a parsed file, pushing its fields to `ctx.out`. */
export function walkFile(ctx: WalkContext): void {
  const outer = walking;
  walking = ctx;
  try {
    walk(ctx.sf, ctx, undefined);
  } finally {
    walking = outer;
  }
}

function visitChild(child: ts.Node): void {
  walk(child, walking!, walking!.hint);
}

export interface WalkContext {
  sf: ts.SourceFile;
  rules: RuleSet;
  locals: LocalTypes;
  out: FieldCandidate[];
  /** Object literals already read as schemas (so nested walks do not read them twice). */
  handled: Set<ts.Node>;
  fileOwner: string;
  /** The owner hint for the children being walked (read by {@link visitChild}). */
  hint: string | undefined;
  /** The type parameters of the declaration being read, with the kind their constraint gives (`Name extends string`). */
  typeParams?: ReadonlyMap<string, ValueKind>;
  /** GraphQL types defined in the file's templates, for its summary (what other fields typed by them hold). */
  sdlTypes?: SdlDeclaration[];
  /**
   * The namespaces around the declaration being read (`namespace Company { interface Account }`): a generated SDK names
   * a type's parts under it, so `Company.Account` is the company's account.
   */
  namespaces?: string[];
  /**
   * The request a part of it is being read under (`createClient` of `const createClient = { body: Joi.object()… }`, an
   * Express validator's idiom): its schema is that request's body, not one `body` shared by every request in the file.
   */
  request?: string;
}

/** The parts of an HTTP request that a route's validation object schemas one by one. */
const REQUEST_PARTS = new Set(["body", "query", "params", "headers", "cookies"]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The names of a namespace's schema of itself (`Iban.type`, `Card.schema`). */
const SELF_SCHEMA_NAME = new Set(["type", "schema", "Type", "Schema", "validator", "codec", "shape"]);

/** A declared type's owner path: its name under the namespaces that hold it. */
function declaredOwner(name: string, ctx: WalkContext): string[] {
  return ctx.namespaces?.length ? [...ctx.namespaces, name] : [name];
}

/**
 * Subtrees that never declare fields: type nodes outside declarations (parameter and return types), JSX markup, and
 * imports/exports. Not walking them keeps the scan close to the cost of the parse.
 */
function skipsSubtree(kind: ts.SyntaxKind): boolean {
  return (
    (kind >= SK.FirstTypeNode && kind <= SK.LastTypeNode) ||
    kind === SK.ImportDeclaration ||
    kind === SK.ExportDeclaration ||
    kind === SK.StringLiteral
  );
}

export function walk(node: ts.Node, ctx: WalkContext, hint: string | undefined): void {
  if (skipsSubtree(node.kind)) return;
  switch (node.kind) {
    case SK.JsxElement:
    case SK.JsxSelfClosingElement:
    case SK.JsxFragment:
      // Markup declares nothing, except a type literal cast in an attribute (`user={rest as { email: string }}`) or a
      // schema built there: its text is searched once, and only such an element is walked.
      if (!declaresInMarkup(node, ctx.sf)) return;
      break;
    case SK.ClassDeclaration:
    case SK.ClassExpression: {
      const cls = node as ts.ClassLikeDeclaration;
      const owner = cls.name?.text ?? hint ?? ctx.fileOwner;
      withTypeParams(cls, ctx, () => readClass(cls, cls.name ? declaredOwner(owner, ctx) : [owner], ctx));
      // Members may hold schemas (static schema = z.object(...), Objection's jsonSchema): they describe this class.
      // (A method's parameter and return types are read as the method's own, under the class: `Service.invite.input`.)
      for (const m of cls.members) walk(m, ctx, owner);
      return;
    }
    case SK.InterfaceDeclaration: {
      const decl = node as ts.InterfaceDeclaration;
      withTypeParams(decl, ctx, () => readTypeMembers(decl.members, declaredOwner(decl.name.text, ctx), ctx));
      return;
    }
    case SK.TypeAliasDeclaration: {
      const decl = node as ts.TypeAliasDeclaration;
      withTypeParams(decl, ctx, () => readTypeNode(decl.type, declaredOwner(decl.name.text, ctx), ctx));
      return;
    }
    case SK.ModuleDeclaration: {
      // `namespace Company { ... }` (not `declare module "x"`): its types are read under its name.
      const decl = node as ts.ModuleDeclaration;
      if (!isIdentifier(decl.name)) break;
      const outer = ctx.namespaces;
      ctx.namespaces = [...(outer ?? []), decl.name.text];
      try {
        if (decl.body) walk(decl.body, ctx, hint);
      } finally {
        ctx.namespaces = outer;
      }
      return;
    }
    case SK.VariableDeclaration: {
      const decl = node as ts.VariableDeclaration;
      let name = isIdentifier(decl.name) ? decl.name.text : (firstBoundName(decl.name) ?? hint);
      // `namespace Locations { export const type = zod.object({…}) }`: a namespace's own schema, named for what it is
      // only (isly's and zod's idiom, `Locations.type`): the namespace names the record.
      if (name && ctx.namespaces?.length && SELF_SCHEMA_NAME.has(name)) name = ctx.namespaces[ctx.namespaces.length - 1];
      if (decl.type) readTypeNode(decl.type, [name ?? ctx.fileOwner], ctx);
      if (decl.initializer) walk(decl.initializer, ctx, name);
      return;
    }
    case SK.PropertyAssignment: {
      const pa = node as ts.PropertyAssignment;
      const key = propertyNameText(pa.name);
      const outer = ctx.request;
      // (Named by code, not by a route's path: `"/geo/cp": { body }` says where it is sent, not what it is.)
      ctx.request = key && hint && REQUEST_PARTS.has(key) && IDENTIFIER.test(hint) ? hint : undefined;
      try {
        walk(pa.initializer, ctx, key ?? hint);
      } finally {
        ctx.request = outer;
      }
      return;
    }
    case SK.BinaryExpression: {
      const be = node as ts.BinaryExpression;
      if (be.operatorToken.kind === SK.EqualsToken) {
        const left = be.left;
        const leftName = isPropertyAccessExpression(left) ? left.name.text : isIdentifier(left) ? left.text : undefined;
        // (The target may declare too: `(saved as Reply & { authorName?: string }).authorName = name`.)
        if (!isIdentifier(left)) walk(left, ctx, hint);
        walk(be.right, ctx, leftName && leftName !== "exports" ? leftName : hint);
        return;
      }
      break;
    }
    case SK.ExportAssignment:
      walk((node as ts.ExportAssignment).expression, ctx, hint ?? ctx.fileOwner);
      return;
    case SK.FunctionDeclaration:
    case SK.MethodDeclaration:
    case SK.ArrowFunction:
    case SK.FunctionExpression:
      readSignature(node as ts.SignatureDeclaration, ctx, hint);
      break;
    case SK.PropertyAccessExpression: {
      // `a.b.c.d`: a chain of names declares nothing, and walking it is one stack frame per link (5,000-deep chains).
      let inner: ts.Expression = (node as ts.PropertyAccessExpression).expression;
      while (isPropertyAccessExpression(inner)) inner = inner.expression;
      if (isIdentifier(inner) || inner.kind === SK.ThisKeyword) return;
      break;
    }
    case SK.CallExpression: {
      const call = node as ts.CallExpression;
      // `useState<{ email: string }>()`: type literals given as type arguments.
      if (call.typeArguments) for (const t of call.typeArguments) readTypeNode(t, [hint ?? ctx.fileOwner], ctx);
      if (readSchemaCall(call, ctx, hint)) return;
      break;
    }
    case SK.TaggedTemplateExpression: {
      // Prisma's ``$queryRaw<{ id: number; username: string }[]>`SELECT ...` ``: the rows a query returns, as a call's.
      const tagged = node as ts.TaggedTemplateExpression;
      if (tagged.typeArguments) for (const t of tagged.typeArguments) readTypeNode(t, [hint ?? ctx.fileOwner], ctx);
      break;
    }
    case SK.AsExpression:
    case SK.SatisfiesExpression:
    // (And the older cast, `<{ firstName: string }>matchedData(req)`, in .ts files.)
    case SK.TypeAssertionExpression:
      readTypeNode((node as ts.AsExpression | ts.TypeAssertion).type, [hint ?? ctx.fileOwner], ctx);
      break;
    case SK.NewExpression: {
      const created = node as ts.NewExpression;
      // `new Map<string, { email: string; expiresAt: number }>()`: type literals given as type arguments, as to a call.
      if (created.typeArguments) for (const t of created.typeArguments) readTypeNode(t, [hint ?? ctx.fileOwner], ctx);
      if (readNewSchema(created, ctx, hint)) return;
      break;
    }
    case SK.ObjectLiteralExpression:
      if (readJsonSchema(node as ts.ObjectLiteralExpression, [hint ?? ctx.fileOwner], ctx)) return;
      break;
    case SK.NoSubstitutionTemplateLiteral:
    case SK.TemplateExpression:
      // GraphQL type definitions (`gql\`type User { email: String }\``); a template's substitutions declare nothing.
      readTemplateSdl(node as ts.TemplateLiteral, ctx);
      return;
  }
  walkChildren(node, ctx, hint);
}

/**
 * A cast to a type literal, a schema built in an attribute (Formik's `validationSchema={Yup.object().shape({ ... })}`,
 * `schema={z.object({ ... })}`), or a callback's parameter typed by one (`alleBarn={barn.map((b: { navn: string }) =>`,
 * `({ email }: { email: string }) =>`): what markup can declare. (The methods are OBJECT_SCHEMA_METHODS' that take an object
 * in markup; a literal here, as run-time RegExps are kept to escaped keys.)
 */
const DECLARES_IN_MARKUP = /\b(?:as|satisfies)\s+(?:unknown\s+as\s+)?\{|\.(?:object|shape|strictObject|looseObject|keys)\s*(?:<[^>]*>)?\s*\(\s*\{|\(\s*[\w$]+\s*\??\s*:\s*\{|\}\s*:\s*\{/;
/**
 * Whether the markup's own text holds a cast to a type literal or a schema. Only its text is searched (a search from
 * its start to the end of the file, once per element, would be quadratic), and nested markup is searched only inside an
 * element that holds one: the file's text is read about once.
 */
function declaresInMarkup(node: ts.Node, sf: ts.SourceFile): boolean {
  return DECLARES_IN_MARKUP.test(sf.text.slice(node.pos, node.end));
}

/**
 * The first name an array pattern binds (`const [formErrors, setFormErrors] = useState<{ email?: string }>()`): a
 * hook's value, whose type argument's members are its fields. (An object pattern binds fields of the value, not it.)
 */
function firstBoundName(pattern: ts.BindingName): string | undefined {
  if (pattern.kind !== SK.ArrayBindingPattern) return undefined;
  const first = (pattern as ts.ArrayBindingPattern).elements[0];
  return first && first.kind === SK.BindingElement && isIdentifier((first as ts.BindingElement).name) ? ((first as ts.BindingElement).name as ts.Identifier).text : undefined;
}

/** Walk a node's children with a hint, without allocating a closure per node (this runs for every node of every file). */
function walkChildren(node: ts.Node, ctx: WalkContext, hint: string | undefined): void {
  const saved = ctx.hint;
  ctx.hint = hint;
  forEachChild(node, visitChild);
  ctx.hint = saved;
}

export function propertyNameText(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (isIdentifier(name)) return name.text;
  if (isPrivateIdentifier(name)) return name.text.slice(1); // `#email` is the field `email`
  if (isStringLiteral(name) || isNoSubstitutionTemplateLiteral(name) || isNumericLiteral(name)) return name.text;
  return undefined;
}

export function rangeOf(sf: ts.SourceFile, start: number, end: number): Range {
  const lines = lineStartsOf(sf);
  return { start: positionIn(lines, start), end: positionIn(lines, end) };
}

/**
 * Where each line of a parsed file starts, as the compiler counts lines (CR, LF, CRLF, U+2028, U+2029). Its own line
 * map looks at every character in a JavaScript loop; text with only LF breaks, most text, is split by the native
 * `indexOf`. Kept per file only as long as the file's syntax tree is.
 */
const lineStartsByFile = new WeakMap<ts.SourceFile, readonly number[]>();
function lineStartsOf(sf: ts.SourceFile): readonly number[] {
  let starts = lineStartsByFile.get(sf);
  if (starts) return starts;
  const text = sf.text;
  if (text.includes("\r") || text.includes("\u2028") || text.includes("\u2029")) {
    starts = sf.getLineStarts();
  } else {
    const lf = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lf.push(i + 1);
    starts = lf;
  }
  lineStartsByFile.set(sf, starts);
  return starts;
}

function positionIn(lineStarts: readonly number[], position: number): { line: number; character: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    // The last line starting at or before `position`.
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= position) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: position - lineStarts[low] };
}

/** Range of a name without its quotes. */
function nameRange(sf: ts.SourceFile, name: ts.Node): Range {
  let start = name.getStart(sf);
  let end = name.end;
  if (isStringLiteral(name) || isNoSubstitutionTemplateLiteral(name)) {
    start += 1;
    end -= 1;
  } else if (isPrivateIdentifier(name)) {
    start += 1;
  }
  return rangeOf(sf, start, end);
}

// --- classes ------------------------------------------------------------------------------------------------------

/**
 * An untyped class property set to a text of its own (`title = 'Application timeliness'`, `name = 'x' as const`) holds
 * that one value, a constant like a literal type's; an empty text (`email = ''`) is a form's starting value, and a
 * number under a field's own name (`phone = 0`) is one too.
 */
function isFixedText(init: ts.Expression, name: string): boolean {
  while (isAsExpression(init) || isParenthesizedExpression(init)) init = init.expression;
  // (A number under a constant's name, `DEFAULT_PHONE = 5412345678`, is fixed the same way.)
  if (isNumericLiteral(init)) return name.length > 1 && CONSTANT_NAME.test(name);
  if (!isStringLiteral(init) && !isNoSubstitutionTemplateLiteral(init)) return false;
  // (Nor a default image shown until the person's own loads, `profilePicUrl: any = 'assets/svgs/user.svg'`.)
  if (IMAGE_FILE.test(init.text)) return false;
  // (Not a placeholder shown until the value arrives, `lastLoginIp: any = '?'`, `email = '-'`: no letter or digit;
  // unless the name says it is a constant, `PLACE_HOLDER_SUFFIX = '}}'`.)
  return /[\p{L}\p{N}]/u.test(init.text) || (init.text.length > 0 && name.length > 1 && CONSTANT_NAME.test(name));
}

/**
 * An untyped class property set to a named constant (`languages = LANGUAGES`, `email = SUPPORT_EMAIL`) holds the
 * app's own list or address, fixed when it is built: no person's data, like a UI node.
 */
function isNamedConstant(init: ts.Expression): boolean {
  // (So is one set to an enum or a class by its name, `gender = Gender`, for a template to list; not a value cast to a
  // record's type, `mailingAddress = EmptyAddress as AddressIF`, which starts a person's.)
  if (isIdentifier(init) && TYPE_NAME.test(init.text)) return true;
  while (isAsExpression(init) || isParenthesizedExpression(init)) init = init.expression;
  return isIdentifier(init) && init.text.length > 1 && CONSTANT_NAME.test(init.text);
}
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const IMAGE_FILE = /\.(?:svg|png|jpe?g|gif|webp)$/i;
const TYPE_NAME = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/;

function readClass(cls: ts.ClassLikeDeclaration, owner: string[], ctx: WalkContext): void {
  const declared = new Set<string>();
  for (const member of cls.members) {
    // A static property belongs to the class (`static tableName = "users"`), not to the record an instance holds.
    // (A static method's parameters are read: their type literals are inputs like any other. A model that lists its
    // fields as bare statics, `class Address { static street1; static zip; }` in plain JavaScript, declares them.)
    if (isStaticMember(member) && !isMethodDeclaration(member) && !isBareStaticField(member)) continue;
    if (isPropertyDeclaration(member)) {
      const name = propertyNameText(member.name);
      if (!name || (member.type && holdsNothing(member.type))) continue;
      declared.add(name);
      const signals = decoratorSignals(member, ctx);
      let kind = member.type ? kindOfType(member.type, ctx) : "unknown";
      if (kind === "unknown" && signals.kind) kind = signals.kind;
      if (kind === "unknown" && member.initializer) kind = isFixedText(member.initializer, name) ? "enum" : isNamedConstant(member.initializer) ? "function" : kindOfExpression(member.initializer, ctx);
      pushCandidate(ctx, member.name, name, owner, kind, signals, false, decoratedVia(signals, "class property"), member.type && !signals.system ? refOfType(member.type) : undefined);
      if (member.type) readTypeNode(member.type, [...owner, name], ctx);
    } else if (isGetAccessorDeclaration(member) || isSetAccessorDeclaration(member)) {
      const name = propertyNameText(member.name);
      if (!name) continue;
      const typeNode = isGetAccessorDeclaration(member) ? member.type : member.parameters[0]?.type;
      const signals = decoratorSignals(member, ctx);
      const kind = typeNode ? kindOfType(typeNode, ctx) : signals.kind ?? "unknown";
      pushCandidate(ctx, member.name, name, owner, kind, signals, true, isGetAccessorDeclaration(member) ? "getter" : "setter", typeNode && !signals.system ? refOfType(typeNode) : undefined);
    } else if (isMethodDeclaration(member)) {
      readAccessorMethod(member, owner, ctx);
    } else if (isConstructorDeclaration(member)) {
      for (const p of member.parameters) {
        const isParameterProperty = getModifiers(p)?.some((m) => m.kind === SK.PublicKeyword || m.kind === SK.PrivateKeyword || m.kind === SK.ProtectedKeyword || m.kind === SK.ReadonlyKeyword);
        if (!isParameterProperty || !isIdentifier(p.name)) {
          // (A plain parameter's type literal is the constructor's input, as a method's is: `constructor(input: { email })`.)
          if (p.type) readParameters([p], [...owner, "constructor"], ctx);
          continue;
        }
        declared.add(p.name.text);
        const signals = decoratorSignals(p, ctx);
        const kind = p.type ? kindOfType(p.type, ctx) : "unknown";
        pushCandidate(ctx, p.name, p.name.text, owner, kind, signals, false, "constructor parameter property", p.type && !signals.system ? refOfType(p.type) : undefined);
        // (`constructor(public payload: { queryText: string })`: the members of a parameter property's type literal.)
        if (p.type) readTypeNode(p.type, [...owner, p.name.text], ctx);
      }
    }
  }
  // Plain JavaScript classes declare their fields by assigning them in the constructor.
  const ctor = cls.members.find(isConstructorDeclaration);
  if (ctor?.body) {
    for (const stmt of ctor.body.statements) {
      if (!isExpressionStatement(stmt) || !isBinaryExpression(stmt.expression)) continue;
      const be = stmt.expression;
      if (be.operatorToken.kind !== SK.EqualsToken) continue;
      if (!isPropertyAccessExpression(be.left) || be.left.expression.kind !== SK.ThisKeyword) continue;
      const name = be.left.name.text;
      if (declared.has(name)) continue;
      declared.add(name);
      pushCandidate(ctx, be.left.name, name, owner, kindOfExpression(be.right, ctx), NO_SIGNALS, false, "constructor assignment");
    }
  }
}

/** `getEmail(): string` / `setEmail(v)` in a class or interface are accessors in Java style. */
function readAccessorMethod(member: ts.MethodDeclaration | ts.MethodSignature, owner: string[], ctx: WalkContext): void {
  const name = propertyNameText(member.name);
  if (!name || !/^(get|set)[A-Z_]/.test(name)) return;
  const isGetter = name.startsWith("get");
  if (isGetter ? member.parameters.length !== 0 : member.parameters.length !== 1) return;
  const typeNode = isGetter ? member.type : member.parameters[0].type;
  if (isGetter && (!typeNode || typeNode.kind === SK.VoidKeyword)) return;
  const kind = typeNode ? kindOfType(typeNode, ctx) : "unknown";
  pushCandidate(ctx, member.name, name, owner, kind, NO_SIGNALS, true, isGetter ? "getter method" : "setter method");
}

// --- interfaces and type literals ------------------------------------------------------------------------------

function readTypeMembers(members: ts.NodeArray<ts.TypeElement>, owner: string[], ctx: WalkContext): void {
  let sampled: boolean | undefined;
  for (const m of members) {
    if (isPropertySignature(m)) {
      const name = propertyNameText(m.name);
      // (A member typed `null` holds nothing: a state map's `onboarding_email: null` is a key, not an address. Beside
      // members typed as text or numbers, `null` is what a record typed from a sample response held there, `Address {
      // address2: string; address1: null }`: a value the sample lacked.)
      if (!name || (m.type && holdsNothing(m.type) && !(isNullType(m.type) && (sampled ??= typedFromSample(members))))) continue;
      const kind = m.type ? kindOfType(m.type, ctx) : "unknown";
      // (A measure in parts, `{ years: number; months: number }`, is read as the number it is, not as a record; a form
      // field's settings, `{ show, label }`, as the control they are.)
      const ref = m.type && kind !== "number" && kind !== "function" ? refOfType(m.type) ?? inlineRefOf(m.type, name, ctx.rules) : undefined;
      pushCandidate(ctx, m.name, name, owner, kind, NO_SIGNALS, false, "type member", ref);
      if (m.type) readTypeNode(m.type, [...owner, name], ctx);
    } else if (isMethodSignature(m)) {
      readAccessorMethod(m, owner, ctx);
      // `login(params: { username: string; password: string }): Promise<void>` in an API's or a composable's interface.
      const name = propertyNameText(m.name);
      const base = name ? [...owner, name] : owner;
      readParameters(m.parameters, base, ctx);
      if (m.type) readTypeNode(m.type, base, ctx);
    } else if (isGetAccessorDeclaration(m) || isSetAccessorDeclaration(m)) {
      const name = propertyNameText(m.name);
      if (!name) continue;
      const typeNode = isGetAccessorDeclaration(m) ? m.type : m.parameters[0]?.type;
      pushCandidate(ctx, m.name, name, owner, typeNode ? kindOfType(typeNode, ctx) : "unknown", NO_SIGNALS, true, "type accessor");
    } else if (m.kind === SK.IndexSignature) {
      // `{ [platform: string]: { handle: string }[] }`: the entries of a map, read as `Record<string, ...>`'s are.
      const type = (m as ts.IndexSignatureDeclaration).type;
      if (type) readTypeNode(type, owner, ctx);
    }
  }
}

/** Members typed as plain text, numbers or dates beside the `null`s: a record typed from a sample of its values. */
function typedFromSample(members: ts.NodeArray<ts.TypeElement>): boolean {
  let values = 0;
  for (const m of members) {
    if (!isPropertySignature(m) || !m.type) continue;
    const k = m.type.kind;
    if (k === SK.StringKeyword || k === SK.NumberKeyword || k === SK.BooleanKeyword || (isTypeReferenceNode(m.type) && isIdentifier(m.type.typeName) && m.type.typeName.text === "Date")) values++;
  }
  return values >= SAMPLED_VALUES;
}
/** (Fewer, `DiagnosisPayload { encounter: string; patient: string; condition: null }`, leave `null` as a field left out.) */
const SAMPLED_VALUES = 4;

/** A type that admits no value: `null`, `undefined`, `never`, `void`, or a union of them. */
function holdsNothing(type: ts.TypeNode): boolean {
  if (isNothingType(type) || type.kind === SK.NeverKeyword || type.kind === SK.VoidKeyword) return true;
  return isUnionTypeNode(type) && type.types.every(holdsNothing);
}

/** Type literals nested anywhere in a type (intersections, unions, arrays, generics). */
export function readTypeNode(type: ts.TypeNode, owner: string[], ctx: WalkContext): void {
  if (isTypeLiteralNode(type)) readTypeMembers(type.members, owner, ctx);
  else if (isIntersectionTypeNode(type) || isUnionTypeNode(type)) type.types.forEach((t) => readTypeNode(t, owner, ctx));
  else if (isParenthesizedTypeNode(type)) readTypeNode(type.type, owner, ctx);
  else if (isArrayTypeNode(type)) readTypeNode(type.elementType, owner, ctx);
  // `rows: readonly { email: string }[]`: a read-only list's elements (not `keyof`, `unique symbol`: no values).
  else if (isTypeOperatorNode(type) && type.operator === SK.ReadonlyKeyword) readTypeNode(type.type, owner, ctx);
  // `aliases: [{ firstName: string; dateOfBirth: string }]`: a tuple's elements, named, optional or rest ones too.
  else if (ts.isTupleTypeNode(type)) for (const e of type.elements) readTypeNode(ts.isNamedTupleMember(e) || ts.isOptionalTypeNode(e) || ts.isRestTypeNode(e) ? e.type : e, owner, ctx);
  else if (isTypeReferenceNode(type)) (type.typeArguments ?? []).forEach((t) => readTypeNode(t, owner, ctx));
  // A type guard's shape (`(details): details is { lastFourDigits: string } => …`): what the value holds when it passes.
  else if (ts.isTypePredicateNode(type) && type.type) readTypeNode(type.type, owner, ctx);
  else if (ts.isFunctionTypeNode(type) || ts.isConstructorTypeNode(type)) {
    // `type CreateUser = (args: { email: string; firstName: string }) => Promise<User>`: the inputs of a function type.
    readParameters(type.parameters, owner, ctx);
    readTypeNode(type.type, owner, ctx);
  }
}

/**
 * Type literals of a function's parameters and return type: server actions', mutations' and email templates' inputs
 * (`createUser({ email }: { email: string })`, `InviteEmail(props: { inviteeName: string })`). The owner is the
 * function (and the parameter, when it has a name); a method's owner path starts with its class.
 */
function readSignature(fn: ts.SignatureDeclaration, ctx: WalkContext, hint: string | undefined): void {
  const own = fn.name ? propertyNameText(fn.name as ts.PropertyName) : undefined;
  const base = own ? (hint && fn.kind === SK.MethodDeclaration ? [hint, own] : [own]) : [hint ?? ctx.fileOwner];
  readParameters(fn.parameters, base, ctx);
  if (fn.type) readTypeNode(fn.type, base, ctx);
  // `getFullName<T extends { firstName: string }>(data: T)`
  for (const tp of fn.typeParameters ?? []) if (tp.constraint) readTypeNode(tp.constraint, base, ctx);
}

/** The type literals of parameters: owned by the function and the parameter's name (`props` adds nothing). */
function readParameters(parameters: readonly ts.ParameterDeclaration[], base: string[], ctx: WalkContext): void {
  for (const p of parameters) {
    if (p.type) readTypeNode(p.type, isIdentifier(p.name) && p.name.text !== "props" ? [...base, p.name.text] : base, ctx);
  }
}

/** A field of a parsed file. Its range is worked out only when asked, i.e. when the field becomes a finding (most do not). */
export class TsFieldCandidate implements FieldCandidate {
  constructor(
    private readonly sf: ts.SourceFile,
    private readonly nameNode: ts.Node,
    readonly name: string,
    readonly owner: string[],
    readonly kind: ValueKind,
    readonly validators: { name: string; evidence: string }[],
    readonly accessor: boolean,
    readonly container: boolean,
    readonly system: boolean,
    readonly via: string,
    /** The named type or schema the field holds, resolved by the index (project-index.ts). */
    readonly ref?: TypeRef,
    readonly written?: string,
  ) {}

  get range(): Range {
    return nameRange(this.sf, this.nameNode);
  }
}

/**
 * Reads a generic declaration knowing its type parameters: a member typed by one (`name: Name` in
 * `UseField<Name extends string>`) holds what the constraint allows, not the project's type of that name.
 */
function withTypeParams(decl: { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }, ctx: WalkContext, read: () => void): void {
  if (!decl.typeParameters?.length) return read();
  const outer = ctx.typeParams;
  const params = new Map(outer);
  for (const tp of decl.typeParameters) params.set(tp.name.text, tp.constraint ? kindOfType(tp.constraint, ctx) : "unknown");
  ctx.typeParams = params;
  try {
    read();
  } finally {
    ctx.typeParams = outer;
  }
}

export function pushCandidate(
  ctx: WalkContext,
  nameNode: ts.Node,
  name: string,
  owner: string[],
  kind: ValueKind,
  signals: ValueSignals,
  accessor: boolean,
  via: string,
  ref?: TypeRef,
  written?: string,
): void {
  const param = ref && !ref.qualifier && !ref.member ? ctx.typeParams?.get(ref.name) : undefined;
  if (param !== undefined) {
    kind = ref!.array ? "array" : param;
    ref = undefined;
  }
  ctx.out.push(new TsFieldCandidate(ctx.sf, nameNode, name, owner, kind, signals.validators, accessor, signals.container || kind === "object", signals.system, via, ref, written));
}

// --- GraphQL type definitions in templates -------------------------------------------------------------------------

/** Root types: their fields are operations (`me: User`), only their arguments are data (`userByEmail(email: String)`). */
const SDL_ROOTS = new Set(["Query", "Mutation", "Subscription"]);

/** Reads the GraphQL types a template defines, if it defines any, as fields (see graphql-sdl.ts). */
function readTemplateSdl(node: ts.TemplateLiteral, ctx: WalkContext): void {
  const sf = ctx.sf;
  // (Most templates hold no brace at all: no type block, and no slice of the text made for them.)
  if (!hasBrace(sf.text, node.pos, node.end)) return;
  const start = node.getStart(sf) + 1;
  const end = node.end - 1;
  let text = sf.text.slice(start, end);
  if (!mayHoldSdl(text)) return;
  if (node.kind === SK.TemplateExpression) {
    // A substitution (`${fields}`) is blanked, keeping every offset and line.
    const chars = text.split("");
    for (const span of (node as ts.TemplateExpression).templateSpans) {
      const from = span.expression.pos - 2 - start;
      const to = span.literal.getStart(sf) + 1 - start;
      for (let i = Math.max(0, from); i < Math.min(chars.length, to); i++) if (chars[i] !== "\n") chars[i] = " ";
    }
    text = chars.join("");
  }
  const doc = readSdl(text, start);
  const objects = new Set(doc.types.map((t) => t.name));
  for (const type of doc.types) {
    // GraphQL's types are capitalised (`String`, `Address`): a block of lower-case types is some other language's code.
    if (type.fields.filter((f) => /^[A-Z]/.test(f.type)).length * 2 < type.fields.length) continue;
    ctx.sdlTypes?.push({ name: type.name, members: type.fields.map((f) => f.name), enum: false });
    for (const field of type.fields) {
      if (!SDL_ROOTS.has(type.name)) pushSdlField(ctx, field, [type.name], "GraphQL type field", doc.enums, objects);
      for (const arg of field.args ?? []) pushSdlField(ctx, arg, [type.name, field.name], "GraphQL argument", doc.enums, objects);
    }
  }
  for (const e of doc.enums) ctx.sdlTypes?.push({ name: e, members: [], enum: true });
}

function pushSdlField(ctx: WalkContext, field: SdlField, owner: string[], via: string, enums: ReadonlySet<string>, objects: ReadonlySet<string>): void {
  const scalar = sdlKind(field.type, enums);
  // Another type of the same definitions is a relation (its fields are read where it is defined); any other name is
  // resolved by the project index, as a TypeScript reference is.
  const relation = !scalar && objects.has(field.type);
  const kind: ValueKind = scalar ? (field.list ? "array" : scalar) : relation ? "object" : "ref";
  ctx.out.push({
    name: field.name,
    range: rangeOf(ctx.sf, field.start, field.start + field.name.length),
    owner,
    kind,
    validators: [],
    accessor: false,
    container: relation,
    system: field.type === "ID" && field.name === "id",
    via,
    ...(scalar ? {} : { ref: { name: field.type, array: field.list } }),
  } as FieldCandidate);
}
