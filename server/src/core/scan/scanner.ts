/**
 * Scanner: extracts field declarations from one file's text and classifies them. A file's findings depend only on its
 * text and the rules, so the editor can rescan one file per keystroke and the CLI can scan files in any order or thread.
 *
 * TypeScript/JavaScript is parsed with the TypeScript parser bundled in ts-morph (no program, no type checker) and walked
 * with `ts.forEachChild`; Prisma schemas have their own small parser (prisma.ts).
 */
import * as path from "path";
import { ts } from "ts-morph";
import { anchorsOf, classifyFile, judgeAll, type FieldCandidate } from "../classify/classifier";
import { classifyPending, emptySummary, ProjectIndex, type FileSummary, type PendingField, type Shape, type TypeRef } from "../index/project-index";
// The schema builders are named in inert-bodies.ts, whose lexer must know every one of them (it keeps their bodies).
import { mayBlankBodies, isTableBuilder, OBJECT_SCHEMA_METHODS, planParse, type ParsePlan } from "./inert-bodies";
import { ownCopy } from "../classify/names";
import { scanPrisma } from "./prisma";
import type { RuleSet, ValueKind } from "../classify/rules";
import { readSourceFile, skipNote } from "./files";
import { parseSuppressions, type Suppression } from "./suppressions";
import type { FileScanResult, Range, ScanNote } from "../types";

/*
 * ts-morph's bundled TypeScript exposes its API through getters on an object of ~2,000 properties, and SyntaxKind is
 * an enum of ~800 entries: property reads on either are slow dictionary lookups. The walk touches them for every node
 * of every file, so the few it needs are read once, here.
 */
const SK = {
  AnyKeyword: ts.SyntaxKind.AnyKeyword,
  ArrayLiteralExpression: ts.SyntaxKind.ArrayLiteralExpression,
  ArrowFunction: ts.SyntaxKind.ArrowFunction,
  AsExpression: ts.SyntaxKind.AsExpression,
  SatisfiesExpression: ts.SyntaxKind.SatisfiesExpression,
  BarBarToken: ts.SyntaxKind.BarBarToken,
  BigIntKeyword: ts.SyntaxKind.BigIntKeyword,
  BigIntLiteral: ts.SyntaxKind.BigIntLiteral,
  BinaryExpression: ts.SyntaxKind.BinaryExpression,
  BooleanKeyword: ts.SyntaxKind.BooleanKeyword,
  CallExpression: ts.SyntaxKind.CallExpression,
  ClassDeclaration: ts.SyntaxKind.ClassDeclaration,
  ClassExpression: ts.SyntaxKind.ClassExpression,
  EqualsEqualsEqualsToken: ts.SyntaxKind.EqualsEqualsEqualsToken,
  EqualsEqualsToken: ts.SyntaxKind.EqualsEqualsToken,
  EqualsToken: ts.SyntaxKind.EqualsToken,
  ExclamationEqualsEqualsToken: ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ExclamationEqualsToken: ts.SyntaxKind.ExclamationEqualsToken,
  ExclamationToken: ts.SyntaxKind.ExclamationToken,
  ExportAssignment: ts.SyntaxKind.ExportAssignment,
  ExportDeclaration: ts.SyntaxKind.ExportDeclaration,
  FalseKeyword: ts.SyntaxKind.FalseKeyword,
  FirstTypeNode: ts.SyntaxKind.FirstTypeNode,
  FunctionExpression: ts.SyntaxKind.FunctionExpression,
  FunctionDeclaration: ts.SyntaxKind.FunctionDeclaration,
  MethodDeclaration: ts.SyntaxKind.MethodDeclaration,
  GreaterThanToken: ts.SyntaxKind.GreaterThanToken,
  ImportDeclaration: ts.SyntaxKind.ImportDeclaration,
  InterfaceDeclaration: ts.SyntaxKind.InterfaceDeclaration,
  JsxElement: ts.SyntaxKind.JsxElement,
  JsxFragment: ts.SyntaxKind.JsxFragment,
  JsxSelfClosingElement: ts.SyntaxKind.JsxSelfClosingElement,
  LastTypeNode: ts.SyntaxKind.LastTypeNode,
  LessThanToken: ts.SyntaxKind.LessThanToken,
  NeverKeyword: ts.SyntaxKind.NeverKeyword,
  NewExpression: ts.SyntaxKind.NewExpression,
  NoSubstitutionTemplateLiteral: ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  NullKeyword: ts.SyntaxKind.NullKeyword,
  NumberKeyword: ts.SyntaxKind.NumberKeyword,
  NumericLiteral: ts.SyntaxKind.NumericLiteral,
  ObjectKeyword: ts.SyntaxKind.ObjectKeyword,
  ObjectLiteralExpression: ts.SyntaxKind.ObjectLiteralExpression,
  PrivateKeyword: ts.SyntaxKind.PrivateKeyword,
  PropertyAssignment: ts.SyntaxKind.PropertyAssignment,
  ProtectedKeyword: ts.SyntaxKind.ProtectedKeyword,
  PublicKeyword: ts.SyntaxKind.PublicKeyword,
  QuestionQuestionToken: ts.SyntaxKind.QuestionQuestionToken,
  ReadonlyKeyword: ts.SyntaxKind.ReadonlyKeyword,
  StringKeyword: ts.SyntaxKind.StringKeyword,
  StringLiteral: ts.SyntaxKind.StringLiteral,
  TemplateExpression: ts.SyntaxKind.TemplateExpression,
  ThisKeyword: ts.SyntaxKind.ThisKeyword,
  TrueKeyword: ts.SyntaxKind.TrueKeyword,
  TypeAliasDeclaration: ts.SyntaxKind.TypeAliasDeclaration,
  UndefinedKeyword: ts.SyntaxKind.UndefinedKeyword,
  UnknownKeyword: ts.SyntaxKind.UnknownKeyword,
  VariableDeclaration: ts.SyntaxKind.VariableDeclaration,
  VoidKeyword: ts.SyntaxKind.VoidKeyword,
} as const;
const {
  canHaveDecorators,
  createSourceFile,
  flattenDiagnosticMessageText,
  forEachChild,
  getDecorators,
  getModifiers,
  isArrayLiteralExpression,
  isArrayTypeNode,
  isArrowFunction,
  isAsExpression,
  isBinaryExpression,
  isBlock,
  isCallExpression,
  isClassDeclaration,
  isConstructorDeclaration,
  isConstructorTypeNode,
  isEnumDeclaration,
  isExpressionStatement,
  isFunctionTypeNode,
  isGetAccessorDeclaration,
  isIdentifier,
  isInterfaceDeclaration,
  isIntersectionTypeNode,
  isLiteralTypeNode,
  isMappedTypeNode,
  isMethodDeclaration,
  isMethodSignature,
  isModuleBlock,
  isModuleDeclaration,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNonNullExpression,
  isNumericLiteral,
  isObjectLiteralExpression,
  isParenthesizedExpression,
  isParenthesizedTypeNode,
  isPrefixUnaryExpression,
  isPrivateIdentifier,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isPropertyDeclaration,
  isPropertySignature,
  isQualifiedName,
  isSatisfiesExpression,
  isSetAccessorDeclaration,
  isShorthandPropertyAssignment,
  isSourceFile,
  isStringLiteral,
  isTemplateLiteralTypeNode,
  isTupleTypeNode,
  isTypeAliasDeclaration,
  isTypeLiteralNode,
  isTypeOperatorNode,
  isTypeReferenceNode,
  isUnionTypeNode,
  isVariableDeclaration,
  isVariableDeclarationList,
  isVariableStatement,
} = ts;

