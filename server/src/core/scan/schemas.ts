/**
 * Schema builders: zod, yup, Joi, valibot, TypeBox, Mongoose, Drizzle, Sequelize and JSON Schema object literals.
 */
import { ts } from "./typescript";
import type { TypeRef } from "../index/project-index";
import { objectShape } from "../index/shapes";
import { isTableBuilder, OBJECT_SCHEMA_METHODS, SCHEMA_NAMESPACES } from "./inert-bodies";
import { ownCopy } from "../classify/names";
import type { ValueKind } from "../classify/rules";
import { BUILDER_ROOTS, chainCalls, chainRoot, objectMemberNames } from "../index/summaries";
import { SK, isArrayLiteralExpression, isArrowFunction, isBlock, isCallExpression, isConditionalExpression, isFunctionExpression, isReturnStatement, isIdentifier, isNoSubstitutionTemplateLiteral, isObjectLiteralExpression, isParenthesizedExpression, isPropertyAccessExpression, isPropertyAssignment, isShorthandPropertyAssignment, isStringLiteral } from "./ts-syntax";
import { NO_SIGNALS, applyWords, collectWords, emptySignals, isUpperCaseLetter, kindOfExpression } from "./values";
import { WalkContext, propertyNameText, pushCandidate, readTypeNode, walk } from "./walk";

// --- schema builders ------------------------------------------------------------------------------------------------

/** `Component.extend`, `DS.Model.extend`, `Backbone.View.extend`: a capitalised class (not `Object`, `_` or `$`). */
function isClassReceiver(callee: ts.LeftHandSideExpression): boolean {
  const name = receiverName(callee);
  return !!name && name !== "Object" && isUpperCaseLetter(name.charCodeAt(0));
}
function receiverName(callee: ts.LeftHandSideExpression): string | undefined {
  if (!isPropertyAccessExpression(callee)) return undefined;
  const receiver = callee.expression;
  return isIdentifier(receiver) ? receiver.text : isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
}

/** `countries: orderBy(countries, "name")`: a list helper over a constant of the key's own name. */
function isOptionList(value: ts.Expression, key: string): boolean {
  if (!isCallExpression(value)) return false;
  const callee = calleeName(value.expression);
  return !!callee && LIST_HELPERS.has(callee) && value.arguments.some((a) => isIdentifier(a) && a.text === key);
}
const LIST_HELPERS = new Set(["orderBy", "sortBy", "uniqBy", "uniq", "map", "filter", "sort", "groupBy", "keyBy", "values", "keys", "entries", "from"]);

/**
 * `tn.t("First Name")`, `i18n.t(…)`, `intl.formatMessage(…)`, `__("Email")`: a translated label, what a form shows
 * beside a field, never the field's value.
 */
function isTranslationCall(value: ts.Expression): boolean {
  if (!isCallExpression(value) || value.arguments.length === 0) return false;
  const name = calleeName(value.expression);
  return !!name && TRANSLATION_FUNCTIONS.has(name) && (isStringish(value.arguments[0]) || isObjectLiteralExpression(value.arguments[0]));
}
const TRANSLATION_FUNCTIONS = new Set(["t", "tn", "$t", "tc", "translate", "formatMessage", "__", "_t", "i18n", "gettext", "_"]);

export function calleeName(expr: ts.LeftHandSideExpression): string | undefined {
  if (isIdentifier(expr)) return expr.text;
  if (isPropertyAccessExpression(expr)) return expr.name.text;
  return undefined;
}

/** Does this object literal look like a schema (values are builder calls, types or column definitions)? */
function looksLikeSchemaObject(obj: ts.ObjectLiteralExpression): boolean {
  let schemaish = 0;
  let plain = 0;
  for (const p of obj.properties) {
    if (isShorthandPropertyAssignment(p)) {
      plain++;
      continue;
    }
    if (!isPropertyAssignment(p)) continue;
    const v = p.initializer;
    if (isCallExpression(v) || isPropertyAccessExpression(v) || isIdentifier(v) || isObjectLiteralExpression(v) || isArrayLiteralExpression(v) || v.kind === SK.TrueKeyword) schemaish++;
    else plain++;
  }
  return schemaish > 0 && schemaish >= plain;
}

