/**
 * Per-file summaries for the project index: what each top-level type, class, enum and schema const of a file holds,
 * the file's imports, and the names fields are typed by (refOfType). Read from the same parse as the fields.
 */
import { ts } from "../scan/typescript";
import { isTypeName, type FileSummary, type Shape, type TypeRef } from "./project-index";
import { objectShape } from "./shapes";
import { isTableBuilder, OBJECT_SCHEMA_METHODS } from "../scan/inert-bodies";
import { ownCopy } from "../classify/names";
import type { RuleSet } from "../classify/rules";
import { calleeName, columnsObject } from "../scan/schemas";
import { SK, forEachChild, isArrayTypeNode, isBareStaticField, isAsExpression, isCallExpression, isClassDeclaration, isEnumDeclaration, isIdentifier, isInterfaceDeclaration, isIntersectionTypeNode, isLiteralTypeNode, isMethodDeclaration, isMethodSignature, isModuleBlock, isModuleDeclaration, isNonNullExpression, isNothingType, isNumericLiteral, isObjectLiteralExpression, isParenthesizedExpression, isParenthesizedTypeNode, isPropertyAccessExpression, isPropertyAssignment, isPropertyDeclaration, isPropertySignature, isQualifiedName, isSatisfiesExpression, isSourceFile, isStaticMember, isStringLiteral, isTemplateLiteralTypeNode, isTypeAliasDeclaration, isTypeLiteralNode, isTypeOperatorNode, isTypeReferenceNode, isUnionTypeNode, isVariableDeclaration, isVariableDeclarationList, isVariableStatement } from "../scan/ts-syntax";
import { LocalTypes, PRIMITIVE_REFERENCES, UI_TYPE, applyWords, collectWords, emptySignals, isTransparentGeneric, looksLikeModelName } from "../scan/values";
import { WalkContext, propertyNameText } from "../scan/walk";

/**
 * The file's top-level (and namespace-level) declarations: which names are objects or enums here (for the walk), and
 * the summary other files resolve their references against (project-index.ts).
 */
export function collectLocalTypes(sf: ts.SourceFile, rules: RuleSet, summary: FileSummary): LocalTypes {
  const locals: LocalTypes = { objects: new Set(), enums: new Set() };
  const declare = (name: string, shape: Shape) => {
    summary.declarations.set(ownCopy(name), shape);
  };
  const visit = (node: ts.Node): void => {
    if (isInterfaceDeclaration(node) || isClassDeclaration(node)) {
      if (node.name) {
        locals.objects.add(node.name.text);
        const members: string[] = [];
        let methods = 0;
        for (const m of node.members as ts.NodeArray<ts.Node>) {
          const n = (m as { name?: ts.PropertyName }).name;
          if ((isPropertySignature(m) || (isPropertyDeclaration(m) && (!isStaticMember(m) || isBareStaticField(m)))) && n) {
            const text = propertyNameText(n);
            if (text) members.push(text);
          } else if ((isMethodDeclaration(m) || isMethodSignature(m)) && !isStaticMember(m)) methods++;
        }
        // Mostly methods: a helper or a client (`Cookie`, `SessionClient`), not a record (an entity's one `toJSON` aside).
        const service = methods >= 2 && methods >= members.length;
        declare(node.name.text, service ? { kind: "object", service } : objectShape(members, rules, node.name.text));
      }
    } else if (isEnumDeclaration(node)) {
      locals.enums.add(node.name.text);
      declare(node.name.text, { kind: "enum" });
    } else if (isTypeAliasDeclaration(node)) {
      if (isStringLiteralUnion(node.type)) locals.enums.add(node.name.text);
      else if (containsTypeLiteral(node.type)) locals.objects.add(node.name.text);
      const shape = shapeOfType(node.type, rules, node.name.text);
      if (shape) declare(node.name.text, shape);
    } else if (isVariableDeclaration(node) && node.initializer && requiredModule(node.initializer)) {
      // CommonJS: `var LocationSchema = require("./location")` imports what the module exports; `const { A } = require(…)`.
      const from = ownCopy(requiredModule(node.initializer)!);
      if (isIdentifier(node.name)) summary.imports.set(ownCopy(node.name.text), { from, name: "default" });
      else if (ts.isObjectBindingPattern(node.name)) {
        for (const el of node.name.elements) {
          if (!isIdentifier(el.name)) continue;
          const imported = el.propertyName && isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
          summary.imports.set(ownCopy(el.name.text), { from, name: ownCopy(imported) });
        }
      }
    } else if (isVariableDeclaration(node) && isIdentifier(node.name) && node.initializer) {
      // `const Role = { ADMIN: "admin" } as const` is an enum in JS clothing; `const addressSchema = z.object(...)` a container.
      const shape = shapeOfExpression(node.initializer, rules);
      // (Not a schema of one value: `const firstNameSchema = Yup.string()` wrapped in a helper is a string's schema.)
      if (looksLikeModelName(node.name.text) && shape?.kind !== "value" && shape?.kind !== "enum") locals.objects.add(node.name.text);
      if (shape) declare(node.name.text, shape);
    } else if (ts.isImportDeclaration(node) && isStringLiteral(node.moduleSpecifier) && node.importClause) {
      const from = ownCopy(node.moduleSpecifier.text);
      const clause = node.importClause;
      if (clause.name) summary.imports.set(ownCopy(clause.name.text), { from, name: "default" });
      const bindings = clause.namedBindings;
      // `import * as Stripe from "stripe"`: a qualified type (`Stripe.Customer`) is then the package's, not the project's.
      if (bindings && ts.isNamespaceImport(bindings)) summary.imports.set(ownCopy(bindings.name.text), { from, name: "*" });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) summary.imports.set(ownCopy(el.name.text), { from, name: ownCopy((el.propertyName && isIdentifier(el.propertyName) ? el.propertyName : el.name).text) });
      }
    }
    // Only top-level and namespace-level declarations matter; don't descend into function bodies (speed).
    if (isSourceFile(node) || isModuleBlock(node) || isModuleDeclaration(node) || isVariableStatement(node) || isVariableDeclarationList(node)) {
      forEachChild(node, visit);
    }
  };
  visit(sf);
  return locals;
}