// Which files are scannable is decided without the compiler (files.ts), so callers need not load it to ask.
export { isScannableFile, PRISMA_EXTENSION, SOURCE_EXTENSIONS } from "./files";
import { PRISMA_EXTENSION } from "./files";

export interface ScanOptions {
  /** Files larger than this (in UTF-16 code units of text) are skipped with one note. Default 2 MB. */
  maxFileSize?: number;
  /** Skip parsing function bodies that cannot declare a field (default true; false parses everything, for tests). */
  skipInertBodies?: boolean;
  /** The text with its inert bodies blanked, when a reader thread already did it; null: it found nothing to blank. */
  blankedText?: string | null;
  /**
   * Leave the fields typed by a name (`address: AddressDto`) unclassified, in `pending`, with the file's `summary`,
   * for a project pass that sees every file (project-index.ts). Default false: they are resolved within the file.
   */
  deferReferences?: boolean;
}

export { DEFAULT_MAX_FILE_SIZE } from "../types";

/** Scan one file's text. Never throws on bad input: problems become notes. */
export function scanSource(file: string, text: string, rules: RuleSet, options: ScanOptions = {}): FileScanResult {
  const result: FileScanResult = { file, findings: [], suppressed: [], notes: [] };
  const skip = skipNote(file, text, options.maxFileSize);
  if (skip) {
    result.notes.push(skip);
    return result;
  }
  let candidates: FieldCandidate[];
  let summary: FileSummary;
  try {
    if (file.toLowerCase().endsWith(PRISMA_EXTENSION)) {
      const prisma = scanPrisma(text, rules);
      candidates = prisma.candidates;
      summary = prisma.summary;
      for (const n of prisma.notes) result.notes.push({ file, ...n });
    } else {
      const extracted = extractTypeScript(file, text, rules, options.skipInertBodies ?? true, options.blankedText);
      candidates = extracted.candidates;
      summary = extracted.summary;
      result.notes.push(...extracted.notes);
    }
  } catch (err) {
    return scanFailed(result, err);
  }
  return classifyInto(result, candidates, summary, parseSuppressions(text), rules, options.deferReferences ?? false);
}

/**
 * Scan a file from its blanked text alone (a reader thread blanked it, parsed its suppression comments and checked
 * it with {@link skipNote}). Same result as {@link scanSource} on the original: when the blanked text does not parse
 * cleanly, the original is read again and scanned whole.
 */
export function scanBlankedSource(file: string, blanked: string, suppressions: Suppression[], rules: RuleSet, options: ScanOptions = {}): FileScanResult {
  const extracted = extractBlanked(file, blanked, rules, options);
  if ("result" in extracted) return extracted.result;
  return classifyInto({ file, findings: [], suppressed: [], notes: [] }, extracted.candidates, extracted.summary, suppressions, rules, options.deferReferences ?? false);
}

function scanFailed(result: FileScanResult, err: unknown): FileScanResult {
  // A parser bug must not take down a workspace scan: report it on the file and move on.
  result.notes.push({ file: result.file, severity: "error", code: "scan-failed", message: `could not scan: ${(err as Error).message}` });
  return result;
}

/**
 * Classifies a file's fields. Those typed by a name become pending fields, with the anchors of their owner (what the
 * fields beside them say), and are classified against the index: the project's, later, when `defer` is set; else
 * one made of this file alone.
 */
function classifyInto(result: FileScanResult, candidates: FieldCandidate[], summary: FileSummary, suppressions: Suppression[], rules: RuleSet, defer: boolean): FileScanResult {
  const direct: FieldCandidate[] = [];
  const pending: PendingField[] = [];
  const byOwner = new Map<string[], FieldCandidate[]>();
  for (const c of candidates) {
    if (!(c as TsFieldCandidate).ref) {
      direct.push(c);
      continue;
    }
    const group = byOwner.get(c.owner) ?? byOwner.set(c.owner, candidates.filter((o) => o.owner === c.owner || o.owner.join(".") === c.owner.join("."))).get(c.owner)!;
    const ref = (c as TsFieldCandidate).ref!;
    const range = c.range;
    pending.push({
      name: ownCopy(c.name), range, owner: c.owner.map(ownCopy), kind: c.kind, validators: c.validators, accessor: c.accessor,
      container: c.container, system: c.system, via: c.via, ref, anchors: anchorsOf(judgeAll(group, rules), group),
      suppressions: suppressions.filter((x) => x.kind === "file" || x.targetLine === range.start.line),
    });
  }
  const { findings, suppressed } = classifyFile(result.file, direct, suppressions, rules);
  result.findings.push(...findings);
  result.suppressed.push(...suppressed);
  if (defer) {
    result.summary = summary;
    if (pending.length) result.pending = pending;
  } else if (pending.length) {
    const own = classifyPending(result.file, pending, new ProjectIndex([[result.file, summary]]), rules);
    result.findings.push(...own.findings);
    result.suppressed.push(...own.suppressed);
    result.findings.sort(byPosition);
    result.suppressed.sort(byPosition);
  }
  return result;
}