export function readSchemaCall(call: ts.CallExpression, ctx: WalkContext, hint: string | undefined, ownerPath?: string[]): boolean {
  const name = calleeName(call.expression);
  if (!name) return false;
  const args = call.arguments;
  if (args.length >= 2 && (isTableBuilder(name) || name === "createTableIfNotExists") && readKnexTable(call, args[0], args[1], ctx, hint)) return true;
  let obj: ts.ObjectLiteralExpression | undefined;
  let owner = hint;
  let via = "";
  let lib = "";
  if (OBJECT_SCHEMA_METHODS.has(name) && args[0] && isObjectLiteralExpression(args[0])) {
    const receiver = isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
    lib = receiver && isIdentifier(receiver) ? receiver.text : "";
    // `z.object({ email, image })` of field schemas declared above is a schema, though its keys are all shorthand.
    if (!looksLikeSchemaObject(args[0]) && !SCHEMA_NAMESPACES.has(lib) && !(name === "extend" && isClassReceiver(call.expression))) return false;
    obj = args[0];
    via = `${lib ? lib + "." : ""}${name}() schema key`;
  } else if (name === "extend" && args.length >= 1 && isObjectLiteralExpression(args[args.length - 1]) && isClassReceiver(call.expression)) {
    // `Component.extend(FormMixin, { email: "", buyerFirstName: oneWay("…") })` (Ember, Backbone): a class body after
    // its mixins, whose keys are the class's properties whatever their values look like.
    obj = args[args.length - 1] as ts.ObjectLiteralExpression;
    via = `${receiverName(call.expression)}.extend() property`;
  } else if (args.length >= 2 && isTableBuilder(name) && isStringish(args[0]) && columnsObject(args[1])) {
    // pgTable("users", { ... }) or the callback form pgTable("users", (t) => ({ ... }))
    obj = columnsObject(args[1]);
    // (In a migration's step, `up: async (queryInterface) => queryInterface.createTable("users", {...})`, the table's
    // own name says whose columns they are, not the step's.)
    owner = (hint !== undefined && !MIGRATION_STEP.test(hint) ? hint : undefined) ?? stringText(args[0]) ?? hint;
    via = `Drizzle ${name}() column`;
  } else if (name === "define" && args.length >= 2 && isObjectLiteralExpression(args[1]) && (isStringish(args[0]) || (isIdentifier(args[0]) && isColumnDefinitionObject(args[1])))) {
    // `define("user", {...})`, or `sequelize.define(USER_MODEL_NAME, { username: { type: DataTypes.STRING } })` whose
    // model's name is a const's.
    obj = args[1];
    // (Not a const that names nothing but a model's name, `define(modelName, …)` with the name built at run time: the
    // file's name says which model it is, `research-site.model.js`.)
    owner = stringText(args[0]) ?? hint ?? (isIdentifier(args[0]) && !MODEL_NAME_ONLY.test(args[0].text) ? args[0].text : undefined);
    via = "model define() attribute";
  } else if (name === "init" && args.length >= 1 && isObjectLiteralExpression(args[0]) && isPropertyAccessExpression(call.expression) && isColumnDefinitionObject(args[0])) {
    obj = args[0];
    const receiver = call.expression.expression;
    owner = isIdentifier(receiver) ? receiver.text : hint;
    via = "Sequelize Model.init() attribute";
  } else if (name === "Schema" && args[0] && isObjectLiteralExpression(args[0])) {
    // mongoose.Schema({...}) called without `new`
    obj = args[0];
    via = "Mongoose Schema path";
  } else if (name === "model" && args.length >= 2 && isStringish(args[0])) {
    // mongoose.model("User", new Schema({...})): the model name is the owner of the inline schema.
    for (const a of args.slice(1)) walk(a, ctx, stringText(args[0]));
    return true;
  } else if (name === "add" && args[0] && isObjectLiteralExpression(args[0]) && looksLikeSchemaObject(args[0]) && isPropertyAccessExpression(call.expression) && /schema/i.test(call.expression.expression.getText(ctx.sf))) {
    obj = args[0];
    via = "Mongoose schema.add() path";
  } else {
    return false;
  }
  if (!obj || ctx.handled.has(obj)) return false;
  ctx.handled.add(obj);
  readSchemaObject(obj, ownerPath ?? (ctx.request && owner === hint && hint ? [ctx.request, hint] : [owner ?? ctx.fileOwner]), ctx, via);
  // Keep walking the callee (z.object({...}).extend({...}) chains) and any other arguments.
  if (ownerPath && isPropertyAccessExpression(call.expression)) {
    const inner = findNestedSchemaCall(call.expression.expression);
    if (inner) readSchemaCall(inner, ctx, hint, ownerPath);
  }
  walk(call.expression, ctx, hint);
  for (const a of args) if (a !== obj) walk(a, ctx, hint);
  return true;
}

