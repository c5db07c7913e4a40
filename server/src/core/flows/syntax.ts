/**
 * Syntax helpers of the flow extractor: unwrapping, member chains and callees as written, `require(...)`, literals and
 * URLs, and the little a value's syntax says about its kind. Plain functions over compiler nodes, no state.
 */
import { ts } from "../scan/typescript";
import { ownCopy } from "../classify/names";
import type { FieldCandidate } from "../classify/classifier";
import type { ValueKind } from "../classify/rules";
import type { Range } from "../types";

const MAX_EVIDENCE = 80;
const WINDOW_NAMES = new Set(["window", "globalThis", "self", "global"]);

/** Every node under `root` (itself included), with a stack rather than recursion: a member chain can be 5,000 deep. */
export function forEachDescendant(root: ts.Node, f: (n: ts.Node) => void): void {
  // In document order: a binding is read before the code that uses it.
  const stack: ts.Node[] = [root];
  const children: ts.Node[] = [];
  const push = (child: ts.Node) => {
    children.push(child);
  };
  while (stack.length) {
    const n = stack.pop()!;
    f(n);
    ts.forEachChild(n, push);
    while (children.length) stack.push(children.pop()!);
  }
}

export function unwrap(e: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
    else return e;
  }
}

export function requireOf(e: ts.Expression): string | undefined {
  let x = unwrap(e);
  // require("m")(...), require("m").default, require("m").Client
  if (ts.isCallExpression(x) && !isRequire(x)) x = unwrap(x.expression);
  if (ts.isPropertyAccessExpression(x)) x = unwrap(x.expression);
  return ts.isCallExpression(x) && isRequire(x) ? (x.arguments[0] as ts.StringLiteral).text : undefined;
}

export function isRequire(c: ts.CallExpression): boolean {
  return ts.isIdentifier(c.expression) && c.expression.text === "require" && c.arguments.length === 1 && ts.isStringLiteral(c.arguments[0]);
}

export function isThisMember(e: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword;
}


/**
 * The root and member names of a callee: `this.stripe.customers.create` -> this, [stripe, customers, create];
 * `window.analytics.track` -> analytics, [track]. Calls in the middle are stepped through (`client.messages.create`,
 * `getClient().send`: the latter's root is `getClient`). Undefined for anything else (element access by expression).
 */
export function receiverChain(e: ts.Expression): { root: { kind: "this" } | { kind: "name"; name: string }; members: string[] } | undefined {
  const members: string[] = [];
  let x = unwrap(e);
  for (let steps = 0; steps < 64; steps++) {
    if (ts.isPropertyAccessExpression(x)) {
      members.unshift(x.name.text);
      x = unwrap(x.expression);
    } else if (ts.isCallExpression(x)) {
      x = unwrap(x.expression);
    } else if (ts.isElementAccessExpression(x) && ts.isStringLiteral(x.argumentExpression)) {
      members.unshift(x.argumentExpression.text);
      x = unwrap(x.expression);
    } else break;
  }
  if (x.kind === ts.SyntaxKind.ThisKeyword) return { root: { kind: "this" }, members };
  if (!ts.isIdentifier(x)) return undefined;
  if (WINDOW_NAMES.has(x.text) && members.length) return { root: { kind: "name", name: members[0] }, members: members.slice(1) };
  return { root: { kind: "name", name: x.text }, members };
}

/** The callee as written, without arguments of calls in the middle: `resend.emails.send`, `this.logger.info`. */
export function calleeText(callee: ts.Expression): string | undefined {
  const chain = receiverChain(callee);
  if (!chain) return undefined;
  const root = chain.root.kind === "this" ? "this" : chain.root.name;
  const text = [root, ...chain.members].join(".");
  return text.length > 120 ? text.slice(0, 117) + "..." : text;
}

export function propertyKey(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

export function propertyValue(obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propertyKey(p.name) === key) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

export function stringOf(e: ts.Expression | undefined): string | undefined {
  if (!e) return undefined;
  const x = unwrap(e);
  return ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) ? x.text : undefined;
}

export function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1] : undefined;
}

export function isLiteral(e: ts.Expression): boolean {
  switch (e.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.BigIntLiteral:
      return true;
    default:
      return ts.isIdentifier(e) && e.text === "undefined";
  }
}

/** What a value can tell the classifier: a boolean (`emailVerified: !!x`) cannot be an email. */
export function kindOfValue(e: ts.Expression): ValueKind {
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return "boolean";
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return "boolean";
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(e.operatorToken.kind)) return "boolean";
  if (ts.isNumericLiteral(e)) return "number";
  if (ts.isFunctionLike(e)) return "function";
  return "unknown";
}

/** SCREAMING_CASE: a constant of the app (`SUPPORT_EMAIL`), not a person's value. */
export function isConstantName(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name) && /[A-Z]{2}/.test(name);
}

export function candidateOf(name: string, owner: string[], kind: ValueKind, range: Range): FieldCandidate {
  return { name, range, owner, kind, validators: [], accessor: false, container: false, system: false, via: "sink argument" };
}

export function typeNameOf(t: ts.TypeReferenceNode): string {
  const n = t.typeName;
  // `Prisma.User`, `Awaited<User>`: the last name; generic wrappers are looked through once.
  if (t.typeArguments?.length === 1 && ts.isTypeReferenceNode(t.typeArguments[0]) && /^(Awaited|Promise|Partial|Required|Readonly|Pick|Omit|NonNullable)$/.test(ts.isIdentifier(n) ? n.text : "")) return typeNameOf(t.typeArguments[0]);
  return ts.isIdentifier(n) ? n.text : n.right.text;
}

export function pascal(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

export function evidenceOf(sf: ts.SourceFile, node: ts.Node): string {
  const text = sf.text.slice(node.getStart(sf), node.end).replace(/\s+/g, " ");
  return ownCopy(text.length > MAX_EVIDENCE ? text.slice(0, MAX_EVIDENCE - 3) + "..." : text);
}