/** What a declared type holds, for the summary. */
function shapeOfType(type: ts.TypeNode, rules: RuleSet, typeName?: string): Shape | undefined {
  if (isStringLiteralUnion(type)) return { kind: "enum" };
  // `type Login = (args: {...}) => Promise<User>`: a field typed by it holds a function, whatever the name says.
  if (ts.isFunctionTypeNode(type) || ts.isConstructorTypeNode(type)) return { kind: "value", value: "function", validators: [] };
  if (isUnionTypeNode(type) && type.types.every((t) => isLiteralTypeNode(t) || t.kind === SK.NullKeyword || t.kind === SK.UndefinedKeyword)) return { kind: "enum" };
  if (isParenthesizedTypeNode(type)) return shapeOfType(type.type, rules, typeName);
  if (isUnionTypeNode(type)) {
    // `type OptionalString = string | undefined | null`: what it holds is the one part that is not nothing.
    const parts = type.types.filter((t) => !isNothingType(t));
    if (parts.length === 1) return shapeOfType(parts[0], rules, typeName);
  }
  if (containsTypeLiteral(type) && !isTypeReferenceNode(type)) {
    const members: string[] = [];
    const collect = (t: ts.TypeNode): void => {
      if (isTypeLiteralNode(t)) {
        for (const m of t.members) if (isPropertySignature(m)) {
          const n = propertyNameText(m.name);
          if (n) members.push(n);
        }
      } else if (isIntersectionTypeNode(t) || isUnionTypeNode(t)) t.types.forEach(collect);
      else if (isParenthesizedTypeNode(t)) collect(t.type);
    };
    collect(type);
    // A union's variants repeat their members (`{ state: "pass" } | { state: "fail"; keys }`): count each name once.
    return objectShape([...new Set(members)], rules, typeName);
  }
  switch (type.kind) {
    case SK.StringKeyword:
      return { kind: "value", value: "string", validators: [] };
    case SK.NumberKeyword:
    case SK.BigIntKeyword:
      return { kind: "value", value: "number", validators: [] };
    case SK.BooleanKeyword:
      return { kind: "value", value: "boolean", validators: [] };
  }
  if (isTemplateLiteralTypeNode(type)) return { kind: "value", value: "string", validators: [] };
  // `type Firstname = Flavor<string, "Firstname">`, `Readonly<string>`: a wrapper of a primitive holds the primitive.
  if (isTypeReferenceNode(type) && type.typeArguments?.length && isPrimitiveType(type.typeArguments[0]) && !isLiteralTypeNode(type.typeArguments[0])) {
    const name = isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    if (isTransparentGeneric(name)) return shapeOfType(type.typeArguments[0], rules, typeName);
  }
  const ref = refOfType(type);
  // (`type P = PageContext["path"]` stands for one member, not for the whole type.)
  if (ref) return ref.member ? undefined : { kind: "ref", name: ref.name, array: ref.array };
  // `type StringValue = ValueType<string>`: a generic given only primitives is that generic's shape (a wrapper of one value).
  if (isTypeReferenceNode(type) && isIdentifier(type.typeName) && type.typeArguments?.length && type.typeArguments.every(isPrimitiveType) && !PRIMITIVE_REFERENCES[type.typeName.text]) {
    return { kind: "ref", name: ownCopy(type.typeName.text), array: false };
  }
  return undefined;
}