/**
 * A JSON Schema object literal (`{ type: "object", properties: { email: { type: "string", format: "email" } } }`),
 * as used by Objection's jsonSchema, Fastify route schemas and AJV.
 */
export function readJsonSchema(obj: ts.ObjectLiteralExpression, owner: string[], ctx: WalkContext): boolean {
  const props = jsonSchemaProperties(obj);
  if (!props || ctx.handled.has(props)) return false;
  ctx.handled.add(props);
  for (const p of props.properties) {
    if (!isPropertyAssignment(p) || !isObjectLiteralExpression(p.initializer)) continue;
    const name = propertyNameText(p.name);
    if (!name) continue;
    const value = p.initializer;
    if (jsonSchemaProperties(value)) {
      pushCandidate(ctx, p.name, name, owner, "object", NO_SIGNALS, false, "JSON Schema property");
      readJsonSchema(value, [...owner, name], ctx);
      continue;
    }
    const words: string[] = [];
    let kind: ValueKind = "unknown";
    for (const q of value.properties) {
      if (!isPropertyAssignment(q)) continue;
      const key = propertyNameText(q.name);
      const text = isStringLiteral(q.initializer) ? q.initializer.text : undefined;
      if (key === "type" && text) kind = JSON_SCHEMA_TYPES[text] ?? "unknown";
      else if (key === "type" && isArrayLiteralExpression(q.initializer)) {
        const first = q.initializer.elements.find((e) => isStringLiteral(e) && e.text !== "null");
        if (first && isStringLiteral(first)) kind = JSON_SCHEMA_TYPES[first.text] ?? "unknown";
      } else if (key === "format" && text) words.push(`format:${text}`);
      else if (key === "enum") kind = "enum";
    }
    const signals = emptySignals();
    applyWords(words, signals, ctx, "");
    if (kind === "string" && signals.kind === "date") kind = "date";
    pushCandidate(ctx, p.name, name, owner, kind, signals, false, "JSON Schema property");
  }
  // Other keys (required, additionalProperties, nested definitions) may hold more schemas.
  for (const p of obj.properties) if (isPropertyAssignment(p) && p.initializer !== props) walk(p.initializer, ctx, owner[owner.length - 1]);
  return true;
}

// No prototype: keys come from the scanned code, and "constructor" or "toString" must not find Object's.
const JSON_SCHEMA_TYPES: Record<string, ValueKind> = Object.assign(Object.create(null), {
  string: "string", integer: "number", number: "number", boolean: "boolean", object: "object", array: "array", null: "unknown",
});

function jsonSchemaProperties(obj: ts.ObjectLiteralExpression): ts.ObjectLiteralExpression | undefined {
  let isObjectType = false;
  let props: ts.ObjectLiteralExpression | undefined;
  for (const p of obj.properties) {
    if (!isPropertyAssignment(p)) continue;
    const key = propertyNameText(p.name);
    if (key === "type" && isStringLiteral(p.initializer) && p.initializer.text === "object") isObjectType = true;
    else if (key === "properties" && isObjectLiteralExpression(p.initializer)) props = p.initializer;
  }
  return isObjectType ? props : undefined;
}

