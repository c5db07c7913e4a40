/**
 * The checks on flows (personal data handed to a third-party service or a log, see core/flows): the notice must name
 * who receives each category. A recipient stands for services through its `services:` list; a flow of category C to
 * service S is declared when C's covering declaration lists a recipient whose services include S.
 *
 *   undeclared-recipient   C reaches S (not a log) and no recipient listed on C's declaration stands for S
 *   personal-data-logged   C reaches a log and no recipient listed on C's declaration stands for `log`
 *
 * Pure: the caller gives each file's suppression comments (a reader of the file's text), so check ids written in
 * `privacy-lint-disable-next-line` comments are honoured here, where the check id is known.
 */
import type { Taxonomy } from "../classify/taxonomy";
import { HTTP_SERVICE, loadSinkCatalogue } from "../flows/catalogue";
import { isCheckSuppressed, isSuppressed, type Suppression } from "../scan/suppressions";
import type { CheckDiagnostic, Finding, Flow, Range } from "../types";
import { applyExemptions, makeDiagnostic, type SeverityOverrides } from "./checks";
import { coveringDeclaration, type CategoryDeclaration, type Notice, type RecipientDeclaration } from "./model";

/** The service id of logs in the catalogue. */
export const LOG_SERVICE = "log";

/** What a check needs to know of a service to name it. */
export interface ServiceInfo {
  id: string;
  name: string;
  kind: string;
}

/** The built-in catalogue's services (and raw HTTP), by id. */
export function builtinServices(): ReadonlyMap<string, ServiceInfo> {
  const services = new Map<string, ServiceInfo>(loadSinkCatalogue().services);
  services.set(HTTP_SERVICE.id, HTTP_SERVICE);
  return services;
}

export function serviceInfo(flow: Pick<Flow, "service" | "serviceKind">, services: ReadonlyMap<string, ServiceInfo> = builtinServices()): ServiceInfo {
  return services.get(flow.service) ?? { id: flow.service, name: flow.service, kind: flow.serviceKind };
}

/** The recipients listed on a declaration that stand for a service (undefined names are skipped: the loader reports them). */
export function recipientsStandingFor(notice: Notice, decl: CategoryDeclaration | undefined, service: string): RecipientDeclaration[] {
  if (!decl) return [];
  const out: RecipientDeclaration[] = [];
  for (const ref of decl.recipients) {
    const r = notice.recipients.get(ref.name);
    if (r && r.services.some((s) => s.name === service) && !out.includes(r)) out.push(r);
  }
  return out;
}

/** Every recipient of the notice that stands for a service, listed on the category or not (in file order). */
export function recipientsForService(notice: Notice, service: string): RecipientDeclaration[] {
  return [...notice.recipients.values()].filter((r) => r.services.some((s) => s.name === service));
}

/** What the notice says about one flow: the covering declaration and its recipients that stand for the flow's service. */
export interface FlowVerdict {
  decl?: CategoryDeclaration;
  recipients: RecipientDeclaration[];
}

export function flowVerdict(notice: Notice, flow: Flow, taxonomy: Taxonomy = notice.taxonomy): FlowVerdict {
  const decl = coveringDeclaration(notice, flow.category, taxonomy);
  return { decl, recipients: recipientsStandingFor(notice, decl, flow.service) };
}

/** The lines a suppression comment above a flow may target: the call's first line, or the argument's line. */
function flowLines(flow: Flow): number[] {
  return flow.callRange.start.line === flow.range.start.line ? [flow.range.start.line] : [flow.callRange.start.line, flow.range.start.line];
}

/** True when a comment suppresses the flow's category (the extractor drops those already; hand-made flows may not be). */
export function flowSuppressedByCategory(suppressions: Suppression[], flow: Flow): boolean {
  return flowLines(flow).some((l) => isSuppressed(suppressions, l, flow.category) !== undefined);
}

