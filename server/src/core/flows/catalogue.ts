/**
 * The sink catalogue (rules/sinks.yaml, plus the user's `sinkFiles`): which services code hands data to, and how to
 * know their clients (imported modules, browser globals, API hosts), as plain lookups for the flow extractor.
 */
import * as fs from "fs";
import * as path from "path";
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "../lazy-yaml";
import { RuleFileError } from "../classify/rules";
import { findRulesDir } from "../classify/taxonomy";
import { readSnapshot, writeSnapshot } from "../snapshot";

export const SERVICE_KINDS = ["analytics", "error-tracking", "email", "sms", "payments", "crm", "ai", "storage", "identity", "http", "log"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export interface Service {
  id: string;
  name: string;
  kind: ServiceKind;
  modules: string[];
  globals: string[];
  hosts: string[];
  /** Names that make a receiver a client whatever its origin, with the methods that send (loggers: `this.logger.info`). */
  receivers?: { names: string[]; methods: string[] };
}

/** Raw HTTP to an external host that no service of the catalogue owns. */
export const HTTP_SERVICE: Service = { id: "http", name: "External HTTP", kind: "http", modules: [], globals: [], hosts: [] };

export interface SinkCatalogue {
  services: Map<string, Service>;
  /** Module specifier -> service; `module#Export` entries under `namedExports`. */
  byModule: Map<string, Service>;
  /** `module` -> export name -> service, for modules of which only some exports are clients (`@nestjs/common#Logger`). */
  namedExports: Map<string, Map<string, Service>>;
  byGlobal: Map<string, Service>;
  /** Receiver name -> (service, sending methods). */
  byReceiverName: Map<string, { service: Service; methods: Set<string> }>;
  httpModules: Set<string>;
  httpGlobals: Set<string>;
  anonymisers: Set<string>;
}

let builtin: SinkCatalogue | undefined;
const withExtras = new Map<string, SinkCatalogue>();

/** The catalogue a rule set asks for: the built-in one, extended by the sink files listed among its rule files. */
export function catalogueFor(rules: { sinkFiles?: string[] }): SinkCatalogue {
  const extra = rules.sinkFiles ?? [];
  if (extra.length === 0) return loadSinkCatalogue();
  const key = extra.join("\0");
  let c = withExtras.get(key);
  if (!c) withExtras.set(key, (c = loadSinkCatalogue(extra)));
  return c;
}

export function builtinSinksFile(): string {
  return path.join(findRulesDir(), "sinks.yaml");
}

/** The built-in catalogue, with the given extra files' services added (a repeated id replaces the built-in one). */
export function loadSinkCatalogue(extraFiles: readonly string[] = []): SinkCatalogue {
  if (extraFiles.length === 0 && builtin) return builtin;
  const file = builtinSinksFile();
  const text = fs.readFileSync(file, "utf8");
  let catalogue = readSinkSnapshot(file, text) ?? catalogueFromText(text, file);
  for (const extra of extraFiles) catalogue = catalogueFromText(fs.readFileSync(extra, "utf8"), extra, catalogue);
  if (extraFiles.length === 0) builtin = catalogue;
  return catalogue;
}

/**
 * The built-in catalogue as `npm run build` snapshots it next to this module (as the built-in rules are: see
 * loadBuiltinRuleSet), used when it was made from exactly this file and text. Parsing the YAML, with loading the YAML
 * parser, cost ~100-180 ms of a run that scans even one file; deserialising, ~1 ms. A stale, missing or unreadable
 * snapshot only costs that time.
 */
export const SINK_SNAPSHOT_FILE = path.join(__dirname, "sinks.snapshot");

/** The snapshot's catalogue when it was made from exactly this file and text, else undefined. */
export function readSinkSnapshot(file: string, text: string): SinkCatalogue | undefined {
  return readSnapshot<SinkCatalogue>(SINK_SNAPSHOT_FILE, file, text);
}

/** Writes the snapshot of the built-in catalogue (run by `npm run build`); returns its path. */
export function writeSinkSnapshot(): string {
  const file = builtinSinksFile();
  const text = fs.readFileSync(file, "utf8");
  return writeSnapshot(SINK_SNAPSHOT_FILE, file, text, catalogueFromText(text, file));
}

const TOP_KEYS = new Set(["version", "services", "http", "anonymisers"]);
const SERVICE_KEYS = new Set(["name", "kind", "modules", "globals", "hosts", "receivers"]);
const SERVICE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Parses a catalogue file; `base` is extended (extra files). Throws RuleFileError with the line of what is wrong. */
export function catalogueFromText(text: string, file: string, base?: SinkCatalogue): SinkCatalogue {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const fail = (message: string, node?: unknown): never => {
    const at = (node as YamlNode | undefined)?.range?.[0];
    const pos = at === undefined ? undefined : lines.linePos(at);
    throw new RuleFileError(file, pos ? pos.line : 1, pos ? pos.col : 1, message);
  };
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new RuleFileError(file, e.linePos?.[0].line ?? 1, e.linePos?.[0].col ?? 1, e.message.split("\n")[0]);
  }
  if (!isMap(doc.contents)) fail("a sink catalogue is a mapping with `services:`");
  const root = doc.contents as unknown as { items: { key: { value: unknown }; value: unknown }[] };
  const services = new Map(base?.services);
  const http = { modules: new Set(base?.httpModules), globals: new Set(base?.httpGlobals) };
  const anonymisers = new Set(base?.anonymisers);
  const strings = (node: unknown, what: string): string[] => {
    if (node === undefined || node === null) return [];
    if (!isSeq(node)) return fail(`${what} must be a list of strings`, node);
    return node.items.map((i) => {
      const v = (i as { value?: unknown }).value;
      return typeof v === "string" && v ? v : fail(`${what} must be a list of strings`, i);
    });
  };
  for (const pair of root.items) {
    const key = String(pair.key?.value);
    if (!TOP_KEYS.has(key)) fail(`unknown key "${key}" (expected one of ${[...TOP_KEYS].join(", ")})`, pair.key);
    if (key === "version" && (pair.value as { value?: unknown })?.value !== 1) fail("only version 1 is supported", pair.value);
    if (key === "anonymisers") for (const a of strings(pair.value, "anonymisers")) anonymisers.add(a.toLowerCase());
    if (key === "http") {
      if (!isMap(pair.value)) fail("http: must be a mapping with modules and globals", pair.value);
      for (const p of (pair.value as typeof root).items) {
        const k = String(p.key?.value);
        if (k === "modules") strings(p.value, "http.modules").forEach((m) => http.modules.add(m));
        else if (k === "globals") strings(p.value, "http.globals").forEach((g) => http.globals.add(g));
        else fail(`unknown key "${k}" under http (expected modules, globals)`, p.key);
      }
    }
    if (key === "services") {
      if (!isMap(pair.value)) fail("services: must be a mapping of service ids", pair.value);
      for (const s of (pair.value as typeof root).items) {
        const id = String(s.key?.value);
        if (!SERVICE_ID.test(id)) fail(`service id "${id}" must be lower-case letters, digits and dashes`, s.key);
        if (!isMap(s.value)) fail(`service ${id} must be a mapping`, s.value);
        const fields = new Map<string, unknown>();
        for (const f of (s.value as typeof root).items) {
          const k = String(f.key?.value);
          if (!SERVICE_KEYS.has(k)) fail(`unknown key "${k}" in service ${id} (expected one of ${[...SERVICE_KEYS].join(", ")})`, f.key);
          fields.set(k, f.value);
        }
        const kind = (fields.get("kind") as { value?: unknown } | undefined)?.value;
        if (!SERVICE_KINDS.includes(kind as ServiceKind)) fail(`service ${id}: kind must be one of ${SERVICE_KINDS.join(", ")}`, fields.get("kind") ?? s.key);
        const name = (fields.get("name") as { value?: unknown } | undefined)?.value;
        const service: Service = {
          id,
          name: typeof name === "string" ? name : id,
          kind: kind as ServiceKind,
          modules: strings(fields.get("modules"), `${id}.modules`),
          globals: strings(fields.get("globals"), `${id}.globals`),
          hosts: strings(fields.get("hosts"), `${id}.hosts`).map((h) => h.toLowerCase()),
        };
        const receivers = fields.get("receivers");
        if (receivers !== undefined) {
          if (!isMap(receivers)) fail(`${id}.receivers must be a mapping with names and methods`, receivers);
          const r = new Map((receivers as typeof root).items.map((p) => [String(p.key?.value), p.value] as const));
          service.receivers = { names: strings(r.get("names"), `${id}.receivers.names`), methods: strings(r.get("methods"), `${id}.receivers.methods`) };
        }
        services.set(id, service);
      }
    }
  }
  return index(services, http.modules, http.globals, anonymisers);
}