export function readNewSchema(expr: ts.NewExpression, ctx: WalkContext, hint: string | undefined): boolean {
  const name = calleeName(expr.expression);
  const arg = expr.arguments?.[0];
  // (Meteor's `new SimpleSchema({...})` declares its keys the same way, as paths.)
  if ((name !== "Schema" && name !== "SimpleSchema") || !arg || !isObjectLiteralExpression(arg) || ctx.handled.has(arg)) return false;
  ctx.handled.add(arg);
  readSchemaObject(arg, [hint ?? ctx.fileOwner], ctx, name === "Schema" ? "Mongoose Schema path" : "SimpleSchema key");
  for (const a of expr.arguments!.slice(1)) walk(a, ctx, hint);
  return true;
}

// --- knex's schema builder -------------------------------------------------------------------------------------------

/**
 * Knex's column builders (`table.string("email")`). (Not `timestamps()`, `dropColumn` or `renameColumn`: they declare
 * no column of a name the code gives, or none at all.) Their kinds are the rules' `kinds` aliases (`string`, `integer`,
 * `timestamp`), but for the few names only knex uses, below.
 */
const KNEX_COLUMN_METHODS = new Set(["string", "text", "uuid", "char", "varchar", "mediumtext", "longtext", "binary", "inet",
  "macaddr", "citext", "integer", "bigInteger", "bigint", "tinyint", "smallint", "mediumint", "float", "double", "decimal",
  "increments", "bigIncrements", "real", "boolean", "date", "datetime", "dateTime", "time", "timestamp", "timestamptz", "enu",
  "enum", "json", "jsonb", "specificType", "geometry", "geography", "point"]);
/** ...and the kinds of those the rules' aliases do not name. */
const KNEX_ONLY_KINDS = new Map<string, ValueKind>([["binary", "string"], ["bigInteger", "number"], ["increments", "number"],
  ["bigIncrements", "number"], ["enu", "enum"]]);
/**
 * The kind of a knex column's values. (A JSON column or a database's own type can hold the personal data itself:
 * unknown, its name decides.)
 */
function knexColumnKind(method: string, ctx: WalkContext): ValueKind {
  return KNEX_ONLY_KINDS.get(method) ?? ctx.rules.kindAliases.get(method.toLowerCase()) ?? "unknown";
}

/**
 * A knex migration's table (`knex.schema.createTable("users", (table) => { table.string("email").notNullable() })`,
 * AdonisJS's `this.schema.createTable(this.tableName, …)`): each column the callback declares is a field of the table.
 * Only on a `schema` receiver, and only a callback with a block body (Drizzle's `(t) => ({ … })` is read as its object).
 */
function readKnexTable(call: ts.CallExpression, tableArg: ts.Expression, builder: ts.Expression, ctx: WalkContext, hint: string | undefined): boolean {
  if (!(isArrowFunction(builder) || isFunctionExpression(builder)) || !isBlock(builder.body) || builder.parameters.length === 0) return false;
  const param = builder.parameters[0].name;
  if (!isIdentifier(param) || !isPropertyAccessExpression(call.expression) || !/schema$/i.test(chainEndName(call.expression.expression) ?? "")) return false;
  const table = stringText(tableArg) ?? classStringProperty(tableArg, ctx) ?? hint ?? ctx.fileOwner;
  for (const statement of builder.body.statements) {
    if (statement.kind !== SK.ExpressionStatement) continue;
    // The column is the chain's first call on the builder: `table.string("email", 255).notNullable().unique()`.
    let e: ts.Expression = (statement as ts.ExpressionStatement).expression;
    let column: ts.CallExpression | undefined;
    while (isCallExpression(e) && isPropertyAccessExpression(e.expression)) {
      const receiver = e.expression.expression;
      if (isIdentifier(receiver) && receiver.text === param.text) column = e;
      e = receiver;
    }
    if (!column || column.arguments.length === 0) continue;
    const method = (column.expression as ts.PropertyAccessExpression).name.text;
    const nameArg = column.arguments[0];
    const columnName = stringText(nameArg);
    if (!KNEX_COLUMN_METHODS.has(method) || columnName === undefined) continue;
    pushCandidate(ctx, nameArg, columnName, [table], knexColumnKind(method, ctx), emptySignals(), false, `knex ${method}() column`);
  }
  walk(call.expression, ctx, hint);
  return true;
}

