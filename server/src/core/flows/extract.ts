/**
 * Flow extraction: the calls of one parsed file that hand personal data to a third party or a log, from the same parse
 * as the fields. A call is a sink when its callee is rooted at a client of a catalogued service (catalogue.ts): a
 * binding imported from the service's package, a variable, class field or constructor parameter made from one, a
 * browser global the file does not shadow, a logger known by its name, or raw HTTP to an external URL. The personal
 * data in its arguments is found by name, the way fields are (the classifier), through object keys, property
 * accesses, identifiers, template literals, concatenation, spreads, serialisers and values built earlier in the same
 * function. What one file cannot know (a client or a record type declared in another file) is left pending for the
 * project pass (resolve.ts).
 */
import { ts } from "../scan/typescript";
import { classifyGroup, nameCategory } from "../classify/classifier";
import { PERSON_ROLES } from "../classify/judge";
import { segmentContext } from "../classify/owners";
import { ownCopy, singular, splitIdentifier } from "../classify/names";
import type { RuleSet } from "../classify/rules";
import type { Flow, Range } from "../types";
import { HTTP_SERVICE, serviceOfHost, type Service, type SinkCatalogue } from "./catalogue";
import { rangeOf } from "../scan/walk";
import { firstPerCategory, type DataHit, type PendingFlow, type RecordHit } from "./hits";
import { ClientIndex, type Client } from "./clients";
import { forEachDescendant, unwrap, receiverChain, calleeText, propertyKey, propertyValue, stringOf, hostOf, isLiteral, kindOfValue, isConstantName, candidateOf, typeNameOf, pascal, evidenceOf } from "./syntax";

export type { DataHit, PendingFlow, RecordHit } from "./hits";

export interface FileFlows {
  flows: Flow[];
  pending: PendingFlow[];
  /** Exported name -> service id of the clients this file exports (`export const analytics = new Analytics()`). */
  clients: Map<string, string>;
}


const MAX_DEPTH = 12;
const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const MAX_ARGS = 64;
/** Calls whose result is their arguments' data, reworded (`JSON.stringify(user)`, `String(email)`). */
const SERIALISERS = new Set(["stringify", "String", "encodeURIComponent", "encodeURI", "escape", "from", "assign", "structuredClone", "inspect", "format", "stringifyObject", "toJSON"]);
/** Methods of a string or object that return its data (`email.toLowerCase()`). */
const TRANSFORMS = new Set(["toString", "toLowerCase", "toUpperCase", "trim", "trimStart", "trimEnd", "slice", "substring", "substr", "normalize", "concat", "padStart", "padEnd", "toLocaleLowerCase", "toLocaleUpperCase", "valueOf", "toJSON", "join"]);
/** Objects that hold the app's own configuration: what is read from them is no person's data. */
const CONFIG_ROOTS = /^(process|env|config|configuration|settings|options|opts|constants|CONFIG|ENV|import)$/;
const HTTP_DATA_KEYS = new Set(["body", "json", "data", "form", "params", "searchParams", "query", "payload", "variables", "qs"]);
const HTTP_SEND_METHODS = new Set(["post", "put", "patch"]);
const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|::1|[^.]+\.local|[^.]+\.internal|example\.(com|org|net)|[^/]*\.example\.(com|org|net))$/i;
/** Record words: a whole person record by name (`user`, `patient`, `profile`). */
const RECORD_WORDS = new Set([...PERSON_ROLES, "profile", "person", "people", "account", "author", "owner", "visitor", "patient", "lead", "prospect", "traveler", "traveller", "passenger", "donor", "tenant", "resident", "driver", "worker", "staff"]);

interface Scope {
  /** Local name -> initializer of a `const`/`let` in the enclosing functions (nearest first), or a parameter's type. */
  values: Map<string, ts.Expression>;
  types: Map<string, string>;
  /** Names of the enclosing classes and functions (`VisitSummaryService`, `summarise`): what the code is about. */
  about: string[];
  /** The innermost function (its body is searched for what a whole record is read for). */
  fn?: ts.Node;
  /** The enclosing function's scope: its locals are looked up there (no copy per function). */
  parent?: Scope;
}

