/**
 * The data map of one notice's scope, as plain data: per category, where the code collects it (findings), which
 * services the code hands it to (flows), and what the notice declares (recipients, the services they stand for,
 * retention). Flows no recipient of the category's covering declaration stands for are marked undeclared.
 * The CLI report and the language server's data map both render this model; nothing here does I/O.
 */
import * as path from "path";
import type { Taxonomy } from "./classify/taxonomy";
import { applyExemptions } from "./notice/checks";
import { activeFlows, recipientsStandingFor } from "./notice/flow-checks";
import { coveringDeclaration, effectiveBases, type CategoryDeclaration, type Notice, type Retention } from "./notice/model";
import type { Finding, Flow } from "./types";

/** What the map needs of a catalogue service (a subset of flows/catalogue's Service, so tests can hand-make it). */
export interface ServiceInfo {
  name: string;
  kind: string;
}

export interface CollectionPoint {
  /** Relative to the section's base folder, `/`-separated. */
  file: string;
  /** 1-based. */
  line: number;
  owner: string;
  field: string;
}

export interface FlowPoint {
  service: string;
  serviceName: string;
  serviceKind: string;
  sink: string;
  evidence: string;
  file: string;
  /** 1-based. */
  line: number;
  /** True when a recipient of the covering declaration stands for the service. */
  declared: boolean;
  /** That recipient. */
  recipient?: string;
}

export interface DeclaredRecipient {
  name: string;
  kind?: string;
  country?: string;
  /** Catalogue ids the recipient stands for (`services:` in the notice). */
  services: string[];
  /** False when the category lists a name the notice's `recipients:` does not define. */
  defined: boolean;
}

export type CategoryStatus = "declared" | "covered" | "undeclared" | "unused";

export interface CategoryMap {
  category: string;
  name: string;
  special?: "art9" | "art10";
  /** declared: its own entry; covered: an ancestor's entry; undeclared: none; unused: declared, nothing in code. */
  status: CategoryStatus;
  /** The key of the covering declaration. */
  declaredAs?: string;
  purposes: string[];
  bases: string[];
  condition?: string;
  /** Plain text; empty when the declaration states none (or there is no declaration). */
  retention: string;
  recipients: DeclaredRecipient[];
  /** Sorted by file, line. */
  fields: CollectionPoint[];
  /** Sorted by file, line, service. */
  flows: FlowPoint[];
}

export interface DataMapSection {
  /** Notice path as the caller displays it; undefined for code no notice covers. */
  notice?: string;
  controller?: string;
  /** Sorted by key; includes `unused` declarations. */
  categories: CategoryMap[];
  /** Fields the notice's exemptions leave out. */
  exemptFields: number;
}

export interface SectionInput {
  notice?: Notice;
  /** Shown as the section's `notice`. */
  noticeLabel?: string;
  /** Findings of the files the notice covers (exempt ones included: they are left out here). */
  findings: Finding[];
  /** Flows of the files the notice covers. */
  flows: Flow[];
  /** Paths are shown relative to this folder. */
  base: string;
  taxonomy: Taxonomy;
  /** Catalogue lookup for service names and kinds; an unknown id is shown as itself. */
  services?: ReadonlyMap<string, ServiceInfo>;
}

/** Plain-text retention, e.g. `P12M, after account closure, then delete`. */
export function describeRetention(r: Retention | undefined): string {
  if (!r) return "";
  if (r.kind === "text") return r.text;
  return r.rules
    .map((rule) => {
      const parts: string[] = [];
      if (rule.period) parts.push(rule.period);
      if (rule.after) parts.push(`after ${rule.after.replace(/_/g, " ")}`);
      if (rule.asRequiredBy) parts.push(`as required by ${rule.asRequiredBy}`);
      if (rule.then) parts.push(`then ${rule.then}`);
      return parts.join(", ");
    })
    .join("; ");
}