function isPrimitiveType(t: ts.TypeNode): boolean {
  return t.kind === SK.StringKeyword || t.kind === SK.NumberKeyword || t.kind === SK.BooleanKeyword || t.kind === SK.BigIntKeyword || isLiteralTypeNode(t);
}

/** `FieldError[]`, `AccountErrorFragment`: what a failed operation returns instead of the value. */
function isErrorType(type: ts.TypeNode): boolean {
  const t = isArrayTypeNode(type) ? type.elementType : type;
  return isTypeReferenceNode(t) && /Errors?(Fragment|Type)?$|Exception$/.test(isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text);
}

/** A type literal written in place of a name (`address: { street: string }`, `phones: { number: string }[]`). */
export function inlineRefOf(type: ts.TypeNode, field: string, rules: RuleSet): TypeRef | undefined {
  let t = type;
  let array = false;
  for (let depth = 0; depth < 8; depth++) {
    if (isParenthesizedTypeNode(t)) t = t.type;
    else if (isUnionTypeNode(t)) {
      // `address?: { city: string } | null | undefined`: the one part that is not nothing.
      const parts = t.types.filter((u) => !isNothingType(u));
      if (parts.length !== 1) break;
      t = parts[0];
    } else if (isArrayTypeNode(t)) (array = true), (t = t.elementType);
    else if (isTypeReferenceNode(t) && isIdentifier(t.typeName) && (t.typeName.text === "Array" || t.typeName.text === "ReadonlyArray") && t.typeArguments?.length === 1) {
      array = true;
      t = t.typeArguments[0];
    } else break;
  }
  if (!isTypeLiteralNode(t)) return undefined;
  const shape = shapeOfType(t, rules);
  return shape ? { name: ownCopy(field), array, inline: shape } : undefined;
}

/** Namespaces of schema builders: a chain rooted at one of these builds a schema, it does not refer to one. */
export const BUILDER_ROOTS = new Set(["z", "zod", "yup", "Yup", "Joi", "joi", "v", "t", "Type", "T", "S", "Schema", "mongoose", "DataTypes", "DataType", "Sequelize", "s", "y", "typebox"]);

/** The identifier a call/property chain starts from (`ZIpSchema.optional().nullable()` -> ZIpSchema). */
export function chainRoot(expr: ts.Expression): ts.Identifier | undefined {
  let e: ts.Expression = expr;
  for (let depth = 0; depth < 64; depth++) {
    while (isParenthesizedExpression(e) || isAsExpression(e) || isSatisfiesExpression(e) || isNonNullExpression(e)) e = e.expression;
    if (isCallExpression(e)) e = e.expression;
    else if (isPropertyAccessExpression(e)) e = e.expression;
    else break;
  }
  return isIdentifier(e) ? e : undefined;
}

/** The method names called along a chain, innermost first (`z.array(X).min(1)` -> array, min). */
export function chainCalls(expr: ts.Expression): { name: string; call: ts.CallExpression }[] {
  const calls: { name: string; call: ts.CallExpression }[] = [];
  let e: ts.Expression = expr;
  for (let depth = 0; depth < 64; depth++) {
    if (isCallExpression(e)) {
      const name = calleeName(e.expression);
      if (name) calls.unshift({ name, call: e });
      e = e.expression;
    } else if (isPropertyAccessExpression(e)) e = e.expression;
    else if (isParenthesizedExpression(e) || isAsExpression(e) || isNonNullExpression(e)) e = e.expression;
    else break;
  }
  return calls;
}

