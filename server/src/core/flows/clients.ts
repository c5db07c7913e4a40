/**
 * The clients of one file: which names (imports, requires, variables, `this.x` fields, typed parameters) stand for a
 * client of a catalogued service, which are imported from the app's own modules (resolved by the project pass), which
 * browser globals the file leaves unshadowed, and which clients it exports for other files.
 */
import { ts } from "../scan/typescript";
import { ownCopy } from "../classify/names";
import { HTTP_SERVICE, serviceOfModule, type Service, type SinkCatalogue } from "./catalogue";
import { isThisMember, propertyKey, propertyValue, requireOf, stringOf, unwrap } from "./syntax";

export type Client = { service: Service; http?: { baseUrl?: string } } | { imported: { from: string; name: string } };

export class ClientIndex {
  readonly clients = new Map<string, Client>();
  /** `this.x` clients, by field name. */
  readonly fields = new Map<string, Client>();
  /** Names the file itself declares or imports (a browser global is used only when nothing shadows it). */
  readonly declared = new Set<string>();

  constructor(
    private readonly sf: ts.SourceFile,
    private readonly catalogue: SinkCatalogue,
  ) {
    // Hoisted top-level functions and classes are known before the walk: a global that a function declared at the
    // bottom shadows (`function gtag() { dataLayer.push(arguments) }`) is no client.
    for (const st of sf.statements) {
      if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) this.declared.add(st.name.text);
      if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) this.declared.add(d.name.text);
    }
  }

  /** What a node binds: an import, a variable, field or parameter holding a client, a name that shadows a global. */
  bind(n: ts.Node): void {
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
  clientOfExpression(expr: ts.Expression): Client | undefined {
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

  collectExports(out: Map<string, string>): void {
    for (const st of this.sf.statements) {
      if (ts.isVariableStatement(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) this.exportClient(out, d.name.text, this.clients.get(d.name.text));
      } else if (ts.isExportAssignment(st)) {
        this.exportClient(out, "default", ts.isIdentifier(st.expression) ? this.clients.get(st.expression.text) : this.clientOfExpression(st.expression));
      } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) this.exportClient(out, el.name.text, this.clients.get((el.propertyName ?? el.name).text));
      } else if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        // module.exports = logger; exports.analytics = analytics
        const left = st.expression.left;
        const right = unwrap(st.expression.right);
        const isModuleExports = ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression) && left.expression.text === "module" && left.name.text === "exports";
        if (isModuleExports && ts.isObjectLiteralExpression(right)) {
          // module.exports = { hubspotClient, logger: appLogger }
          for (const p of right.properties) {
            if (ts.isShorthandPropertyAssignment(p)) this.exportClient(out, p.name.text, this.clients.get(p.name.text));
            else if (ts.isPropertyAssignment(p) && propertyKey(p.name)) this.exportClient(out, propertyKey(p.name)!, ts.isIdentifier(p.initializer) ? this.clients.get(p.initializer.text) : this.clientOfExpression(p.initializer));
          }
          continue;
        }
        const client = ts.isIdentifier(right) ? this.clients.get(right.text) : this.clientOfExpression(right);
        if (ts.isPropertyAccessExpression(left) && ts.isIdentifier(left.expression)) {
          if (left.expression.text === "module" && left.name.text === "exports") this.exportClient(out, "default", client);
          else if (left.expression.text === "exports") this.exportClient(out, left.name.text, client);
        }
      }
    }
  }

  private exportClient(out: Map<string, string>, name: string, client: Client | undefined): void {
    if (client && "service" in client && client.service !== HTTP_SERVICE) out.set(ownCopy(name), client.service.id);
  }

  globalClient(name: string): Client | undefined {
    if (this.declared.has(name)) return undefined;
    if (this.catalogue.httpGlobals.has(name)) return { service: HTTP_SERVICE, http: {} };
    const service = this.catalogue.byGlobal.get(name);
    return service ? { service } : undefined;
  }
}
