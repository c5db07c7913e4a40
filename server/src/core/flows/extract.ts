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
import { ts } from "ts-morph";
import { classifyGroup, nameCategory, PERSON_ROLES, segmentContext, type FieldCandidate } from "../classify/classifier";
import { ownCopy, singular, splitIdentifier } from "../classify/names";
import type { RuleSet, ValueKind } from "../classify/rules";
import type { Flow, Range } from "../types";
import { HTTP_SERVICE, serviceOfHost, serviceOfModule, type Service, type SinkCatalogue } from "./catalogue";
import { rangeOf } from "../scan/walk";
import { firstPerCategory, type DataHit, type PendingFlow, type RecordHit } from "./hits";

export type { DataHit, PendingFlow, RecordHit } from "./hits";

export interface FileFlows {
  flows: Flow[];
  pending: PendingFlow[];
  /** Exported name -> service id of the clients this file exports (`export const analytics = new Analytics()`). */
  clients: Map<string, string>;
}

type Client = { service: Service; http?: { baseUrl?: string } } | { imported: { from: string; name: string } };

const MAX_DEPTH = 12;
const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const MAX_ARGS = 64;
const MAX_EVIDENCE = 80;
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
  private readonly clients = new Map<string, Client>();
  /** `this.x` clients, by field name. */
  private readonly fields = new Map<string, Client>();
  /** Names the file itself declares or imports (a browser global is used only when nothing shadows it). */
  private readonly declared = new Set<string>();
  /** Imported types of catalogue clients (`Stripe`, `PrismaClient` is not one): typed parameters and fields. */
  private readonly clientTypes = new Map<string, Service>();
  private readonly out: FileFlows = { flows: [], pending: [], clients: new Map() };
  /** The kind of service the call being read sends to (analytics events are tracking records; AI prompts free text). */
  private sinkKind: string | undefined;

  constructor(
    private readonly file: string,
    private readonly sf: ts.SourceFile,
    private readonly rules: RuleSet,
    private readonly catalogue: SinkCatalogue,
  ) {}

  run(): FileFlows {
    // One walk: clients are bound where they are declared, which comes before their use (imports, fields, constructor
    // parameters, consts), except hoisted top-level functions and classes, whose names are read first: a global that a
    // function declared at the bottom shadows (`function gtag() { dataLayer.push(arguments) }`) is no client.
    for (const st of this.sf.statements) {
      if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) this.declared.add(st.name.text);
      if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) this.declared.add(d.name.text);
    }
    this.visit(this.sf, { values: new Map(), types: new Map(), about: [] });
    this.collectExports();
    return this.out;
  }

  // -------------------------------------------------------------------------------------------------------------------
  // Clients

  /** What a node binds: an import, a variable, field or parameter holding a client, a name that shadows a global. */
  private bind(n: ts.Node): void {
    {
      if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) this.importBinding(n);
      else if (ts.isVariableDeclaration(n)) {
        if (ts.isIdentifier(n.name)) this.declared.add(n.name.text);
        this.variableBinding(n);
      } else if (ts.isFunctionDeclaration(n) && n.name) this.declared.add(n.name.text);
      else if (ts.isClassDeclaration(n) && n.name) this.declared.add(n.name.text);
      else if (ts.isPropertyDeclaration(n) && n.name && (ts.isIdentifier(n.name) || ts.isPrivateIdentifier(n.name))) {
        const client = (n.initializer && this.clientOfExpression(n.initializer)) ?? (n.type && this.clientOfType(n.type));
        if (client) this.fields.set(n.name.text, client);
      } else if (ts.isFunctionLike(n)) {
        for (const p of n.parameters) {
          const client = ts.isIdentifier(p.name) && p.type ? this.clientOfType(p.type) : undefined;
          if (!client) continue;
          // `constructor(private readonly stripe: Stripe)` is a field; any typed parameter is a client in its function.
          if (ts.isConstructorDeclaration(n)) this.fields.set((p.name as ts.Identifier).text, client);
          this.clients.set((p.name as ts.Identifier).text, client);
        }
      } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        // `this.client = new Resend(key)`, `client = twilio(sid, token)`
        const client = this.clientOfExpression(n.right);
        if (client) {
          if (ts.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts.SyntaxKind.ThisKeyword) this.fields.set(n.left.name.text, client);
          else if (ts.isIdentifier(n.left)) this.clients.set(n.left.text, client);
        }
      }
    }
  }

  private importBinding(n: ts.ImportDeclaration): void {
    const from = (n.moduleSpecifier as ts.StringLiteral).text;
    const clause = n.importClause;
    if (!clause) return;
    const bind = (local: string, imported: string) => {
      this.declared.add(local);
      const service = this.serviceOfImport(from, imported);
      if (service) this.clients.set(local, service);
      else if (from.startsWith(".") || from.startsWith("@/") || from.startsWith("~/")) this.clients.set(local, { imported: { from, name: imported } });
    };
    if (clause.name) bind(clause.name.text, "default");
    const b = clause.namedBindings;
    if (b && ts.isNamespaceImport(b)) bind(b.name.text, "*");
    if (b && ts.isNamedImports(b)) for (const el of b.elements) bind(el.name.text, (el.propertyName ?? el.name).text);
  }

  private serviceOfImport(from: string, imported: string): Client | undefined {
    if (this.catalogue.httpModules.has(from)) return { service: HTTP_SERVICE, http: {} };
    const service = serviceOfModule(this.catalogue, from, imported);
    if (!service) return undefined;
    // Of `@nestjs/common`, only `Logger` is a client: the named export decides.
    const named = this.catalogue.namedExports.get(from);
    if (named && !this.catalogue.byModule.has(from) && !named.has(imported)) return undefined;
    return { service };
  }

  /** `const x = require("stripe")(key)`, `const { Resend } = require("resend")`, `const logger = pino()`... */
  private variableBinding(n: ts.VariableDeclaration): void {
    if (!n.initializer) return;
    const req = requireOf(n.initializer);
    if (req !== undefined) {
      const own = req.startsWith(".") || req.startsWith("@/") || req.startsWith("~/");
      if (ts.isIdentifier(n.name)) {
        const client = this.serviceOfImport(req, "default") ?? (own ? { imported: { from: req, name: "default" } } : undefined);
        if (client) this.clients.set(n.name.text, client);
      } else if (ts.isObjectBindingPattern(n.name)) {
        for (const el of n.name.elements) {
          if (!ts.isIdentifier(el.name)) continue;
          const imported = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
          const client = this.serviceOfImport(req, imported) ?? (own ? { imported: { from: req, name: imported } } : undefined);
          if (client) this.clients.set(el.name.text, client);
        }
      }
      return;
    }
    if (!ts.isIdentifier(n.name)) return;
    const client = this.clientOfExpression(n.initializer) ?? (n.type && this.clientOfType(n.type));
    if (client) this.clients.set(n.name.text, client);
  }

  /**
   * The client an expression makes: `new X(...)`, `X(...)`, `X.init(...)`, `X.createTransport(...)`, an alias of a
   * client, `require("m")(...)`. Not the result of a deeper call (`await stripe.customers.create()` is data).
   */
  private clientOfExpression(expr: ts.Expression): Client | undefined {
    let e = unwrap(expr);
    if (ts.isAwaitExpression(e)) e = unwrap(e.expression);
    let callee: ts.Expression | undefined;
    let args: readonly ts.Expression[] = [];
    if (ts.isNewExpression(e) || ts.isCallExpression(e)) {
      callee = unwrap(e.expression);
      args = e.arguments ?? [];
    } else if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
      callee = e;
    }
    if (!callee) return undefined;
    const req = ts.isCallExpression(callee) ? requireOf(callee) : undefined;
    if (req !== undefined) return this.serviceOfImport(req, "default");
    // At most one member below the client: `nodemailer.createTransport`, `winston.createLogger`, `axios.create`; or
    // one call on a client just made: `new GoogleGenerativeAI(key).getGenerativeModel(...)`, `new Storage().bucket(b)`.
    let root = callee;
    if (ts.isPropertyAccessExpression(root)) {
      const inner = unwrap(root.expression);
      if (ts.isNewExpression(inner) || (ts.isCallExpression(inner) && requireOf(inner) === undefined && !ts.isPropertyAccessExpression(unwrap(inner.expression)))) return this.clientOfExpression(inner);
      if (!ts.isPropertyAccessExpression(inner)) root = inner;
    }
    const base = ts.isIdentifier(root) ? this.clients.get(root.text) : isThisMember(root) ? this.fields.get((root as ts.PropertyAccessExpression).name.text) : undefined;
    if (!base || !("service" in base)) return base && "imported" in base && e !== expr ? undefined : base;
    if (base.service === HTTP_SERVICE && ts.isPropertyAccessExpression(callee) && callee.name.text === "create") {
      // `axios.create({ baseURL: "https://api.example.com" })`
      const config = args[0] && unwrap(args[0]);
      const baseUrl = config && ts.isObjectLiteralExpression(config) ? stringOf(propertyValue(config, "baseURL") ?? propertyValue(config, "prefixUrl")) : undefined;
      return { service: HTTP_SERVICE, http: { baseUrl } };
    }
    return base;
  }

  private clientOfType(type: ts.TypeNode): Client | undefined {
    if (!ts.isTypeReferenceNode(type)) return undefined;
    const name = type.typeName;
    const root = ts.isIdentifier(name) ? name.text : ts.isQualifiedName(name) && ts.isIdentifier(name.left) ? name.left.text : undefined;
    const client = root ? this.clients.get(root) : undefined;
    return client && "service" in client ? client : undefined;
  }

  private collectExports(): void {
    for (const st of this.sf.statements) {
      if (ts.isVariableStatement(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) this.exportClient(d.name.text, this.clients.get(d.name.text));
      } else if (ts.isExportAssignment(st)) {
        this.exportClient("default", ts.isIdentifier(st.expression) ? this.clients.get(st.expression.text) : this.clientOfExpression(st.expression));
      } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) this.exportClient(el.name.text, this.clients.get((el.propertyName ?? el.name).text));
      } else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        // module.exports = logger; exports.analytics = analytics
        const left = st.expression.left;
        const right = unwrap(st.expression.right);
        const isModuleExports = ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression) && left.expression.text === "module" && left.name.text === "exports";
        if (isModuleExports && ts.isObjectLiteralExpression(right)) {
          // module.exports = { hubspotClient, logger: appLogger }
          for (const p of right.properties) {
            if (ts.isShorthandPropertyAssignment(p)) this.exportClient(p.name.text, this.clients.get(p.name.text));
            else if (ts.isPropertyAssignment(p) && propertyKey(p.name)) this.exportClient(propertyKey(p.name)!, ts.isIdentifier(p.initializer) ? this.clients.get(p.initializer.text) : this.clientOfExpression(p.initializer));
          }
          continue;
        }
        const client = ts.isIdentifier(right) ? this.clients.get(right.text) : this.clientOfExpression(right);
        if (ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression)) {
          if (left.expression.text === "module" && left.name.text === "exports") this.exportClient("default", client);
          else if (left.expression.text === "exports") this.exportClient(left.name.text, client);
        }
      }
    }
  }

  private exportClient(name: string, client: Client | undefined): void {
    if (client && "service" in client && client.service !== HTTP_SERVICE) this.out.clients.set(ownCopy(name), client.service.id);
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
        if (k === ts.SyntaxKind.ImportDeclaration) this.bind(child);
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
    this.bind(node);
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
    if (root.kind === "this") client = members.length > 0 ? this.fields.get(members[0]) : undefined;
    else client = this.clients.get(root.name) ?? this.globalClient(root.name);
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

  private globalClient(name: string): Client | undefined {
    if (this.declared.has(name)) return undefined;
    if (this.catalogue.httpGlobals.has(name)) return { service: HTTP_SERVICE, http: {} };
    const service = this.catalogue.byGlobal.get(name);
    return service ? { service } : undefined;
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
        const fromClient = root?.kind === "name" && this.clients.has(root.name);
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
      if (init && init !== e && depth < MAX_DEPTH && !this.clients.has(name)) {
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

// ---------------------------------------------------------------------------------------------------------------------
// Syntax helpers

/** Every node under `root` (itself included), with a stack rather than recursion: a member chain can be 5,000 deep. */
function forEachDescendant(root: ts.Node, f: (n: ts.Node) => void): void {
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

function unwrap(e: ts.Expression): ts.Expression {
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
    else return e;
  }
}

function requireOf(e: ts.Expression): string | undefined {
  let x = unwrap(e);
  // require("m")(...), require("m").default, require("m").Client
  if (ts.isCallExpression(x) && !isRequire(x)) x = unwrap(x.expression);
  if (ts.isPropertyAccessExpression(x)) x = unwrap(x.expression);
  return ts.isCallExpression(x) && isRequire(x) ? (x.arguments[0] as ts.StringLiteral).text : undefined;
}

function isRequire(c: ts.CallExpression): boolean {
  return ts.isIdentifier(c.expression) && c.expression.text === "require" && c.arguments.length === 1 && ts.isStringLiteral(c.arguments[0]);
}

function isThisMember(e: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword;
}

const WINDOW_NAMES = new Set(["window", "globalThis", "self", "global"]);

/**
 * The root and member names of a callee: `this.stripe.customers.create` -> this, [stripe, customers, create];
 * `window.analytics.track` -> analytics, [track]. Calls in the middle are stepped through (`client.messages.create`,
 * `getClient().send`: the latter's root is `getClient`). Undefined for anything else (element access by expression).
 */
function receiverChain(e: ts.Expression): { root: { kind: "this" } | { kind: "name"; name: string }; members: string[] } | undefined {
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
function calleeText(callee: ts.Expression): string | undefined {
  const chain = receiverChain(callee);
  if (!chain) return undefined;
  const root = chain.root.kind === "this" ? "this" : chain.root.name;
  const text = [root, ...chain.members].join(".");
  return text.length > 120 ? text.slice(0, 117) + "..." : text;
}

function propertyKey(name: ts.PropertyName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

function propertyValue(obj: ts.ObjectLiteralExpression, key: string): ts.Expression | undefined {
  for (const p of obj.properties) {
    if (ts.isPropertyAssignment(p) && propertyKey(p.name) === key) return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === key) return p.name;
  }
  return undefined;
}

function stringOf(e: ts.Expression | undefined): string | undefined {
  if (!e) return undefined;
  const x = unwrap(e);
  return ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x) ? x.text : undefined;
}

function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1] : undefined;
}

function isLiteral(e: ts.Expression): boolean {
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
function kindOfValue(e: ts.Expression): ValueKind {
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return "boolean";
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return "boolean";
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken].includes(e.operatorToken.kind)) return "boolean";
  if (ts.isNumericLiteral(e)) return "number";
  if (ts.isFunctionLike(e)) return "function";
  return "unknown";
}