/** The key names of a schema's object literal (`{ street: z.string(), "zip-code": ... }`). */
export function objectMemberNames(obj: ts.ObjectLiteralExpression): string[] {
  const names: string[] = [];
  for (const p of obj.properties) {
    const n = p.name ? propertyNameText(p.name as ts.PropertyName) : undefined;
    if (n) names.push(n);
  }
  return names;
}

/** The relative module of `require("./location")`, if the expression is such a call. */
function requiredModule(e: ts.Expression): string | undefined {
  if (!isCallExpression(e) || !isIdentifier(e.expression) || e.expression.text !== "require" || e.arguments.length !== 1) return undefined;
  const arg = e.arguments[0];
  return isStringLiteral(arg) && arg.text.startsWith(".") ? arg.text : undefined;
}

/** What a const's initializer declares, for the summary: a schema object, a schema value, an alias, an enum. */
function shapeOfExpression(init: ts.Expression, rules: RuleSet): Shape | undefined {
  let e = init;
  while (isParenthesizedExpression(e) || isAsExpression(e) || isSatisfiesExpression(e)) e = e.expression;
  // `new Schema({ country: String, city: String })` (Mongoose): an object of those paths.
  if (ts.isNewExpression(e) && e.arguments?.[0] && isObjectLiteralExpression(e.arguments[0])) {
    const callee = isIdentifier(e.expression) ? e.expression.text : isPropertyAccessExpression(e.expression) ? e.expression.name.text : "";
    return callee === "Schema" ? objectShape(objectMemberNames(e.arguments[0]), rules) : undefined;
  }
  if (isObjectLiteralExpression(e)) {
    // `{ ADMIN: "admin", USER: "user" } as const`: an enum.
    const values = e.properties.every((p) => isPropertyAssignment(p) && (isStringLiteral(p.initializer) || isNumericLiteral(p.initializer)));
    return values && e.properties.length > 0 ? { kind: "enum" } : undefined;
  }
  if (!isCallExpression(e) && !isPropertyAccessExpression(e) && !isIdentifier(e)) return undefined;
  const calls = isCallExpression(e) ? chainCalls(e) : [];
  const members: string[] = [];
  let objectSchema = false;
  for (const { name, call } of calls) {
    const arg = OBJECT_SCHEMA_METHODS.has(name) ? call.arguments[0] : isTableBuilder(name) ? call.arguments[1] : undefined;
    const obj = arg && columnsObject(arg);
    if (obj) {
      objectSchema = true;
      members.push(...objectMemberNames(obj));
    }
  }
  const root = chainRoot(e);
  if (objectSchema) return objectShape(members, rules);
  if (!root) return undefined;
  if (calls.some((c) => c.name === "enum" || c.name === "nativeEnum" || c.name === "literal" || c.name === "oneOf" || c.name === "valid")) return { kind: "enum" };
  const array = calls.some((c) => c.name === "array");
  if (!BUILDER_ROOTS.has(root.text)) {
    // `ZRecipientEmailSchema.optional()`, `UserSchema.pick({ name: true })`: what the root holds.
    return { kind: "ref", name: ownCopy(root.text), array };
  }
  if (array) {
    const inner = calls.find((c) => c.name === "array")!.call.arguments[0];
    const innerRoot = inner && chainRoot(inner);
    if (innerRoot && !BUILDER_ROOTS.has(innerRoot.text)) return { kind: "ref", name: ownCopy(innerRoot.text), array: true };
  }
  const words: string[] = [];
  collectWords(e, words, 0);
  const signals = emptySignals();
  applyWords(words, signals, { rules, locals: { objects: new Set(), enums: new Set() } } as unknown as WalkContext, "");
  if (signals.container || signals.kind === "object") return undefined;
  return { kind: "value", value: array ? "array" : signals.kind ?? "unknown", validators: signals.validators.map((v) => v.name) };
}

/**
 * The name a field's type refers to, seen through nullability, arrays and wrappers (`Address[] | null`,
 * `Partial<Address>`, `z.infer<typeof AddressSchema>`, `Pick<User, "email">`); undefined for primitives and literals.
 */
