/**
 * The project pass for flows: a sink call whose client is imported from another file of the project
 * (`import { analytics } from "../lib/analytics"`) gets that file's service; a whole record in a sink's arguments
 * (`console.log(user)`, `JSON.stringify(patient)`) carries the categories its type declares, wherever in the project
 * that type is (the findings of its fields).
 */
import type { ProjectIndex } from "../index/project-index";
import type { Finding, Flow } from "../types";
import { isSuppressed, type Suppression } from "../scan/suppressions";
import type { SinkCatalogue } from "./catalogue";
import { firstPerCategory, type DataHit, type PendingFlow } from "./hits";

/** Categories of each record type, from the findings: type name (an owner's first segment) -> category -> confidence. */
export type RecordCategories = Map<string, Map<string, number>>;

export function recordCategories(findings: Iterable<Finding>): RecordCategories {
  const out: RecordCategories = new Map();
  for (const f of findings) {
    // `User.address.city` is the User's data; a type's own nested objects are its own.
    const type = f.owner.split(".")[0];
    const cats = out.get(type) ?? out.set(type, new Map()).get(type)!;
    if ((cats.get(f.category) ?? 0) < f.confidence) cats.set(f.category, f.confidence);
  }
  return out;
}

/** The flows of a file's pending sink calls, resolved against the project (unresolvable ones are dropped). */
export function resolvePendingFlows(
  file: string,
  pending: readonly PendingFlow[] | undefined,
  index: ProjectIndex,
  records: RecordCategories,
  catalogue: SinkCatalogue,
  suppressions: readonly Suppression[] = [],
): Flow[] {
  const flows: Flow[] = [];
  for (const p of pending ?? []) {
    const serviceId = p.service ?? (p.client ? index.clientService(file, p.client.from, p.client.name) : undefined);
    const service = serviceId ? catalogue.services.get(serviceId) ?? (serviceId === "http" ? { id: "http", kind: "http" } : undefined) : undefined;
    if (!service) continue;
    const hits: DataHit[] = [...p.hits];
    for (const r of p.records) {
      const type = r.types.find((t) => records.has(t));
      if (type) {
        for (const [category, confidence] of records.get(type)!) {
          hits.push({ category, confidence: Math.round(confidence * 90) / 100, range: r.range, evidence: `${r.evidence} (a whole ${type})` });
        }
      } else {
        for (const read of r.read ?? []) hits.push({ category: read.category, confidence: Math.round(read.confidence * 80) / 100, range: r.range, evidence: `${r.evidence} (a record its code reads ${read.category} from)` });
      }
    }
    const silencers = [...suppressions, ...(p.suppressions ?? [])];
    for (const h of firstPerCategory(hits)) {
      if (isSuppressed(silencers, h.range.start.line, h.category) || isSuppressed(silencers, p.callRange.start.line, h.category)) continue;
      flows.push({ file, range: h.range, callRange: p.callRange, service: service.id, serviceKind: service.kind, category: h.category, sink: p.sink, evidence: h.evidence, confidence: h.confidence });
    }
  }
  return flows;
}