function valueIn(scope: Scope | undefined, name: string): ts.Expression | undefined {
  for (let s = scope; s; s = s.parent) {
    const v = s.values.get(name);
    if (v) return v;
  }
  return undefined;
}

function typeIn(scope: Scope | undefined, name: string): string | undefined {
  for (let s = scope; s; s = s.parent) {
    const t = s.types.get(name);
    if (t) return t;
  }
  return undefined;
}

/** Nodes the flow walk acts on; any other is only walked through. */
const ACTS_ON = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.ClassExpression, ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.Constructor, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
  ts.SyntaxKind.VariableDeclaration, ts.SyntaxKind.PropertyDeclaration, ts.SyntaxKind.BinaryExpression, ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.ImportDeclaration,
]);

/** Free text a person wrote or that is about them: sent to an AI service, it is their content. */
const FREE_TEXT = /^(body|content|text|message|notes?|comments?|description|subject|feedback|question|answer|transcript|summary|reply|review|story|bio|input)$/i;
/** Words that make free text medical (a clinician's notes, a visit summary). */
const MEDICAL = /^(patient|clinic|clinical|clinician|medical|medicine|visit|diagnos[ie]s|symptoms?|treatment|chart|health|allerg(y|ies)|medications?|prescriptions?|encounter|triage|nurse|doctor|physician|therapy|therapist)$/i;

export class FlowExtractor {
  /** Which names stand for clients, bound as the walk meets them (clients.ts). */
  private readonly index: ClientIndex;
  private readonly out: FileFlows = { flows: [], pending: [], clients: new Map() };
  /** The kind of service the call being read sends to (analytics events are tracking records; AI prompts free text). */
  private sinkKind: string | undefined;

  constructor(
    private readonly file: string,
    private readonly sf: ts.SourceFile,
    private readonly rules: RuleSet,
    private readonly catalogue: SinkCatalogue,
  ) {
    this.index = new ClientIndex(sf, catalogue);
  }

  run(): FileFlows {
    // One walk: clients are bound where they are declared, which comes before their use (imports, fields, constructor
    // parameters, consts); hoisted functions and classes are known before (ClientIndex).
    this.visit(this.sf, { values: new Map(), types: new Map(), about: [] });
    this.index.collectExports(this.out.clients);
    return this.out;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Calls

  /** Every call in document order, each with the scope it is in. A stack, not recursion: chains can be 5,000 deep. */
  private visit(root: ts.Node, rootScope: Scope): void {
    const stack: [ts.Node, Scope][] = [[root, rootScope]];
    const children: ts.Node[] = [];
    const push = (child: ts.Node) => {
      // Types, imports and string literals hold no call.
      const k = child.kind;
      if ((k >= ts.SyntaxKind.FirstTypeNode && k <= ts.SyntaxKind.LastTypeNode) || k === ts.SyntaxKind.StringLiteral || k === ts.SyntaxKind.ImportDeclaration) {
        if (k === ts.SyntaxKind.ImportDeclaration) this.index.bind(child);
        return;
      }
      children.push(child);
    };
    while (stack.length) {
      const [node, outer] = stack.pop()!;
      const scope = this.enter(node, outer);
      ts.forEachChild(node, push);
      while (children.length) stack.push([children.pop()!, scope]);
    }
  }

  /** The scope inside a node (a function's own), after reading what the node declares; a call is read here. */
  private enter(node: ts.Node, scope: Scope): Scope {
    if (!ACTS_ON.has(node.kind)) return scope;
    this.index.bind(node);
    if (ts.isClassLike(node) && node.name) scope = { ...scope, about: [...scope.about, node.name.text] };
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      // A function's locals: what its `const`s were built from, what its parameters are typed as.
      const name = (node as ts.FunctionLikeDeclaration).name;
      scope = { values: new Map(), types: new Map(), about: name && ts.isIdentifier(name) ? [...scope.about, name.text] : scope.about, fn: node, parent: scope };
      for (const p of (node as ts.FunctionLikeDeclaration).parameters) {
        if (ts.isIdentifier(p.name) && p.type && ts.isTypeReferenceNode(p.type)) scope.types.set(p.name.text, typeNameOf(p.type));
        if (ts.isIdentifier(p.name) && p.type && ts.isArrayTypeNode(p.type) && ts.isTypeReferenceNode(p.type.elementType)) scope.types.set(p.name.text, typeNameOf(p.type.elementType));
      }
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
      if (node.initializer) scope.values.set(node.name.text, node.initializer);
      if (node.type && ts.isTypeReferenceNode(node.type)) scope.types.set(node.name.text, typeNameOf(node.type));
    }
    if (ts.isCallExpression(node)) this.call(node, scope);
    return scope;
  }