function rel(file: string, base: string): string {
  const r = path.relative(base, file);
  if (r === "") return path.basename(file);
  // Outside the base (a notice given by config elsewhere): the path as given reads better than ../../..
  if (r.startsWith("..") || path.isAbsolute(r)) return file.split(path.sep).join("/");
  return r.split(path.sep).join("/");
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The recipient of `decl` that stands for `service`, if any: the flow checks' own rule, so map and checks agree. */
export function recipientFor(notice: Notice | undefined, decl: CategoryDeclaration | undefined, service: string): string | undefined {
  // `log` is no exception: a log flow is declared only by a recipient with `services: [log]`.
  return notice ? recipientsStandingFor(notice, decl, service)[0]?.name : undefined;
}

export function buildSection(input: SectionInput): DataMapSection {
  const { notice, taxonomy } = input;
  const tax = notice?.taxonomy ?? taxonomy;
  const { kept, exempt } = applyExemptions(input.findings, notice, tax);
  const findingsBy = new Map<string, Finding[]>();
  for (const f of kept) (findingsBy.get(f.category) ?? findingsBy.set(f.category, []).get(f.category)!).push(f);
  // As the checks see them: a flow has no field, so only path (and category) exemptions leave one out.
  const flowsBy = new Map<string, Flow[]>();
  for (const f of activeFlows(input.flows, notice)) (flowsBy.get(f.category) ?? flowsBy.set(f.category, []).get(f.category)!).push(f);

  const describe = (key: string, decl: CategoryDeclaration | undefined, status: CategoryStatus): CategoryMap => {
    const special = tax.special(key);
    return {
      category: key,
      name: tax.get(key)?.name ?? key,
      ...(special ? { special } : {}),
      status,
      ...(decl ? { declaredAs: decl.key } : {}),
      purposes: decl?.purposes.map((p) => p.name) ?? [],
      bases: decl && notice ? effectiveBases(notice, decl) : [],
      ...(decl?.condition ? { condition: decl.condition } : {}),
      retention: describeRetention(decl?.retention),
      recipients: (decl?.recipients ?? []).map((ref) => {
        const r = notice?.recipients.get(ref.name);
        return {
          name: ref.name,
          ...(r?.kind ? { kind: r.kind } : {}),
          ...(r?.country ? { country: r.country } : {}),
          services: r?.services.map((s) => s.name) ?? [],
          defined: r !== undefined,
        };
      }),
      fields: (findingsBy.get(key) ?? [])
        .map((f) => ({ file: rel(f.file, input.base), line: f.range.start.line + 1, owner: f.owner, field: f.field }))
        .sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.field, b.field)),
      flows: (flowsBy.get(key) ?? [])
        .map((f) => {
          const recipient = recipientFor(notice, decl, f.service);
          const info = input.services?.get(f.service);
          return {
            service: f.service,
            serviceName: info?.name ?? f.service,
            serviceKind: info?.kind ?? f.serviceKind,
            sink: f.sink,
            evidence: f.evidence,
            file: rel(f.file, input.base),
            line: f.range.start.line + 1,
            declared: recipient !== undefined,
            ...(recipient ? { recipient } : {}),
          };
        })
        .sort((a, b) => cmp(a.file, b.file) || a.line - b.line || cmp(a.service, b.service) || cmp(a.sink, b.sink)),
    };
  };

  const categories: CategoryMap[] = [];
  for (const key of new Set([...findingsBy.keys(), ...flowsBy.keys()])) {
    const decl = notice ? coveringDeclaration(notice, key, tax) : undefined;
    categories.push(describe(key, decl, !decl ? "undeclared" : decl.key === key ? "declared" : "covered"));
  }
  const present = [...findingsBy.keys(), ...flowsBy.keys()];
  for (const decl of notice?.categories ?? []) {
    if (findingsBy.has(decl.key) || flowsBy.has(decl.key)) continue;
    if (!present.some((k) => tax.covers(decl.key, k))) categories.push(describe(decl.key, decl, "unused"));
  }
  categories.sort((a, b) => cmp(a.category, b.category));
  return {
    ...(input.noticeLabel !== undefined ? { notice: input.noticeLabel } : {}),
    ...(notice?.organisation?.controller ? { controller: notice.organisation.controller } : {}),
    categories,
    exemptFields: exempt.length,
  };
}

/** Sums over a map, for summaries and tests. */
export function countFlows(sections: readonly DataMapSection[]): { flows: number; undeclared: number } {
  let flows = 0;
  let undeclared = 0;
  for (const s of sections)
    for (const c of s.categories)
      for (const f of c.flows) {
        flows++;
        if (!f.declared) undeclared++;
      }
  return { flows, undeclared };
}
