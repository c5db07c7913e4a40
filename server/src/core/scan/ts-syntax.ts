/**
 * The few pieces of the TypeScript API the scan uses, read once (see the comment on SK).
 */
import { ts } from "./typescript";

/*
 * ts-morph's bundled TypeScript exposes its API through getters on an object of ~2,000 properties, and SyntaxKind is
 * an enum of ~800 entries: property reads on either are slow dictionary lookups. The walk touches them for every node
 * of every file, so the few it needs are read once, here.
 */
export const SK = {
  AnyKeyword: ts.SyntaxKind.AnyKeyword,
  ArrayBindingPattern: ts.SyntaxKind.ArrayBindingPattern,
  ArrayLiteralExpression: ts.SyntaxKind.ArrayLiteralExpression,
  ArrowFunction: ts.SyntaxKind.ArrowFunction,
  AsExpression: ts.SyntaxKind.AsExpression,
  SatisfiesExpression: ts.SyntaxKind.SatisfiesExpression,
  TypeAssertionExpression: ts.SyntaxKind.TypeAssertionExpression,
  BarBarToken: ts.SyntaxKind.BarBarToken,
  BigIntKeyword: ts.SyntaxKind.BigIntKeyword,
  BindingElement: ts.SyntaxKind.BindingElement,
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
  ExpressionStatement: ts.SyntaxKind.ExpressionStatement,
  ExportDeclaration: ts.SyntaxKind.ExportDeclaration,
  FalseKeyword: ts.SyntaxKind.FalseKeyword,
  FirstTypeNode: ts.SyntaxKind.FirstTypeNode,
  FunctionExpression: ts.SyntaxKind.FunctionExpression,
  FunctionDeclaration: ts.SyntaxKind.FunctionDeclaration,
  MethodDeclaration: ts.SyntaxKind.MethodDeclaration,
  ModuleDeclaration: ts.SyntaxKind.ModuleDeclaration,
  GreaterThanToken: ts.SyntaxKind.GreaterThanToken,
  ImportDeclaration: ts.SyntaxKind.ImportDeclaration,
  IndexSignature: ts.SyntaxKind.IndexSignature,
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
  PropertyAccessExpression: ts.SyntaxKind.PropertyAccessExpression,
  PrivateKeyword: ts.SyntaxKind.PrivateKeyword,
  PropertyAssignment: ts.SyntaxKind.PropertyAssignment,
  ProtectedKeyword: ts.SyntaxKind.ProtectedKeyword,
  PublicKeyword: ts.SyntaxKind.PublicKeyword,
  StaticKeyword: ts.SyntaxKind.StaticKeyword,
  QuestionQuestionToken: ts.SyntaxKind.QuestionQuestionToken,
  ReadonlyKeyword: ts.SyntaxKind.ReadonlyKeyword,
  KeyOfKeyword: ts.SyntaxKind.KeyOfKeyword,
  StringKeyword: ts.SyntaxKind.StringKeyword,
  StringLiteral: ts.SyntaxKind.StringLiteral,
  TemplateExpression: ts.SyntaxKind.TemplateExpression,
  TaggedTemplateExpression: ts.SyntaxKind.TaggedTemplateExpression,
  ThisKeyword: ts.SyntaxKind.ThisKeyword,
  TrueKeyword: ts.SyntaxKind.TrueKeyword,
  TypeAliasDeclaration: ts.SyntaxKind.TypeAliasDeclaration,
  UndefinedKeyword: ts.SyntaxKind.UndefinedKeyword,
  UnknownKeyword: ts.SyntaxKind.UnknownKeyword,
  VariableDeclaration: ts.SyntaxKind.VariableDeclaration,
  VoidKeyword: ts.SyntaxKind.VoidKeyword,
} as const;
export const {
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
  isConditionalExpression,
  isConstructorDeclaration,
  isConstructorTypeNode,
  isEnumDeclaration,
  isExpressionStatement,
  isFunctionExpression,
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
  isReturnStatement,
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

/** `null`, `undefined` or the literal `null` in a union (`Address | null | undefined`): no value, only its absence. */
export function isNothingType(type: ts.TypeNode): boolean {
  return type.kind === SK.UndefinedKeyword || isNullType(type);
}

/** `null` alone, as a keyword or as the literal type. */
export function isNullType(type: ts.TypeNode): boolean {
  return type.kind === SK.NullKeyword || (isLiteralTypeNode(type) && type.literal.kind === SK.NullKeyword);
}

/** A class member declared `static`: it belongs to the class (a table name, a registry), not to each instance. */
export function isStaticMember(member: ts.Node): boolean {
  return (getModifiers(member as ts.HasModifiers) ?? []).some((m) => m.kind === SK.StaticKeyword);
}

/** `static street1;`: a static property with neither a value nor a type, the way a JavaScript model lists its fields. */
export function isBareStaticField(member: ts.Node): boolean {
  return ts.isPropertyDeclaration(member) && !member.initializer && !member.type && !member.questionToken;
}