/** The last name of a receiver (`knex.schema` -> schema, `this.schema` -> schema, `knex.schema.withSchema("x")` -> schema). */
function chainEndName(e: ts.Expression): string | undefined {
  // (A loop, not recursion: a chain of calls may be thousands of links deep.)
  while (isCallExpression(e) && isPropertyAccessExpression(e.expression)) e = e.expression.expression;
  if (isPropertyAccessExpression(e)) return e.name.text;
  return isIdentifier(e) ? e.text : undefined;
}

/**
 * `this.tableName` in a class whose property `tableName = "users"` says it: the string. (Read from the file's text:
 * the walk keeps no parents, and a migration's class declares the property once.)
 */
function classStringProperty(e: ts.Expression, ctx: WalkContext): string | undefined {
  if (!isPropertyAccessExpression(e) || e.expression.kind !== SK.ThisKeyword) return undefined;
  // (Searched, not matched by a RegExp built from the file's text: `tableName = "users"`, `tableName: string = 'users'`.)
  const text = ctx.sf.text;
  const name = e.name.text;
  // (Broken code parses `this.` with an empty name: nothing to look for.)
  if (name === "") return undefined;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (at > 0 && /[\w$]/.test(text[at - 1])) continue;
    const declared = PROPERTY_STRING.exec(text.slice(at + name.length, at + name.length + 200));
    if (declared) return declared[1];
  }
  return undefined;
}
/** What follows a property's name where it is given a string: `= "users"`, `: string = 'users'`. */
const PROPERTY_STRING = /^\s*(?::\s*string\s*)?=\s*["'`]([\w.-]+)["'`]/;

/** The columns object of a table builder: an object literal, or an arrow function returning one. */
export function columnsObject(e: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (isObjectLiteralExpression(e)) return e;
  if (isArrowFunction(e)) {
    let body: ts.Node = e.body;
    while (isParenthesizedExpression(body)) body = body.expression;
    if (isObjectLiteralExpression(body)) return body;
  }
  return undefined;
}

function isStringish(e: ts.Expression): boolean {
  return isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e);
}

/** A migration's steps (Sequelize's and knex's `up` and `down`, TypeORM's `up`, a Rails-like `change`). */
const MIGRATION_STEP = /^(?:up|down|change|migrate|rollback)$/;

/** A variable's name that says only that it holds a model's or a table's name (`modelName`, `TABLE_NAME`, `name`). */
const MODEL_NAME_ONLY = /^(?:(?:model|table|collection|entity|schema)_?(?:name)?|name)$/i;

function stringText(e: ts.Expression): string | undefined {
  return isStringLiteral(e) || isNoSubstitutionTemplateLiteral(e) ? e.text : undefined;
}

/** Sequelize/Mongoose column definitions: `DataTypes.STRING` or `{ type: ..., allowNull: ... }`. */
function isColumnDefinitionObject(obj: ts.ObjectLiteralExpression): boolean {
  return obj.properties.some((p) => {
    if (!isPropertyAssignment(p)) return false;
    const v = p.initializer;
    // Identifier text, not getText(): the tree has no parent pointers, and getText() on such a node throws.
    const dataTypes = (e: ts.Expression) => ts.isIdentifier(e) && /^(DataTypes|Sequelize|DataType)$/.test(e.text);
    if (isPropertyAccessExpression(v)) return dataTypes(v.expression);
    if (isCallExpression(v) && isPropertyAccessExpression(v.expression)) return dataTypes(v.expression.expression);
    if (isObjectLiteralExpression(v)) return v.properties.some((q) => q.name && propertyNameText(q.name as ts.PropertyName) === "type");
    return false;
  });
}

/** Mongoose/Sequelize field options object (`{ type: String, required: true }`) rather than a nested sub-schema. */
function isFieldOptions(obj: ts.ObjectLiteralExpression): boolean {
  return obj.properties.some((p) => {
    if (!isPropertyAssignment(p) && !isShorthandPropertyAssignment(p)) return false;
    const key = propertyNameText(p.name);
    if (key !== "type") return false;
    // Mongoose reads `type: { type: String }` as a nested path literally named "type" (GeoJSON's `{ type: { type:
    // String, enum: ["Point"] }, coordinates: [Number] }`); `type: { street: String }` is a subdocument's type.
    return !(isPropertyAssignment(p) && isObjectLiteralExpression(p.initializer) && isFieldOptions(p.initializer));
  });
}