function flowSuppressedForCheck(suppressions: Suppression[], flow: Flow, checkId: string): boolean {
  return flowLines(flow).some((l) => isCheckSuppressed(suppressions, l, checkId) !== undefined);
}

/** The flows the checks apply to: not suppressed by a category comment, not in a path the notice exempts. */
export function activeFlows(flows: Flow[], notice: Notice | undefined, suppressionsOf: (file: string) => Suppression[] = () => []): Flow[] {
  const unsuppressed = flows.filter((f) => !flowSuppressedByCategory(suppressionsOf(f.file), f));
  if (!notice || notice.exemptions.length === 0) return unsuppressed;
  // Exemptions name fields or paths; a flow has no field, so only path (and category) exemptions can match it.
  const asFindings = new Map<Finding, Flow>(unsuppressed.map((f) => [{ file: f.file, range: f.range, field: "", owner: "", category: f.category } as Finding, f]));
  const { kept } = applyExemptions([...asFindings.keys()], notice);
  return kept.map((k) => asFindings.get(k)!);
}

export interface FlowCheckOptions {
  severities?: SeverityOverrides;
  /** The parsed suppression comments of a file (check-id suppressions are applied here). */
  suppressionsOf?: (file: string) => Suppression[];
  /** Service names for messages; the built-in catalogue when absent. */
  services?: ReadonlyMap<string, ServiceInfo>;
}

/** Diagnostics on code for flows under one notice (or none: every flow is then undeclared). */
export function checkFlows(flows: Flow[], notice: Notice | undefined, taxonomy: Taxonomy, options: FlowCheckOptions = {}): CheckDiagnostic[] {
  if (flows.length === 0) return [];
  const { severities, suppressionsOf = () => [] } = options;
  const services = options.services ?? builtinServices();
  const tax = notice?.taxonomy ?? taxonomy;
  const out: CheckDiagnostic[] = [];
  for (const flow of activeFlows(flows, notice, suppressionsOf)) {
    const logged = flow.service === LOG_SERVICE;
    const checkId = logged ? "personal-data-logged" : "undeclared-recipient";
    if (flowSuppressedForCheck(suppressionsOf(flow.file), flow, checkId)) continue;
    const service = serviceInfo(flow, services);
    const sends = logged ? `${flow.sink} writes ${flow.category} to a log` : `${flow.sink} sends ${flow.category} to ${service.name} (${service.kind})`;
    const base = { file: flow.file, range: flow.range, category: flow.category, flow };
    if (!notice) {
      const d = makeDiagnostic(checkId, severities, { ...base, message: `${sends}, but no privacy-notice.yaml covers this file` });
      if (d) out.push(d);
      continue;
    }
    const { decl, recipients } = flowVerdict(notice, flow, tax);
    if (recipients.length > 0) continue;
    let message: string;
    let related: { file: string; range: Range; message: string };
    if (!decl) {
      message = `${sends}; the privacy notice does not declare ${flow.category} at all`;
      related = { file: notice.file, range: notice.categoriesRange, message: "declared categories" };
    } else {
      const declaredAs = decl.key === flow.category ? decl.key : `${decl.key} (which covers ${flow.category})`;
      const want = logged ? "services: [log]" : `services: [${flow.service}]`;
      // A recipient that stands for the service but is not listed on the category: the fix is one name away.
      const elsewhere = recipientsForService(notice, flow.service)[0];
      const hint = elsewhere ? `; recipient "${elsewhere.name}" stands for it: list it under the category's recipients:` : "";
      message = `${sends}; no recipient listed on ${declaredAs} in the notice has ${want}${hint}`;
      related = { file: notice.file, range: decl.range, message: `declaration of ${decl.key}` };
    }
    const d = makeDiagnostic(checkId, severities, { ...base, message, category: decl?.key ?? flow.category, related: [related] });
    if (d) out.push(d);
  }
  return out;
}