function index(services: Map<string, Service>, httpModules: Set<string>, httpGlobals: Set<string>, anonymisers: Set<string>): SinkCatalogue {
  const byModule = new Map<string, Service>();
  const namedExports = new Map<string, Map<string, Service>>();
  const byGlobal = new Map<string, Service>();
  const byReceiverName = new Map<string, { service: Service; methods: Set<string> }>();
  for (const s of services.values()) {
    for (const m of s.modules) {
      const hash = m.indexOf("#");
      if (hash < 0) byModule.set(m, s);
      else {
        const mod = m.slice(0, hash);
        (namedExports.get(mod) ?? namedExports.set(mod, new Map()).get(mod)!).set(m.slice(hash + 1), s);
      }
    }
    for (const g of s.globals) byGlobal.set(g, s);
    if (s.receivers) for (const n of s.receivers.names) byReceiverName.set(n, { service: s, methods: new Set(s.receivers.methods) });
  }
  return { services, byModule, namedExports, byGlobal, byReceiverName, httpModules, httpGlobals, anonymisers };
}

/** The service whose API host this is (exact or a subdomain of a catalogued host). */
export function serviceOfHost(catalogue: SinkCatalogue, host: string): Service | undefined {
  const h = host.toLowerCase();
  for (const s of catalogue.services.values()) for (const known of s.hosts) if (h === known || h.endsWith("." + known)) return s;
  return undefined;
}

/** The service a module import belongs to: the module itself, or one of its sub-paths (`posthog-js/react`). */
export function serviceOfModule(catalogue: SinkCatalogue, specifier: string, exportName?: string): Service | undefined {
  const named = catalogue.namedExports.get(specifier);
  if (named && exportName && named.has(exportName)) return named.get(exportName);
  const direct = catalogue.byModule.get(specifier);
  if (direct) return direct;
  // `@aws-sdk/client-s3/dist-cjs/...`, `stripe/lib/...`: the package part decides.
  const parts = specifier.split("/");
  const pkg = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  return pkg !== specifier ? catalogue.byModule.get(pkg) : undefined;
}