/** The subdocument a field's options give as its type (`type: { street: String }`, `type: [{ street: String }]`). */
function subdocumentType(options: ts.ObjectLiteralExpression): { keys: ts.ObjectLiteralExpression; array: boolean } | undefined {
  for (const p of options.properties) {
    if (!isPropertyAssignment(p) || propertyNameText(p.name) !== "type") continue;
    const t = p.initializer;
    if (isObjectLiteralExpression(t) && t.properties.length > 0 && !isFieldOptions(t)) return { keys: t, array: false };
    if (isArrayLiteralExpression(t) && t.elements.length === 1 && isObjectLiteralExpression(t.elements[0]) && t.elements[0].properties.length > 0 && !isFieldOptions(t.elements[0])) return { keys: t.elements[0], array: true };
  }
  return undefined;
}

function readSchemaObject(obj: ts.ObjectLiteralExpression, owner: string[], ctx: WalkContext, via: string): void {
  for (const p of obj.properties) {
    if (isShorthandPropertyAssignment(p)) {
      // `{ email }` referencing a schema defined above (`const email = z.string().email()`): what that const holds.
      pushCandidate(ctx, p.name, p.name.text, owner, "unknown", NO_SIGNALS, false, via, { name: ownCopy(p.name.text), array: false });
      continue;
    }
    if (!isPropertyAssignment(p)) continue;
    const key = propertyNameText(p.name);
    // A computed key (`[idPrefix]: z.object({ firstName })`, a schema a function builds for a prefix it is given):
    // its own name is not known, what it holds is still the schema's.
    if (!key) {
      walk(p.initializer, ctx, owner[owner.length - 1]);
      continue;
    }
    // Keys that are paths (Meteor's SimpleSchema, Mongoose's `add`): `"profile.fullname"` is `fullname` under `profile`,
    // `"emails.$.address"` the `address` of each of `emails`.
    const path = key.includes(".") ? key.split(".").filter((part) => part !== "$" && part !== "") : undefined;
    if (path && path.length === 0) continue;
    const name = path ? path[path.length - 1] : key;
    // (Reported as written, the way a reader finds it: `"profile.fullname"`.)
    const written = path ? key : undefined;
    const keyOwner = path && path.length > 1 ? [...owner, ...path.slice(0, -1)] : owner;
    // A mapped key (APIMatic's SDKs: `holderName: ["holder_name", string()]`): the schema after its wire name.
    const value = isMappedSchemaEntry(p.initializer) ? p.initializer.elements[1] : p.initializer;
    // A translated label, or a list built from a constant of the same name (`countries: orderBy(countries, "name")`,
    // the options a form offers): what the form shows, not what a person entered.
    if (isTranslationCall(value) || isOptionList(value, name)) continue;
    // Backbone's (and its kin's) `Model.extend({ defaults: { FirstName: null } })`: the model's attributes with their
    // initial values, so its own fields (`_.extend({}, Parent.prototype.defaults, {...})` adds to the parent's).
    if (name === "defaults" && owner.length === 1 && via.includes(".extend()")) {
      const attributes = isObjectLiteralExpression(value) ? value : lastObjectArgument(value);
      if (attributes) {
        ctx.handled.add(attributes);
        readSchemaObject(attributes, owner, ctx, via);
        continue;
      }
    }
    const signals = emptySignals();
    if (isObjectLiteralExpression(value)) {
      // Options whose type is a subdocument written in place (`{ type: { bankName: String }, select: false }`,
      // `{ type: [{ street: String }], default: [] }`): its keys are fields under this one, as without the options.
      const subdocument = isFieldOptions(value) ? subdocumentType(value) : undefined;
      if (subdocument) {
        ctx.handled.add(subdocument.keys);
        pushCandidate(ctx, p.name, name, keyOwner, "object", signals, false, via, inlineSchemaRef(subdocument.keys, name, subdocument.array, ctx), written);
        readSchemaObject(subdocument.keys, [...keyOwner, name], ctx, via);
      } else if (isFieldOptions(value)) {
        const words: string[] = [];
        collectWords(value, words, 0);
        applyWords(words, signals, ctx, "");
        // `{ type: [String] }`, `{ type: Schema.Types.ObjectId, ref: "User" }`
        pushCandidate(ctx, p.name, name, keyOwner, signals.kind ?? "unknown", signals, false, via, undefined, written);
      } else {
        ctx.handled.add(value);
        pushCandidate(ctx, p.name, name, keyOwner, "object", signals, false, via, inlineSchemaRef(value, name, false, ctx), written);
        readSchemaObject(value, [...keyOwner, name], ctx, via);
      }
      continue;
    }
    if (isArrayLiteralExpression(value) && value.elements.length === 1 && isObjectLiteralExpression(value.elements[0]) && !isFieldOptions(value.elements[0])) {
      // Mongoose array of sub-documents: [{ street: String }]
      ctx.handled.add(value.elements[0]);
      pushCandidate(ctx, p.name, name, keyOwner, "object", signals, false, via, inlineSchemaRef(value.elements[0], name, true, ctx), written);
      readSchemaObject(value.elements[0], [...keyOwner, name], ctx, via);
      continue;
    }
    const nested = findNestedSchemaCalls(value);
    if (nested.length) {
      const keys = nested[0].arguments[0];
      const array = chainCalls(value).some((c) => c.name === "array");
      pushCandidate(ctx, p.name, name, keyOwner, "object", signals, false, via, keys && isObjectLiteralExpression(keys) ? inlineSchemaRef(keys, name, array, ctx) : undefined, written);
      // The nested schemas' keys belong under this key (each object of `Type.Composite([...])` or `z.union([...])`).
      for (const call of nested) readSchemaCall(call, ctx, name, [...keyOwner, name]);
      continue;
    }
    const words: string[] = [];
    // `Schema.Types.String`: the type is the last name; the namespace words before it say nothing.
    if (isPropertyAccessExpression(value) && !isCallExpression(value.expression)) words.push(value.name.text);
    else collectWords(value, words, 0);
    applyWords(words, signals, ctx, "");
    let kind = signals.kind ?? (isIdentifier(value) || isPropertyAccessExpression(value) ? "unknown" : kindOfExpression(value, ctx));
    if (isArrayLiteralExpression(value)) kind = "array"; // Mongoose `[String]`
    const evidenceWords = words.filter((w) => ctx.rules.validatorAliases.has(w.toLowerCase()));
    signals.validators = signals.validators.map((v) => ({ name: v.name, evidence: evidenceWords.length ? `.${evidenceWords[0]}()` : v.evidence }));
    // A JSON column typed in place (Drizzle's `json("properties").$type<{ city: string; browser: string }>()`): the
    // object it holds, whose members are the column's parts.
    const typed = chainCalls(value).find((c) => c.name === "$type" && c.call.typeArguments?.length === 1)?.call.typeArguments![0];
    pushCandidate(ctx, p.name, name, keyOwner, typed && ts.isTypeLiteralNode(typed) ? "object" : kind, signals, false, via, signals.system ? undefined : refOfSchemaValue(value), written);
    if (typed) readTypeNode(typed, [...keyOwner, name], ctx);
  }
}