  private call(call: ts.CallExpression, scope: Scope): void {
    const callee = unwrap(call.expression);
    const sink = calleeText(callee);
    if (!sink) return;
    const target = this.targetOf(callee, call, scope);
    if (!target) return;
    const args = call.arguments.length > MAX_ARGS ? call.arguments.slice(0, MAX_ARGS) : call.arguments;
    const hits: DataHit[] = [];
    const records: RecordHit[] = [];
    this.sinkKind = target.service?.kind;
    const collect = (e: ts.Expression, filtered: boolean) => this.dataOfArgument(e, scope, hits, records, filtered);
    if (target.http) {
      // Raw HTTP: what is in the URL's template, and what the request sends (body, json, params...), never its headers.
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
      const urlArg = target.urlArg;
      args.forEach((a, i) => {
        if (a === urlArg) collect(a, false);
        else if (HTTP_SEND_METHODS.has(method) && i === 1 && !target.configFirst) collect(a, false);
        else collect(a, true);
      });
    } else {
      for (const a of args) collect(a, false);
    }
    if (!hits.length && !records.length) return;
    const callRange = rangeOf(this.sf, call.getStart(this.sf), call.end);
    if (target.service) {
      const service = target.service;
      for (const h of firstPerCategory(hits)) this.out.flows.push(this.flowOf(service, sink, callRange, h));
      if (records.length) this.out.pending.push({ service: service.id, sink, callRange, hits: [], records });
    } else {
      this.out.pending.push({ client: target.client, sink, callRange, hits: firstPerCategory(hits), records });
    }
  }

  private flowOf(service: Service, sink: string, callRange: Range, h: DataHit): Flow {
    return { file: this.file, range: h.range, callRange, service: service.id, serviceKind: service.kind, category: h.category, sink: ownCopy(sink), evidence: h.evidence, confidence: h.confidence };
  }

  /** Who a call sends to: a service, a client imported from another file, or raw HTTP with its URL argument. */
  private targetOf(
    callee: ts.Expression,
    call: ts.CallExpression,
    scope: Scope,
  ): { service?: Service; client?: { from: string; name: string }; http?: boolean; urlArg?: ts.Expression; configFirst?: boolean } | undefined {
    const chain = receiverChain(callee);
    if (!chain) return undefined;
    const { root, members } = chain;
    let client: Client | undefined;
    if (root.kind === "this") client = members.length > 0 ? this.index.fields.get(members[0]) : undefined;
    else client = this.index.clients.get(root.name) ?? this.index.globalClient(root.name);
    const method = members.length ? members[members.length - 1] : root.kind === "name" ? root.name : "";
    if (!client) {
      // A logger handed in from elsewhere: `this.logger.info(...)`, `log.warn(...)`, `ctx.logger.error(...)`.
      const receiver = members.length >= 2 ? members[members.length - 2] : root.kind === "name" && members.length === 1 ? root.name : undefined;
      const byName = receiver ? this.catalogue.byReceiverName.get(receiver) : undefined;
      if (byName && byName.methods.has(method)) return { service: byName.service };
      return undefined;
    }
    if ("imported" in client) return { client: client.imported };
    if (client.service !== HTTP_SERVICE) return { service: client.service };
    // Raw HTTP: where to? `fetch(url, init)`, `axios.post(url, data)`, `axios({ url, data })`, `api.post("/path", data)`.
    const first = call.arguments[0] && unwrap(call.arguments[0]);
    let url: string | undefined;
    let urlArg: ts.Expression | undefined;
    let configFirst = false;
    if (first && ts.isObjectLiteralExpression(first)) {
      url = this.urlOf(propertyValue(first, "url"), scope);
      configFirst = true;
    } else if (first) {
      url = this.urlOf(first, scope);
      urlArg = call.arguments[0];
    }
    const base = client.http?.baseUrl;
    if (base && (url === undefined || !/^https?:/i.test(url))) url = base;
    const host = url ? hostOf(url) : undefined;
    if (!host || LOCAL_HOST.test(host)) return undefined;
    return { service: serviceOfHost(this.catalogue, host) ?? HTTP_SERVICE, http: true, urlArg, configFirst };
  }