function byPosition(a: { range: Range }, b: { range: Range }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * The field candidates of a blanked text; or, when the blanked text does not parse cleanly, the whole result of
 * scanning the original (read again).
 */
function extractBlanked(file: string, blanked: string, rules: RuleSet, options: ScanOptions = {}): Extraction | { result: FileScanResult } {
  const result: FileScanResult = { file, findings: [], suppressed: [], notes: [] };
  try {
    const sf = parse(file, blanked);
    if (parseDiagnosticsOf(sf).length === 0) return { ...extractCandidates(file, sf, rules), notes: [] };
  } catch (err) {
    return { result: scanFailed(result, err) };
  }
  const read = readSourceFile(file, options.maxFileSize);
  if ("note" in read) return { result: { ...result, notes: [read.note] } };
  return { result: scanSource(file, read.text, rules, { ...options, blankedText: null }) };
}

// ---------------------------------------------------------------------------------------------------------------------
// TypeScript / JavaScript

function scriptKindFor(file: string): ts.ScriptKind {
  const ext = path.extname(file).toLowerCase();
  switch (ext) {
    case ".tsx":
      return ts.ScriptKind.TSX;
    case ".jsx":
      return ts.ScriptKind.JSX;
    case ".js":
    case ".mjs":
    case ".cjs":
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
}

/** Local declarations that decide whether a type reference is a container or an enum. */
interface LocalTypes {
  objects: Set<string>;
  enums: Set<string>;
}

// No prototype: keys come from the scanned code, and "constructor" or "toString" must not find Object's.
const PRIMITIVE_REFERENCES: Record<string, ValueKind> = Object.assign(Object.create(null), {
  Date: "date", String: "string", Number: "number", Boolean: "boolean", BigInt: "number", Decimal: "number",
  Dayjs: "date", Moment: "date", DateTime: "date", Timestamp: "date", Buffer: "string", Uint8Array: "string",
  Array: "array", ReadonlyArray: "array", Set: "array", Record: "object", Map: "object", Promise: "function",
  Function: "function", ObjectId: "object", Collection: "object", Reference: "object", Ref: "object", Rel: "object",
  Relation: "object", Types: "object", Json: "unknown", JsonValue: "unknown", URL: "string",
});
/** UI nodes, element refs, handlers and state setters: what a component is given to render or call, not data. */
const UI_TYPE = /^(?:HTML\w*Element|SVG\w*Element|Element|ReactNode|ReactElement|ReactChild|ReactPortal|RefObject|MutableRefObject|ForwardedRef|\w*EventHandler|\w*Handler|\w*Callback|Dispatch|SetStateAction|ComponentType|FC|FunctionComponent|VoidFunction|CSSProperties|SxProps|StyleProp|ViewStyle|TextStyle|IconType|LucideIcon)$/;
/** Wrappers whose first type argument is what the field holds. */
const TRANSPARENT_GENERICS = new Set(["Partial", "Required", "Readonly", "NonNullable", "Maybe", "Nullable", "Optional", "Opt", "Hidden", "Generated", "ColumnType", "Lazy", "InputMaybe", "Scalars"]);
const CONTAINER_SUFFIX = /(Dto|DTO|Entity|Model|Input|Schema|Document|Doc|Props|Details|Detail|Info|Data|Object|Record|Attributes|Attrs|Payload|Response|Request|Args|Fields|Form|Values|Shape|Row|Profile|Info)$/;
const ENUM_SUFFIX = /(Type|Status|Kind|Level|Group|Enum|Category|Code|Option|Choice|Range|Bracket|Band|State)$/;

/**
 * What a referenced type's name says it holds, by its suffix. Type names repeat across files, and an end-anchored
 * alternation is tried at every position of the name: each name is matched once.
 */
const suffixKinds = new Map<string, ValueKind>();
function kindBySuffix(name: string): ValueKind {
  let kind = suffixKinds.get(name);
  if (kind) return kind;
  kind = CONTAINER_SUFFIX.test(name) ? "object" : ENUM_SUFFIX.test(name) ? "enum" : "ref";
  if (suffixKinds.size > 20_000) suffixKinds.clear();
  suffixKinds.set(ownCopy(name), kind);
  return kind;
}

function looksLikeModelName(name: string): boolean {
  return name.endsWith("Schema") || name.endsWith("Dto") || name.endsWith("Model");
}

const isUpperCaseLetter = (c: number): boolean => c >= 65 && c <= 90;

interface Extraction {
  candidates: FieldCandidate[];
  notes: ScanNote[];
  summary: FileSummary;
}

function parse(file: string, text: string): ts.SourceFile {
  // JSDoc is never read here: not parsing it saves time and garbage on every file.
  return createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKindFor(file));
}

function parseDiagnosticsOf(sf: ts.SourceFile): ts.DiagnosticWithLocation[] {
  return (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

/**
 * Parses the text, with its inert function bodies blanked when that is safe (same positions, same findings); or
 * undefined when nothing in the file can declare a field, so there is nothing to parse (see planParse).
 */
function parseSkippingInertBodies(file: string, text: string, blankedText?: string | null): ts.SourceFile | undefined {
  let blanked = blankedText;
  if (blanked === undefined) {
    const plan: ParsePlan = mayBlankBodies(file, text) ? planParse(text) : { kind: "whole" };
    if (plan.kind === "nothing") return undefined;
    blanked = plan.kind === "blanked" ? plan.text : null;
  }
  if (blanked) {
    const sf = parse(file, blanked);
    if (parseDiagnosticsOf(sf).length === 0) return sf;
  }
  return parse(file, text);
}

export function extractTypeScript(file: string, text: string, rules: RuleSet, skipInertBodies = true, blankedText?: string | null): Extraction {
  const sf = skipInertBodies ? parseSkippingInertBodies(file, text, blankedText) : parse(file, text);
  if (!sf) return { candidates: [], notes: [], summary: emptySummary() };
  const notes: ScanNote[] = [];
  const diagnostics = parseDiagnosticsOf(sf);
  if (diagnostics.length > 0) {
    const d = diagnostics[0];
    notes.push({
      file,
      severity: "warning",
      code: "syntax-error",
      range: rangeOf(sf, d.start, d.start + (d.length ?? 0)),
      message: `syntax error (scanned what could be parsed): ${flattenDiagnosticMessageText(d.messageText, " ")}${diagnostics.length > 1 ? ` (+${diagnostics.length - 1} more)` : ""}`,
    });
  }
  return { ...extractCandidates(file, sf, rules), notes };
}

/** The field candidates of a parsed file, and its summary (what its named declarations hold). */
function extractCandidates(file: string, sf: ts.SourceFile, rules: RuleSet): { candidates: FieldCandidate[]; summary: FileSummary } {
  const summary = emptySummary();
  const locals = collectLocalTypes(sf, rules, summary);
  const out: FieldCandidate[] = [];
  const fileOwner = path.basename(file).replace(/\.[^.]+$/, "");
  const ctx: WalkContext = { sf, rules, locals, out, handled: new Set(), fileOwner, hint: undefined };
  const outer = walking;
  walking = ctx;
  try {
    walk(sf, ctx, undefined);
  } finally {
    walking = outer;
  }
  return { candidates: out, summary };
}

/**
 * The file being walked, for {@link visitChild}. One module-level visitor instead of a closure per file: measured on
 * the bench corpus, a fresh closure per file kept whole syntax trees alive while V8 was still warming the code up
 * (~5 MB promoted per young-generation GC, 3x the GC time of the parse alone).
 */
let walking: WalkContext | undefined;

function visitChild(child: ts.Node): void {
  walk(child, walking!, walking!.hint);
}

interface WalkContext {
  sf: ts.SourceFile;
  rules: RuleSet;
  locals: LocalTypes;
  out: FieldCandidate[];
  /** Object literals already read as schemas (so nested walks do not read them twice). */
  handled: Set<ts.Node>;
  fileOwner: string;
  /** The owner hint for the children being walked (read by {@link visitChild}). */
  hint: string | undefined;
}

/**
 * The file's top-level (and namespace-level) declarations: which names are objects or enums here (for the walk), and
 * the summary other files resolve their references against (project-index.ts).
 */
function collectLocalTypes(sf: ts.SourceFile, rules: RuleSet, summary: FileSummary): LocalTypes {
  const locals: LocalTypes = { objects: new Set(), enums: new Set() };
  const declare = (name: string, shape: Shape) => {
    if (name !== "__proto__") summary.declarations[ownCopy(name)] = shape; // plain objects: cross threads as they are
  };
  const visit = (node: ts.Node): void => {
    if (isInterfaceDeclaration(node) || isClassDeclaration(node)) {
      if (node.name) {
        locals.objects.add(node.name.text);
        const members: string[] = [];
        for (const m of node.members as ts.NodeArray<ts.Node>) {
          const n = (m as { name?: ts.PropertyName }).name;
          if ((isPropertySignature(m) || isPropertyDeclaration(m)) && n) {
            const text = propertyNameText(n);
            if (text) members.push(ownCopy(text));
          }
        }
        declare(node.name.text, { kind: "object", members });
      }
    } else if (isEnumDeclaration(node)) {
      locals.enums.add(node.name.text);
      declare(node.name.text, { kind: "enum" });
    } else if (isTypeAliasDeclaration(node)) {
      if (isStringLiteralUnion(node.type)) locals.enums.add(node.name.text);
      else if (containsTypeLiteral(node.type)) locals.objects.add(node.name.text);
      const shape = shapeOfType(node.type);
      if (shape) declare(node.name.text, shape);
    } else if (isVariableDeclaration(node) && isIdentifier(node.name) && node.initializer) {
      // `const Role = { ADMIN: "admin" } as const` is an enum in JS clothing; `const addressSchema = z.object(...)` a container.
      if (looksLikeModelName(node.name.text)) locals.objects.add(node.name.text);
      const shape = shapeOfExpression(node.initializer, rules);
      if (shape) declare(node.name.text, shape);
    } else if (ts.isImportDeclaration(node) && isStringLiteral(node.moduleSpecifier) && node.importClause) {
      const from = ownCopy(node.moduleSpecifier.text);
      const clause = node.importClause;
      if (clause.name && clause.name.text !== "__proto__") summary.imports[ownCopy(clause.name.text)] = { from, name: "default" };
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) if (el.name.text !== "__proto__") summary.imports[ownCopy(el.name.text)] = { from, name: ownCopy((el.propertyName && isIdentifier(el.propertyName) ? el.propertyName : el.name).text) };
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
function shapeOfType(type: ts.TypeNode): Shape | undefined {
  if (isStringLiteralUnion(type)) return { kind: "enum" };
  if (isUnionTypeNode(type) && type.types.every((t) => isLiteralTypeNode(t) || t.kind === SK.NullKeyword || t.kind === SK.UndefinedKeyword)) return { kind: "enum" };
  if (containsTypeLiteral(type) && !isTypeReferenceNode(type)) {
    const members: string[] = [];
    const collect = (t: ts.TypeNode): void => {
      if (isTypeLiteralNode(t)) {
        for (const m of t.members) if (isPropertySignature(m)) {
          const n = propertyNameText(m.name);
          if (n) members.push(ownCopy(n));
        }
      } else if (isIntersectionTypeNode(t) || isUnionTypeNode(t)) t.types.forEach(collect);
      else if (isParenthesizedTypeNode(t)) collect(t.type);
    };
    collect(type);
    return { kind: "object", members };
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
  const ref = refOfType(type);
  return ref ? { kind: "ref", name: ref.name, array: ref.array } : undefined;
}

/** `FieldError[]`, `AccountErrorFragment`: what a failed operation returns instead of the value. */
function isErrorType(type: ts.TypeNode): boolean {
  const t = isArrayTypeNode(type) ? type.elementType : type;
  return isTypeReferenceNode(t) && /Errors?(Fragment|Type)?$|Exception$/.test(isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text);
}

/** A type literal written in place of a name (`address: { street: string }`, `phones: { number: string }[]`). */
function inlineRefOf(type: ts.TypeNode, field: string): TypeRef | undefined {
  let t = type;
  let array = false;
  for (let depth = 0; depth < 8; depth++) {
    if (isParenthesizedTypeNode(t)) t = t.type;
    else if (isArrayTypeNode(t)) (array = true), (t = t.elementType);
    else if (isTypeReferenceNode(t) && isIdentifier(t.typeName) && (t.typeName.text === "Array" || t.typeName.text === "ReadonlyArray") && t.typeArguments?.length === 1) {
      array = true;
      t = t.typeArguments[0];
    } else break;
  }
  if (!isTypeLiteralNode(t)) return undefined;
  const shape = shapeOfType(t);
  return shape ? { name: ownCopy(field), array, inline: shape } : undefined;
}

/** Namespaces of schema builders: a chain rooted at one of these builds a schema, it does not refer to one. */
const BUILDER_ROOTS = new Set(["z", "zod", "yup", "Yup", "Joi", "joi", "v", "t", "Type", "T", "S", "Schema", "mongoose", "DataTypes", "DataType", "Sequelize", "s", "y", "typebox"]);

/** The identifier a call/property chain starts from (`ZIpSchema.optional().nullable()` -> ZIpSchema). */
function chainRoot(expr: ts.Expression): ts.Identifier | undefined {
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
function chainCalls(expr: ts.Expression): { name: string; call: ts.CallExpression }[] {
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

/** What a const's initializer declares, for the summary: a schema object, a schema value, an alias, an enum. */
function shapeOfExpression(init: ts.Expression, rules: RuleSet): Shape | undefined {
  let e = init;
  while (isParenthesizedExpression(e) || isAsExpression(e) || isSatisfiesExpression(e)) e = e.expression;
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
      for (const p of obj.properties) {
        const n = p.name ? propertyNameText(p.name as ts.PropertyName) : undefined;
        if (n) members.push(ownCopy(n));
      }
    }
  }
  const root = chainRoot(e);
  if (objectSchema) return { kind: "object", members };
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
function refOfType(type: ts.TypeNode, array = false): TypeRef | undefined {
  if (isParenthesizedTypeNode(type)) return refOfType(type.type, array);
  if (isArrayTypeNode(type)) return refOfType(type.elementType, true);
  if (isTypeOperatorNode(type)) return refOfType(type.type, array);
  if (isUnionTypeNode(type)) {
    // `Address | null`, `AccountError[] | AddressInput`: the one part that is not nothing or an error.
    const parts = type.types.filter(
      (t) => t.kind !== SK.NullKeyword && t.kind !== SK.UndefinedKeyword && !(isLiteralTypeNode(t) && t.literal.kind === SK.NullKeyword) && !isErrorType(t),
    );
    return parts.length === 1 ? refOfType(parts[0], array) : undefined;
  }
  if (!isTypeReferenceNode(type)) return undefined;
  const name = isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  const qualifier = isQualifiedName(type.typeName) && isIdentifier(type.typeName.left) ? type.typeName.left.text : undefined;
  const args = type.typeArguments ?? [];
  if ((name === "Array" || name === "ReadonlyArray" || name === "Set") && args[0]) return refOfType(args[0], true);
  if ((TRANSPARENT_GENERICS.has(name) || name === "Pick" || name === "Omit" || name === "infer" || name === "input" || name === "output" || name === "InferType" || name === "Static" || name === "InferOutput") && args[0]) {
    // `z.infer<typeof UserSchema>`: the schema const (a bare `typeof X` field holds whatever X is: a component, mostly).
    const arg = args[0];
    if (ts.isTypeQueryNode(arg)) return isIdentifier(arg.exprName) ? { name: ownCopy(arg.exprName.text), array } : undefined;
    return refOfType(arg, array);
  }
  if (UI_TYPE.test(name)) return undefined;
  if (qualifier === "Types" || qualifier === "Schema" || PRIMITIVE_REFERENCES[name] || args.length > 0) return undefined;
  return { name: ownCopy(name), array };
}

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

/**
 * Subtrees that never declare fields: type nodes outside declarations (parameter and return types), JSX markup, and
 * imports/exports. Not walking them keeps the scan close to the cost of the parse.
 */
function skipsSubtree(kind: ts.SyntaxKind): boolean {
  return (
    (kind >= SK.FirstTypeNode && kind <= SK.LastTypeNode) ||
    kind === SK.JsxElement ||
    kind === SK.JsxSelfClosingElement ||
    kind === SK.JsxFragment ||
    kind === SK.ImportDeclaration ||
    kind === SK.ExportDeclaration ||
    kind === SK.StringLiteral ||
    kind === SK.TemplateExpression
  );
}

function walk(node: ts.Node, ctx: WalkContext, hint: string | undefined): void {
  if (skipsSubtree(node.kind)) return;
  switch (node.kind) {
    case SK.ClassDeclaration:
    case SK.ClassExpression: {
      const cls = node as ts.ClassLikeDeclaration;
      const owner = cls.name?.text ?? hint ?? ctx.fileOwner;
      readClass(cls, [owner], ctx);
      // Members may hold schemas (static schema = z.object(...), Objection's jsonSchema): they describe this class.
      for (const m of cls.members) walkChildren(m, ctx, owner);
      return;
    }
    case SK.InterfaceDeclaration: {
      const decl = node as ts.InterfaceDeclaration;
      readTypeMembers(decl.members, [decl.name.text], ctx);
      return;
    }
    case SK.TypeAliasDeclaration: {
      const decl = node as ts.TypeAliasDeclaration;
      readTypeNode(decl.type, [decl.name.text], ctx);
      return;
    }
    case SK.VariableDeclaration: {
      const decl = node as ts.VariableDeclaration;
      const name = isIdentifier(decl.name) ? decl.name.text : hint;
      if (decl.type) readTypeNode(decl.type, [name ?? ctx.fileOwner], ctx);
      if (decl.initializer) walk(decl.initializer, ctx, name);
      return;
    }
    case SK.PropertyAssignment: {
      const pa = node as ts.PropertyAssignment;
      walk(pa.initializer, ctx, propertyNameText(pa.name) ?? hint);
      return;
    }
    case SK.BinaryExpression: {
      const be = node as ts.BinaryExpression;
      if (be.operatorToken.kind === SK.EqualsToken) {
        const left = be.left;
        const leftName = isPropertyAccessExpression(left) ? left.name.text : isIdentifier(left) ? left.text : undefined;
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
    case SK.CallExpression: {
      const call = node as ts.CallExpression;
      // `useState<{ email: string }>()`: type literals given as type arguments.
      if (call.typeArguments) for (const t of call.typeArguments) readTypeNode(t, [hint ?? ctx.fileOwner], ctx);
      if (readSchemaCall(call, ctx, hint)) return;
      break;
    }
    case SK.AsExpression:
    case SK.SatisfiesExpression:
      readTypeNode((node as ts.AsExpression).type, [hint ?? ctx.fileOwner], ctx);
      break;
    case SK.NewExpression:
      if (readNewSchema(node as ts.NewExpression, ctx, hint)) return;
      break;
    case SK.ObjectLiteralExpression:
      if (readJsonSchema(node as ts.ObjectLiteralExpression, [hint ?? ctx.fileOwner], ctx)) return;
      break;
  }
  walkChildren(node, ctx, hint);
}

/** Walk a node's children with a hint, without allocating a closure per node (this runs for every node of every file). */
function walkChildren(node: ts.Node, ctx: WalkContext, hint: string | undefined): void {
  const saved = ctx.hint;
  ctx.hint = hint;
  forEachChild(node, visitChild);
  ctx.hint = saved;
}

function propertyNameText(name: ts.PropertyName | ts.BindingName): string | undefined {
  if (isIdentifier(name)) return name.text;
  if (isPrivateIdentifier(name)) return name.text.slice(1); // `#email` is the field `email`
  if (isStringLiteral(name) || isNoSubstitutionTemplateLiteral(name) || isNumericLiteral(name)) return name.text;
  return undefined;
}

function rangeOf(sf: ts.SourceFile, start: number, end: number): Range {
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

function readClass(cls: ts.ClassLikeDeclaration, owner: string[], ctx: WalkContext): void {
  const declared = new Set<string>();
  for (const member of cls.members) {
    if (isPropertyDeclaration(member)) {
      const name = propertyNameText(member.name);
      if (!name) continue;
      declared.add(name);
      const signals = decoratorSignals(member, ctx);
      let kind = member.type ? kindOfType(member.type, ctx) : "unknown";
      if (kind === "unknown" && signals.kind) kind = signals.kind;
      if (kind === "unknown" && member.initializer) kind = kindOfExpression(member.initializer, ctx);
      pushCandidate(ctx, member.name, name, owner, kind, signals, false, decoratedVia(signals, "class property"), member.type && !signals.system ? refOfType(member.type) : undefined);
      if (member.type) readTypeNode(member.type, [...owner, name], ctx);
    } else if (isGetAccessorDeclaration(member) || isSetAccessorDeclaration(member)) {
      const name = propertyNameText(member.name);
      if (!name) continue;
      const typeNode = isGetAccessorDeclaration(member) ? member.type : member.parameters[0]?.type;
      const signals = decoratorSignals(member, ctx);
      const kind = typeNode ? kindOfType(typeNode, ctx) : signals.kind ?? "unknown";
      pushCandidate(ctx, member.name, name, owner, kind, signals, true, isGetAccessorDeclaration(member) ? "getter" : "setter");
    } else if (isMethodDeclaration(member)) {
      readAccessorMethod(member, owner, ctx);
    } else if (isConstructorDeclaration(member)) {
      for (const p of member.parameters) {
        const isParameterProperty = getModifiers(p)?.some((m) => m.kind === SK.PublicKeyword || m.kind === SK.PrivateKeyword || m.kind === SK.ProtectedKeyword || m.kind === SK.ReadonlyKeyword);
        if (!isParameterProperty || !isIdentifier(p.name)) continue;
        declared.add(p.name.text);
        const signals = decoratorSignals(p, ctx);
        const kind = p.type ? kindOfType(p.type, ctx) : "unknown";
        pushCandidate(ctx, p.name, p.name.text, owner, kind, signals, false, "constructor parameter property");
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
  for (const m of members) {
    if (isPropertySignature(m)) {
      const name = propertyNameText(m.name);
      if (!name) continue;
      const kind = m.type ? kindOfType(m.type, ctx) : "unknown";
      pushCandidate(ctx, m.name, name, owner, kind, NO_SIGNALS, false, "type member", m.type ? refOfType(m.type) ?? inlineRefOf(m.type, name) : undefined);
      if (m.type) readTypeNode(m.type, [...owner, name], ctx);
    } else if (isMethodSignature(m)) {
      readAccessorMethod(m, owner, ctx);
    } else if (isGetAccessorDeclaration(m) || isSetAccessorDeclaration(m)) {
      const name = propertyNameText(m.name);
      if (!name) continue;
      const typeNode = isGetAccessorDeclaration(m) ? m.type : m.parameters[0]?.type;
      pushCandidate(ctx, m.name, name, owner, typeNode ? kindOfType(typeNode, ctx) : "unknown", NO_SIGNALS, true, "type accessor");
    }
  }
}

/** Type literals nested anywhere in a type (intersections, unions, arrays, generics). */
function readTypeNode(type: ts.TypeNode, owner: string[], ctx: WalkContext): void {
  if (isTypeLiteralNode(type)) readTypeMembers(type.members, owner, ctx);
  else if (isIntersectionTypeNode(type) || isUnionTypeNode(type)) type.types.forEach((t) => readTypeNode(t, owner, ctx));
  else if (isParenthesizedTypeNode(type)) readTypeNode(type.type, owner, ctx);
  else if (isArrayTypeNode(type)) readTypeNode(type.elementType, owner, ctx);
  else if (isTypeReferenceNode(type)) (type.typeArguments ?? []).forEach((t) => readTypeNode(t, owner, ctx));
}

/**
 * Type literals of a function's parameters and return type: server actions', mutations' and email templates' inputs
 * (`createUser({ email }: { email: string })`, `InviteEmail(props: { inviteeName: string })`). The owner is the
 * function (and the parameter, when it has a name); a method's owner path starts with its class.
 */
function readSignature(fn: ts.SignatureDeclaration, ctx: WalkContext, hint: string | undefined): void {
  const own = fn.name ? propertyNameText(fn.name as ts.PropertyName) : undefined;
  const base = own ? (hint && fn.kind === SK.MethodDeclaration ? [hint, own] : [own]) : [hint ?? ctx.fileOwner];
  for (const p of fn.parameters) {
    if (!p.type) continue;
    readTypeNode(p.type, isIdentifier(p.name) && p.name.text !== "props" ? [...base, p.name.text] : base, ctx);
  }
  if (fn.type) readTypeNode(fn.type, base, ctx);
  // `getFullName<T extends { firstName: string }>(data: T)`
  for (const tp of fn.typeParameters ?? []) if (tp.constraint) readTypeNode(tp.constraint, base, ctx);
}

// --- value kinds ----------------------------------------------------------------------------------------------------

function kindOfType(type: ts.TypeNode, ctx: WalkContext): ValueKind {
  switch (type.kind) {
    case SK.StringKeyword:
      return "string";
    case SK.NumberKeyword:
    case SK.BigIntKeyword:
      return "number";
    case SK.BooleanKeyword:
      return "boolean";
    case SK.AnyKeyword:
    case SK.UnknownKeyword:
      return "unknown";
    case SK.ObjectKeyword:
      return "object";
    case SK.VoidKeyword:
    case SK.NeverKeyword:
      return "function";
  }
  if (isTypeLiteralNode(type) || isMappedTypeNode(type)) return "object";
  if (isFunctionTypeNode(type) || isConstructorTypeNode(type)) return "function";
  if (isParenthesizedTypeNode(type)) return kindOfType(type.type, ctx);
  if (isArrayTypeNode(type)) return elementAware(kindOfType(type.elementType, ctx));
  if (isTupleTypeNode(type)) return "array";
  if (isTypeOperatorNode(type)) return kindOfType(type.type, ctx);
  if (isLiteralTypeNode(type)) {
    if (type.literal.kind === SK.TrueKeyword || type.literal.kind === SK.FalseKeyword) return "boolean";
    if (isNumericLiteral(type.literal)) return "number";
    if (isStringLiteral(type.literal)) return "enum";
    return "unknown";
  }
  if (isTemplateLiteralTypeNode(type)) return "string";
  // `typeof List`: a component, a function or a constant, never a person's data typed by itself.
  if (ts.isTypeQueryNode(type)) return isIdentifier(type.exprName) && isUpperCaseLetter(type.exprName.text.charCodeAt(0)) ? "function" : "unknown";
  if (isUnionTypeNode(type) || isIntersectionTypeNode(type)) {
    const parts = type.types.filter((t) => t.kind !== SK.NullKeyword && t.kind !== SK.UndefinedKeyword && !(isLiteralTypeNode(t) && t.literal.kind === SK.NullKeyword));
    if (parts.length === 0) return "unknown";
    const kinds = parts.map((t) => kindOfType(t, ctx));
    if (kinds.every((k) => k === "enum")) return "enum";
    if (kinds.every((k) => k === "boolean")) return "boolean";
    if (kinds.includes("object") && isIntersectionTypeNode(type)) return "object";
    return kinds.find((k) => k !== "unknown") ?? "unknown";
  }
  if (isTypeReferenceNode(type)) {
    const name = isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    const qualifier = isQualifiedName(type.typeName) && isIdentifier(type.typeName.left) ? type.typeName.left.text : undefined;
    const args = type.typeArguments ?? [];
    if ((name === "Array" || name === "ReadonlyArray" || name === "Set") && args[0]) return elementAware(kindOfType(args[0], ctx));
    if (TRANSPARENT_GENERICS.has(name) && args[0]) return kindOfType(args[0], ctx);
    if (qualifier === "Types" || qualifier === "Schema") return name === "ObjectId" ? "object" : (PRIMITIVE_REFERENCES[name] ?? "unknown");
    if (PRIMITIVE_REFERENCES[name]) return PRIMITIVE_REFERENCES[name];
    if (UI_TYPE.test(name)) return "function";
    if (ctx.locals.enums.has(name)) return "enum";
    if (ctx.locals.objects.has(name)) return "object";
    return kindBySuffix(name);
  }
  return "unknown";
}

/** An array of containers is a container; an array of values is an array. */
function elementAware(element: ValueKind): ValueKind {
  return element === "object" || element === "function" ? element : "array";
}

function kindOfExpression(expr: ts.Expression, ctx: WalkContext): ValueKind {
  while (isParenthesizedExpression(expr) || isAsExpression(expr) || isSatisfiesExpression(expr) || isNonNullExpression(expr)) expr = expr.expression;
  switch (expr.kind) {
    case SK.StringLiteral:
    case SK.NoSubstitutionTemplateLiteral:
    case SK.TemplateExpression:
      return "string";
    case SK.NumericLiteral:
    case SK.BigIntLiteral:
      return "number";
    case SK.TrueKeyword:
    case SK.FalseKeyword:
      return "boolean";
    case SK.ArrayLiteralExpression:
      return "array";
    case SK.ObjectLiteralExpression:
      return "object";
    case SK.ArrowFunction:
    case SK.FunctionExpression:
      return "function";
  }
  if (isPrefixUnaryExpression(expr) && expr.operator === SK.ExclamationToken) return "boolean";
  if (isNewExpression(expr) && isIdentifier(expr.expression)) {
    const n = expr.expression.text;
    if (n === "Date") return "date";
    if (n === "Map" || n === "Set" || n === "WeakMap") return "object";
    return ctx.locals.objects.has(n) ? "object" : "unknown";
  }
  if (isCallExpression(expr) && isIdentifier(expr.expression)) {
    const n = expr.expression.text;
    if (n === "Boolean") return "boolean";
    if (n === "Number" || n === "parseInt" || n === "parseFloat") return "number";
    if (n === "String") return "string";
  }
  if (isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === SK.EqualsEqualsEqualsToken || op === SK.ExclamationEqualsEqualsToken || op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken || op === SK.LessThanToken || op === SK.GreaterThanToken) return "boolean";
    if (op === SK.BarBarToken || op === SK.QuestionQuestionToken) {
      const right = kindOfExpression(expr.right, ctx);
      return right === "unknown" ? kindOfExpression(expr.left, ctx) : right;
    }
  }
  return "unknown";
}

// --- decorators and schema values -------------------------------------------------------------------------------

interface ValueSignals {
  kind?: ValueKind;
  validators: { name: string; evidence: string }[];
  container: boolean;
  system: boolean;
  /** Libraries/decorators seen, for evidence ("TypeORM @Column"). */
  decorators: string[];
}

/** For fields nothing decorates: one shared, frozen value instead of three allocations per type member. */
const NO_SIGNALS: ValueSignals = Object.freeze({ validators: Object.freeze([]) as unknown as ValueSignals["validators"], container: false, system: false, decorators: Object.freeze([]) as unknown as string[] });

function emptySignals(): ValueSignals {
  return { validators: [], container: false, system: false, decorators: [] };
}

function decoratedVia(s: ValueSignals, base: string): string {
  return s.decorators.length ? `${base} with ${s.decorators.map((d) => `@${d}`).join(" ")}` : base;
}

/** Decorators whose string argument is the column type: `@Column("inet")`. */
const COLUMN_TYPE_DECORATORS = new Set(["Column", "PrimaryColumn", "Property", "Prop"]);

function decoratorSignals(node: ts.Node, ctx: WalkContext): ValueSignals {
  const s = emptySignals();
  const decorators = canHaveDecorators(node) ? getDecorators(node) ?? [] : [];
  for (const d of decorators) {
    const expr = d.expression;
    const callee = isCallExpression(expr) ? expr.expression : expr;
    const name = isIdentifier(callee) ? callee.text : isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (!name) continue;
    s.decorators.push(name);
    const words: string[] = [name];
    if (isCallExpression(expr)) {
      for (const arg of expr.arguments) {
        // @Column("inet") / @Property({ type: "inet" }) / @Column(DataType.INET) / @Field(() => String)
        if (isStringLiteral(arg) && COLUMN_TYPE_DECORATORS.has(name)) words.push(arg.text);
        else collectWords(arg, words, 0, true);
      }
    }
    applyWords(words, s, ctx, `@${name}()`);
  }
  return s;
}

/** Words a value expression uses: called/accessed names, `type:`/`format:` values, `validate: { isEmail: true }` keys. */
function collectWords(node: ts.Node, out: string[], depth: number, inDecorator = false): void {
  if (depth > 8 || out.length > 64) return;
  if (isIdentifier(node)) {
    out.push(node.text);
    return;
  }
  if (isPropertyAccessExpression(node)) {
    collectWords(node.expression, out, depth + 1, inDecorator);
    out.push(node.name.text);
    return;
  }
  if (isCallExpression(node) || isNewExpression(node)) {
    collectWords(node.expression, out, depth + 1, inDecorator);
    for (const a of node.arguments ?? []) collectWords(a, out, depth + 1, inDecorator);
    return;
  }
  if (isObjectLiteralExpression(node)) {
    for (const p of node.properties) {
      if (!isPropertyAssignment(p)) continue;
      const key = propertyNameText(p.name);
      if (key === "type" || key === "columnType" || key === "dataType") {
        if (isStringLiteral(p.initializer)) out.push(p.initializer.text);
        else collectWords(p.initializer, out, depth + 1, inDecorator);
      } else if (key === "format" && isStringLiteral(p.initializer)) {
        out.push(`format:${p.initializer.text}`);
      } else if (key === "validate" && isObjectLiteralExpression(p.initializer)) {
        for (const v of p.initializer.properties) {
          const vk = v.name ? propertyNameText(v.name as ts.PropertyName) : undefined;
          if (vk && !(isPropertyAssignment(v) && v.initializer.kind === SK.FalseKeyword)) out.push(vk);
        }
      } else if (key === "validate" || key === "validator") {
        collectWords(p.initializer, out, depth + 1, inDecorator);
      } else if (key === "ref" && !inDecorator) {
        out.push("ref");
      } else if (key === "enum" || key === "values") {
        out.push("enum");
      }
    }
    return;
  }
  if (isArrowFunction(node) && !isBlock(node.body)) {
    collectWords(node.body, out, depth + 1, inDecorator);
    return;
  }
  if (isArrayLiteralExpression(node)) {
    // Array literals inside a chain are enum values (`.oneOf(["a", "b"])`) or Mongoose `[String]`: read the element types.
    for (const e of node.elements) collectWords(e, out, depth + 1, inDecorator);
    return;
  }
  if (isParenthesizedExpression(node) || isAsExpression(node) || isNonNullExpression(node)) {
    collectWords(node.expression, out, depth + 1, inDecorator);
  }
}

function applyWords(words: string[], s: ValueSignals, ctx: WalkContext, evidence: string): void {
  const rules = ctx.rules;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (rules.systemMarkers.has(lower)) s.system = true;
    if (rules.containerMarkers.has(lower)) s.container = true;
    const v = rules.validatorAliases.get(lower);
    if (v && !s.validators.some((x) => x.name === v)) s.validators.push({ name: v, evidence: `${evidence === "" ? w : evidence}${evidence.includes(w) ? "" : ` ${w}`}`.trim() });
    if (!s.kind) {
      const k = rules.kindAliases.get(lower);
      if (k) s.kind = k;
      else if (ctx.locals.objects.has(w) || (isUpperCaseLetter(w.charCodeAt(0)) && looksLikeModelName(w))) s.kind = "object";
      else if (ctx.locals.enums.has(w)) s.kind = "enum";
    }
  }
  if (s.container && (!s.kind || s.kind === "unknown")) s.kind = "object";
}

// --- schema builders ------------------------------------------------------------------------------------------------

function calleeName(expr: ts.LeftHandSideExpression): string | undefined {
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

function readSchemaCall(call: ts.CallExpression, ctx: WalkContext, hint: string | undefined, ownerPath?: string[]): boolean {
  const name = calleeName(call.expression);
  if (!name) return false;
  const args = call.arguments;
  let obj: ts.ObjectLiteralExpression | undefined;
  let owner = hint;
  let via = "";
  let lib = "";
  if (OBJECT_SCHEMA_METHODS.has(name) && args[0] && isObjectLiteralExpression(args[0])) {
    if (!looksLikeSchemaObject(args[0])) return false;
    obj = args[0];
    const receiver = isPropertyAccessExpression(call.expression) ? call.expression.expression : undefined;
    lib = receiver && isIdentifier(receiver) ? receiver.text : "";
    via = `${lib ? lib + "." : ""}${name}() schema key`;
  } else if (args.length >= 2 && isTableBuilder(name) && isStringish(args[0]) && columnsObject(args[1])) {
    // pgTable("users", { ... }) or the callback form pgTable("users", (t) => ({ ... }))
    obj = columnsObject(args[1]);
    owner = hint ?? stringText(args[0]);
    via = `Drizzle ${name}() column`;
  } else if (name === "define" && args.length >= 2 && isStringish(args[0]) && isObjectLiteralExpression(args[1])) {
    obj = args[1];
    owner = stringText(args[0]) ?? hint;
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
  readSchemaObject(obj, ownerPath ?? [owner ?? ctx.fileOwner], ctx, via);
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
function readJsonSchema(obj: ts.ObjectLiteralExpression, owner: string[], ctx: WalkContext): boolean {
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

function readNewSchema(expr: ts.NewExpression, ctx: WalkContext, hint: string | undefined): boolean {
  const name = calleeName(expr.expression);
  const arg = expr.arguments?.[0];
  if (name !== "Schema" || !arg || !isObjectLiteralExpression(arg) || ctx.handled.has(arg)) return false;
  ctx.handled.add(arg);
  readSchemaObject(arg, [hint ?? ctx.fileOwner], ctx, "Mongoose Schema path");
  for (const a of expr.arguments!.slice(1)) walk(a, ctx, hint);
  return true;
}

/** The columns object of a table builder: an object literal, or an arrow function returning one. */
function columnsObject(e: ts.Expression): ts.ObjectLiteralExpression | undefined {
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
    // `type: { ... }` is a nested path literally named "type" only when its value is itself a plain object of fields.
    return !(isPropertyAssignment(p) && isObjectLiteralExpression(p.initializer) && !isFieldOptions(p.initializer));
  });
}

function readSchemaObject(obj: ts.ObjectLiteralExpression, owner: string[], ctx: WalkContext, via: string): void {
  for (const p of obj.properties) {
    if (isShorthandPropertyAssignment(p)) {
      // `{ email }` referencing a schema defined above: a declaration site with an unknown kind.
      pushCandidate(ctx, p.name, p.name.text, owner, "unknown", NO_SIGNALS, false, via);
      continue;
    }
    if (!isPropertyAssignment(p)) continue;
    const name = propertyNameText(p.name);
    if (!name) continue;
    const value = p.initializer;
    const signals = emptySignals();
    if (isObjectLiteralExpression(value)) {
      if (isFieldOptions(value)) {
        const words: string[] = [];
        collectWords(value, words, 0);
        applyWords(words, signals, ctx, "");
        // `{ type: [String] }`, `{ type: Schema.Types.ObjectId, ref: "User" }`
        pushCandidate(ctx, p.name, name, owner, signals.kind ?? "unknown", signals, false, via);
      } else {
        ctx.handled.add(value);
        pushCandidate(ctx, p.name, name, owner, "object", signals, false, via);
        readSchemaObject(value, [...owner, name], ctx, via);
      }
      continue;
    }
    if (isArrayLiteralExpression(value) && value.elements.length === 1 && isObjectLiteralExpression(value.elements[0]) && !isFieldOptions(value.elements[0])) {
      // Mongoose array of sub-documents: [{ street: String }]
      ctx.handled.add(value.elements[0]);
      pushCandidate(ctx, p.name, name, owner, "object", signals, false, via);
      readSchemaObject(value.elements[0], [...owner, name], ctx, via);
      continue;
    }
    const nested = findNestedSchemaCall(value);
    if (nested) {
      pushCandidate(ctx, p.name, name, owner, "object", signals, false, via);
      // The nested schema's keys belong under this key.
      readSchemaCall(nested, ctx, name, [...owner, name]);
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
    pushCandidate(ctx, p.name, name, owner, kind, signals, false, via, signals.system ? undefined : refOfSchemaValue(value));
  }
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
  let found: ts.CallExpression | undefined;
  const visit = (n: ts.Node, depth: number): void => {
    if (found || depth > 6) return;
    if (isCallExpression(n)) {
      const name = calleeName(n.expression);
      if (name && OBJECT_SCHEMA_METHODS.has(name) && n.arguments[0] && isObjectLiteralExpression(n.arguments[0])) {
        found = n;
        return;
      }
      visit(n.expression, depth + 1);
      n.arguments.forEach((a) => visit(a, depth + 1));
    } else if (isPropertyAccessExpression(n)) {
      visit(n.expression, depth + 1);
    }
  };
  visit(value, 0);
  return found;
}

/** A field of a parsed file. Its range is worked out only when asked, i.e. when the field becomes a finding (most do not). */
class TsFieldCandidate implements FieldCandidate {
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
  ) {}

  get range(): Range {
    return nameRange(this.sf, this.nameNode);
  }
}

function pushCandidate(
  ctx: WalkContext,
  nameNode: ts.Node,
  name: string,
  owner: string[],
  kind: ValueKind,
  signals: ValueSignals,
  accessor: boolean,
  via: string,
  ref?: TypeRef,
): void {
  ctx.out.push(new TsFieldCandidate(ctx.sf, nameNode, name, owner, kind, signals.validators, accessor, signals.container || kind === "object", signals.system, via, ref));
}