/** `["wire_name", schema()]`: a key's name on the wire and its schema, as a code generator writes them. */
function isMappedSchemaEntry(value: ts.Expression): value is ts.ArrayLiteralExpression {
  return isArrayLiteralExpression(value) && value.elements.length === 2 && isStringLiteral(value.elements[0]) && isCallExpression(value.elements[1]);
}

/** The object that `_.extend({}, base, {...})` or `Object.assign({}, base, {...})` adds last, if written in place. */
function lastObjectArgument(value: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (!isCallExpression(value) || !MERGE_CALLS.has(calleeName(value.expression) ?? "")) return undefined;
  const last = value.arguments[value.arguments.length - 1];
  return last && isObjectLiteralExpression(last) ? last : undefined;
}
const MERGE_CALLS = new Set(["extend", "assign", "defaults", "merge"]);

/**
 * A nested schema object as the key's own value (`location: z.object({ street, city })`, Mongoose `home: { street:
 * String }`): classified by what its keys are parts of, as a type literal is (an object of address parts is an address).
 */
function inlineSchemaRef(keys: ts.ObjectLiteralExpression, field: string, array: boolean, ctx: WalkContext): TypeRef {
  return { name: ownCopy(field), array, inline: objectShape(objectMemberNames(keys), ctx.rules) };
}