/** SCREAMING_CASE: a constant of the app (`SUPPORT_EMAIL`), not a person's value. */
function isConstantName(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name) && /[A-Z]{2}/.test(name);
}

function candidateOf(name: string, owner: string[], kind: ValueKind, range: Range): FieldCandidate {
  return { name, range, owner, kind, validators: [], accessor: false, container: false, system: false, via: "sink argument" };
}

function typeNameOf(t: ts.TypeReferenceNode): string {
  const n = t.typeName;
  // `Prisma.User`, `Awaited<User>`: the last name; generic wrappers are looked through once.
  if (t.typeArguments?.length === 1 && ts.isTypeReferenceNode(t.typeArguments[0]) && /^(Awaited|Promise|Partial|Required|Readonly|Pick|Omit|NonNullable)$/.test(ts.isIdentifier(n) ? n.text : "")) return typeNameOf(t.typeArguments[0]);
  return ts.isIdentifier(n) ? n.text : n.right.text;
}

function pascal(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function evidenceOf(sf: ts.SourceFile, node: ts.Node): string {
  const text = sf.text.slice(node.getStart(sf), node.end).replace(/\s+/g, " ");
  return ownCopy(text.length > MAX_EVIDENCE ? text.slice(0, MAX_EVIDENCE - 3) + "..." : text);
}

/** The flows of a parsed file (see FlowExtractor). */
export function extractFlows(file: string, sf: ts.SourceFile, rules: RuleSet, catalogue: SinkCatalogue): FileFlows {
  return new FlowExtractor(file, sf, rules, catalogue).run();
}