  /** The URL a request goes to, as far as the file says: a literal, a template's head, a local const. */
  private urlOf(expr: ts.Expression | undefined, scope: Scope, depth = 0): string | undefined {
    if (!expr || depth > 3) return undefined;
    const e = unwrap(expr);
    const s = stringOf(e);
    if (s !== undefined) return s;
    if (ts.isTemplateExpression(e)) {
      if (e.head.text) return e.head.text;
      // `${PAYPAL_API}/v2/orders`: the base is a constant of the file.
      const base = this.urlOf(e.templateSpans[0].expression, scope, depth + 1);
      return base ? base + e.templateSpans[0].literal.text : undefined;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return this.urlOf(e.left, scope, depth + 1);
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "URL" && e.arguments?.length) {
      const [path, base] = e.arguments;
      const p = this.urlOf(path, scope, depth + 1);
      return p && /^https?:/i.test(p) ? p : this.urlOf(base, scope, depth + 1);
    }
    if (ts.isIdentifier(e)) return this.urlOf(valueIn(scope, e.text) ?? this.topLevelConst(e.text), scope, depth + 1);
    return undefined;
  }

  private topLevelConst(name: string): ts.Expression | undefined {
    for (const st of this.sf.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d.initializer;
    }
    return undefined;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Data

  /**
   * The personal data in one argument. Hits found inside an object property are reported at its key; any other at
   * the argument. `filtered`: an HTTP request's options, of which only the data keys (body, json...) are sent data.
   */
  private dataOfArgument(arg: ts.Expression, scope: Scope, hits: DataHit[], records: RecordHit[], filtered: boolean): void {
    const argRange = rangeOf(this.sf, arg.getStart(this.sf), arg.end);
    let e = unwrap(arg);
    if (ts.isIdentifier(e) && filtered) {
      const init = valueIn(scope, e.text);
      if (init && ts.isObjectLiteralExpression(unwrap(init))) e = unwrap(init);
    }
    if (filtered) {
      if (!ts.isObjectLiteralExpression(e)) return;
      for (const p of e.properties) {
        if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
        const key = propertyKey(p.name);
        if (!key || !HTTP_DATA_KEYS.has(key)) continue;
        const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
        this.data(value, scope, 0, this.keyRange(p), hits, records, [key]);
      }
      return;
    }
    // An analytics call's properties describe a tracked visit: a `$referrer` or a `url` there is browsing data.
    this.data(e, scope, 0, argRange, hits, records, this.sinkKind === "analytics" ? ["analytics"] : []);
  }

  private keyRange(p: ts.ObjectLiteralElementLike): Range {
    const n = p.name ?? p;
    return rangeOf(this.sf, n.getStart(this.sf), n.end);
  }

  /** The personal data an expression holds, reported at `at`. `owner`: the keys around it (`traits`). */
  private data(expr: ts.Expression, scope: Scope, depth: number, at: Range, hits: DataHit[], records: RecordHit[], owner: string[]): void {
    if (depth > MAX_DEPTH) return;
    const e = unwrap(expr);
    switch (e.kind) {
      case ts.SyntaxKind.ObjectLiteralExpression:
        return this.objectData(e as ts.ObjectLiteralExpression, scope, depth, hits, records, owner);
      case ts.SyntaxKind.ArrayLiteralExpression:
        for (const el of (e as ts.ArrayLiteralExpression).elements.slice(0, MAX_ARGS)) this.data(el, scope, depth + 1, at, hits, records, owner);
        return;
      case ts.SyntaxKind.TemplateExpression:
        for (const span of (e as ts.TemplateExpression).templateSpans.slice(0, MAX_ARGS)) this.data(span.expression, scope, depth + 1, at, hits, records, owner);
        return;
      case ts.SyntaxKind.BinaryExpression: {
        const b = e as ts.BinaryExpression;
        const op = b.operatorToken.kind;
        if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) {
          this.data(b.left, scope, depth + 1, at, hits, records, owner);
          this.data(b.right, scope, depth + 1, at, hits, records, owner);
        }
        return;
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const c = e as ts.ConditionalExpression;
        this.data(c.whenTrue, scope, depth + 1, at, hits, records, owner);
        this.data(c.whenFalse, scope, depth + 1, at, hits, records, owner);
        return;
      }
      case ts.SyntaxKind.AwaitExpression:
        return this.data((e as ts.AwaitExpression).expression, scope, depth + 1, at, hits, records, owner);
      case ts.SyntaxKind.SpreadElement:
        return this.data((e as ts.SpreadElement).expression, scope, depth + 1, at, hits, records, owner);
      case ts.SyntaxKind.CallExpression:
        return this.callData(e as ts.CallExpression, scope, depth, at, hits, records, owner);
      case ts.SyntaxKind.NewExpression: {
        // SDK command objects: `s3.send(new PutObjectCommand({ Key, Body }))`.
        const n = e as ts.NewExpression;
        const root = receiverChain(unwrap(n.expression))?.root;
        const fromClient = root?.kind === "name" && this.index.clients.has(root.name);
        if (fromClient) for (const a of (n.arguments ?? []).slice(0, MAX_ARGS)) this.data(a, scope, depth + 1, at, hits, records, owner);
        return;
      }
      case ts.SyntaxKind.Identifier:
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ElementAccessExpression:
        return this.valueData(e, scope, depth, at, hits, records, owner);
      default:
        return;
    }
  }