/** The schema const a schema key's value is built from (`ZIpSchema.optional()`, `z.array(AddressSchema)`), if any. */
function refOfSchemaValue(value: ts.Expression): TypeRef | undefined {
  const root = chainRoot(value);
  if (!root) return undefined;
  const calls = isCallExpression(value) ? chainCalls(value) : [];
  if (!BUILDER_ROOTS.has(root.text)) return isUpperCaseLetter(root.text.charCodeAt(0)) || /schema$/i.test(root.text) ? { name: ownCopy(root.text), array: false } : undefined;
  const array = calls.find((c) => c.name === "array");
  const inner = array?.call.arguments[0];
  const innerRoot = inner && chainRoot(inner);
  return innerRoot && !BUILDER_ROOTS.has(innerRoot.text) ? { name: ownCopy(innerRoot.text), array: true } : undefined;
}

/** `z.object({...})`, `z.array(z.object({...}))`, `yup.object().shape({...})` as a key's value: a nested schema. */
function findNestedSchemaCall(value: ts.Expression): ts.CallExpression | undefined {
  return findNestedSchemaCalls(value, true)[0];
}

/** Links of a call chain walked to find the object schema it starts from (`.min(1).max(5).required()` are six). */
const MAX_CHAIN_LINKS = 24;

/** The object schemas a key's value is built from, outermost first (`Type.Partial(Type.Object({...}))`, each element of `Type.Composite([...])`). */
function findNestedSchemaCalls(value: ts.Expression, firstOnly = false): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  // (Nesting is counted apart from the links of a chain: `Joi.array().items(Joi.object().keys({…})).min(1).max(500)
  // .required()` holds its object four links down, and a chain is walked link by link only so far.)
  const visit = (n: ts.Node, depth: number, links = 0): void => {
    if ((firstOnly && found.length) || depth > 6 || links > MAX_CHAIN_LINKS) return;
    if (isCallExpression(n)) {
      const name = calleeName(n.expression);
      if (name && OBJECT_SCHEMA_METHODS.has(name) && n.arguments[0] && isObjectLiteralExpression(n.arguments[0])) {
        found.push(n);
        return;
      }
      visit(n.expression, depth, links + 1);
      n.arguments.forEach((a) => visit(a, depth + 1));
    } else if (isPropertyAccessExpression(n)) {
      visit(n.expression, depth, links + 1);
    } else if (isArrayLiteralExpression(n)) {
      n.elements.forEach((e) => visit(e, depth + 1));
    } else if (isParenthesizedExpression(n)) {
      visit(n.expression, depth);
    } else if (isConditionalExpression(n)) {
      visit(n.whenTrue, depth + 1);
      visit(n.whenFalse, depth + 1);
    } else if (isObjectLiteralExpression(n) && depth > 0) {
      // yup's older options form, `.when("x", { is: true, then: (schema) => schema.shape({...}) })`.
      for (const p of n.properties) if (isPropertyAssignment(p) && (isArrowFunction(p.initializer) || isFunctionExpression(p.initializer))) visit(p.initializer, depth + 1);
    } else if (isArrowFunction(n) || isFunctionExpression(n)) {
      // A conditional schema (yup's `.when(["isSame"], ([same], schema) => same ? schema : schema.shape({ email }))`):
      // the object schema a callback returns is the key's.
      if (!isBlock(n.body)) visit(n.body, depth + 1);
      else for (const st of n.body.statements) if (isReturnStatement(st) && st.expression) visit(st.expression, depth + 1);
    }
  };
  visit(value, 0);
  return found;
}