export function refOfType(type: ts.TypeNode, array = false): TypeRef | undefined {
  if (isParenthesizedTypeNode(type)) return refOfType(type.type, array);
  if (isArrayTypeNode(type)) return refOfType(type.elementType, true);
  if (isTypeOperatorNode(type)) return refOfType(type.type, array);
  // `PageContext["path"]`: one member of a declared type holds what that member holds.
  if (ts.isIndexedAccessTypeNode(type)) {
    const object = type.objectType;
    const index = type.indexType;
    if (!isLiteralTypeNode(index) || !isStringLiteral(index.literal)) return undefined;
    const member = index.literal.text;
    // `components["schemas"]["Address"]` (openapi-typescript), `ShopperCustomers.schemas["CustomerAddress"]` (a
    // generated SDK's schemas under its namespace): a generated API's named type, read by its name.
    const schemaTable = isTypeReferenceNode(object) && isQualifiedName(object.typeName) && SCHEMA_TABLES.has(object.typeName.right.text) && !object.typeArguments?.length;
    if (ts.isIndexedAccessTypeNode(object) || schemaTable) return isTypeName(member) ? { name: ownCopy(member), array } : undefined;
    if (!isTypeReferenceNode(object) || !isIdentifier(object.typeName) || object.typeArguments?.length) return undefined;
    return { name: ownCopy(object.typeName.text), array, member: ownCopy(member) };
  }
  if (isUnionTypeNode(type)) {
    // `Address | null`, `AccountError[] | AddressInput`: the one part that is not nothing or an error.
    const parts = type.types.filter((t) => !isNothingType(t) && !isErrorType(t));
    return parts.length === 1 ? refOfType(parts[0], array) : undefined;
  }
  if (!isTypeReferenceNode(type)) return undefined;
  const name = isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  const qualifier = isQualifiedName(type.typeName) && isIdentifier(type.typeName.left) ? type.typeName.left.text : undefined;
  const args = type.typeArguments ?? [];
  if ((name === "Array" || name === "ReadonlyArray" || name === "Set") && args[0]) return refOfType(args[0], true);
  if ((isTransparentGeneric(name) || name === "Pick" || name === "Omit" || name === "infer" || name === "input" || name === "output" || name === "InferType" || name === "Static" || name === "InferOutput") && args[0]) {
    // `z.infer<typeof UserSchema>`: the schema const (a bare `typeof X` field holds whatever X is: a component, mostly).
    const arg = args[0];
    if (ts.isTypeQueryNode(arg)) return isIdentifier(arg.exprName) ? { name: ownCopy(arg.exprName.text), array } : undefined;
    return refOfType(arg, array);
  }
  if (UI_TYPE.test(name)) return undefined;
  // A holder of one value while it loads or pages (`StateUtils.LoaderState<Address[]>`, `Paginated<Address>`,
  // `ApiResponse<Profile>`, a FHIR search's `Bundle<Encounter>`): what it holds is its argument.
  if (args.length === 1 && HOLDER_GENERIC.test(name) && !PRIMITIVE_REFERENCES[name]) return refOfType(args[0], array);
  if (qualifier === "Types" || qualifier === "Schema" || PRIMITIVE_REFERENCES[name] || args.length > 0) return undefined;
  return qualifier ? { name: ownCopy(name), array, qualifier: ownCopy(qualifier) } : { name: ownCopy(name), array };
}

/** A generated SDK's table of its named types (`Api.schemas`, `Client.definitions`). */
const SCHEMA_TABLES = new Set(["schemas", "definitions", "components", "Schemas", "Definitions", "Components"]);

const HOLDER_GENERIC = /(?:State|Result|Response|Resource|Loadable|Async|Paginated|Page|List|Collection|Wrapper|Container|Bundle)$/;

function isStringLiteralUnion(type: ts.TypeNode): boolean {
  if (isUnionTypeNode(type)) return type.types.every((t) => isLiteralTypeNode(t) || t.kind === SK.NullKeyword || t.kind === SK.UndefinedKeyword);
  return isLiteralTypeNode(type) && isStringLiteral(type.literal);
}

function containsTypeLiteral(type: ts.TypeNode): boolean {
  if (isTypeLiteralNode(type)) return true;
  if (isIntersectionTypeNode(type) || isUnionTypeNode(type)) return type.types.some(containsTypeLiteral);
  if (isParenthesizedTypeNode(type)) return containsTypeLiteral(type.type);
  if (isTypeReferenceNode(type)) return (type.typeArguments ?? []).some(containsTypeLiteral);
  return false;
}