  private callData(call: ts.CallExpression, scope: Scope, depth: number, at: Range, hits: DataHit[], records: RecordHit[], owner: string[]): void {
    const callee = unwrap(call.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : "";
    if (!name || this.isAnonymiser(callee)) return;
    if (SERIALISERS.has(name)) {
      for (const a of call.arguments.slice(0, MAX_ARGS)) this.data(a, scope, depth + 1, at, hits, records, owner);
    } else if (TRANSFORMS.has(name) && ts.isPropertyAccessExpression(callee)) {
      this.data(callee.expression, scope, depth + 1, at, hits, records, owner);
    }
  }

  private isAnonymiser(callee: ts.Expression): boolean {
    const names: string[] = [];
    for (let c: ts.Expression = callee; ; ) {
      if (ts.isPropertyAccessExpression(c)) {
        names.push(c.name.text);
        c = c.expression;
      } else if (ts.isCallExpression(c)) c = c.expression;
      else {
        if (ts.isIdentifier(c)) names.push(c.text);
        break;
      }
    }
    return names.some((n) => splitIdentifier(n).some((t) => this.catalogue.anonymisers.has(t.toLowerCase())));
  }

  private objectData(obj: ts.ObjectLiteralExpression, scope: Scope, depth: number, hits: DataHit[], records: RecordHit[], owner: string[]): void {
    const props = obj.properties.slice(0, MAX_ARGS);
    // The keys are judged together, as a type's fields are: `name` beside `email` is a person's name.
    const keyed: { p: ts.ObjectLiteralElementLike; key: string; value: ts.Expression }[] = [];
    for (const p of props) {
      if (ts.isSpreadAssignment(p)) {
        this.data(p.expression, scope, depth + 1, this.keyRange(p), hits, records, owner);
        continue;
      }
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
      const key = propertyKey(p.name);
      if (!key) continue;
      keyed.push({ p, key, value: ts.isPropertyAssignment(p) ? p.initializer : p.name });
    }
    const candidates = keyed.map(({ p, key, value }) => candidateOf(key, owner, kindOfValue(unwrap(value)), rangeOf(this.sf, p.name!.getStart(this.sf), p.name!.end)));
    const verdicts = classifyGroup(candidates, this.rules);
    keyed.forEach(({ p, key, value }, i) => {
      const v = unwrap(value);
      if (isLiteral(v)) return;
      const at = this.keyRange(p);
      const found: DataHit[] = [];
      this.data(v, scope, depth + 1, at, found, records, [...owner, key]);
      // The value says what it is (`to: user.email`, `name: plan.name`); when it says nothing, the key does (`email: input`).
      if (found.length) hits.push(...found);
      else if (verdicts[i] && !this.valueSaysNo(v)) hits.push(this.hitOf(verdicts[i]!, at, p));
    });
  }

  /** A value whose own name was judged and found not personal (`plan.name`, `planName`, `process.env.FROM_EMAIL`). */
  private valueSaysNo(v: ts.Expression): boolean {
    if (ts.isPropertyAccessExpression(v) || ts.isIdentifier(v)) {
      // An id is an id whatever the key calls it (`distinctId: user.id`).
      if (/(^|[a-z_])(id|ids|uuid|guid)$/i.test(ts.isIdentifier(v) ? v.text : v.name.text) && /^(id|ids|uuid|guid)$|[a-z](Id|Ids|ID|_id|Uuid)$/.test(ts.isIdentifier(v) ? v.text : v.name.text)) return true;
    }
    if (ts.isPropertyAccessExpression(v)) {
      if (this.isConfig(v)) return true;
      const owner = ts.isIdentifier(v.expression) ? v.expression.text : ts.isPropertyAccessExpression(v.expression) ? v.expression.name.text : undefined;
      return owner !== undefined && nameCategory(v.name.text, this.rules) !== undefined && this.notAPerson(owner);
    }
    if (ts.isIdentifier(v)) {
      if (isConstantName(v.text)) return true;
      // `name: planName`: a qualifier that says whose it is, and it is not a person's.
      const tokens = splitIdentifier(v.text);
      return tokens.length > 1 && nameCategory(v.text, this.rules) !== undefined && this.notAPerson(tokens[0]);
    }
    return ts.isCallExpression(v) && this.isAnonymiser(unwrap(v.expression));
  }

  private notAPerson(word: string): boolean {
    const ctx = segmentContext(word, this.rules);
    return ctx === "nonperson" || ctx === "config" || ctx === "place";
  }

  private isConfig(e: ts.Expression): boolean {
    const chain = receiverChain(e);
    if (!chain) return false;
    if (chain.root.kind === "name" && CONFIG_ROOTS.test(chain.root.name)) return true;
    const names = chain.root.kind === "name" ? [chain.root.name, ...chain.members] : chain.members;
    return names.slice(0, -1).some((n) => CONFIG_ROOTS.test(n)) || isConstantName(names[names.length - 1] ?? "");
  }

  /** An identifier or property access: data by its name (with its owner's words), a local value, or a whole record. */
  private valueData(e: ts.Expression, scope: Scope, depth: number, at: Range, hits: DataHit[], records: RecordHit[], owner: string[]): void {
    if (this.isConfig(e)) return;
    let name: string | undefined;
    let path: string[] = [];
    if (ts.isIdentifier(e)) name = e.text;
    else if (ts.isPropertyAccessExpression(e)) {
      name = e.name.text;
      const chain = receiverChain(e.expression);
      path = chain ? [...(chain.root.kind === "name" ? [chain.root.name] : []), ...chain.members] : [];
    } else if (ts.isElementAccessExpression(e)) {
      const arg = e.argumentExpression;
      if (ts.isStringLiteral(arg)) name = arg.text;
      const chain = receiverChain(e.expression);
      path = chain ? [...(chain.root.kind === "name" ? [chain.root.name] : []), ...chain.members] : [];
    }
    if (!name || isConstantName(name)) return;
    const ownerPath = path.length ? path.slice(-2) : owner;
    const verdict = classifyGroup([candidateOf(name, ownerPath, "unknown", at)], this.rules)[0];
    if (verdict) {
      hits.push(this.hitOf(verdict, at, e));
      return;
    }
    if (nameCategory(name, this.rules) !== undefined) return; // judged, and not a person's (`plan.name`)
    const freeText = this.freeText(name, ownerPath, scope);
    if (freeText) {
      hits.push({ category: freeText, confidence: 0.6, range: at, evidence: evidenceOf(this.sf, e) });
      return;
    }
    // A local built a few lines earlier: `const payload = { email }; analytics.track("x", payload)`.
    if (ts.isIdentifier(e)) {
      const init = valueIn(scope, name);
      if (init && init !== e && depth < MAX_DEPTH && !this.index.clients.has(name)) {
        const before = hits.length + records.length;
        this.data(init, scope, depth + 1, at, hits, records, owner);
        if (hits.length + records.length > before) return;
      }
    }
    // A whole person record: `user`, `req.user`, `patient`, `customers`.
    const tokens = splitIdentifier(name).map((t) => singular(t.toLowerCase()));
    const head = tokens[tokens.length - 1];
    if (head && RECORD_WORDS.has(head)) {
      const types: string[] = [];
      const annotated = ts.isIdentifier(e) ? typeIn(scope, name) : undefined;
      if (annotated) types.push(annotated);
      types.push(pascal(singular(name)), pascal(head));
      const read = ts.isIdentifier(e) && scope.fn ? this.readFrom(name, scope.fn) : undefined;
      records.push({ types: [...new Set(types)], range: at, evidence: evidenceOf(this.sf, e), ...(read?.length ? { read } : {}) });
    }
  }

  /**
   * What a function reads from a record it holds (`patient.firstName`, `patient.email`), classified as the record's
   * fields: an untyped record (`z.record(z.unknown())`, plain JavaScript) carries at least that.
   */
  private readFrom(name: string, fn: ts.Node): { category: string; confidence: number }[] {
    const seen = new Set<string>();
    forEachDescendant(fn, (n) => {
      if (seen.size < MAX_ARGS && ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === name) seen.add(n.name.text);
    });
    const names = [...seen];
    const verdicts = classifyGroup(names.map((n) => candidateOf(n, [name], "unknown", ZERO_RANGE)), this.rules);
    return verdicts.filter((v): v is NonNullable<typeof v> => v !== null).map((v) => ({ category: v.category, confidence: v.confidence }));
  }

  /** Free text sent to an AI service: a person's content, or their health when the code is about care. */
  private freeText(name: string, owner: string[], scope: Scope): string | undefined {
    if (this.sinkKind !== "ai") return undefined;
    const tokens = splitIdentifier(name);
    if (!FREE_TEXT.test(tokens[tokens.length - 1] ?? "")) return undefined;
    if (owner.some((o) => this.notAPerson(o) && segmentContext(o, this.rules) === "config")) return undefined;
    const words = [...tokens, ...owner.flatMap(splitIdentifier), ...scope.about.flatMap(splitIdentifier)];
    return words.some((w) => MEDICAL.test(w)) ? "user.health_and_medical" : "user.content";
  }

  private hitOf(v: { category: string; confidence: number }, at: Range, node: ts.Node): DataHit {
    return { category: v.category, confidence: v.confidence, range: at, evidence: evidenceOf(this.sf, node) };
  }
}

/** The flows of a parsed file (see FlowExtractor). */
export function extractFlows(file: string, sf: ts.SourceFile, rules: RuleSet, catalogue: SinkCatalogue): FileFlows {
  return new FlowExtractor(file, sf, rules, catalogue).run();
}
