/**
 * What the project pass (resolveReferences) adds to a file's result, and how it is merged in: one module, light to
 * load, so that the scan cache completes a result from a recorded pass with the very merges the pass itself makes.
 */
import { byPosition, type FileScanResult, type Finding, type Flow } from "../types";

/**
 * What the project pass added to one file's result: the findings (and suppressed ones) of its pending fields and the
 * flows of its pending sink calls. Plain data: the scan cache keeps it.
 */
export interface ResolvedDelta {
  findings?: Finding[];
  suppressed?: Finding[];
  flows?: Flow[];
}

/** A file's own findings with those its pending fields were classified as, in position order. */
export function mergeResolved(own: { findings: Finding[]; suppressed: Finding[] }, resolved: { findings: readonly Finding[]; suppressed: readonly Finding[] }): { findings: Finding[]; suppressed: Finding[] } {
  return {
    findings: resolved.findings.length ? [...own.findings, ...resolved.findings].sort(byPosition) : own.findings,
    suppressed: resolved.suppressed.length ? [...own.suppressed, ...resolved.suppressed].sort(byPosition) : own.suppressed,
  };
}

/** A file's own flows with those of its pending sink calls, in position order. */
export function mergeFlows(own: Flow[] | undefined, resolved: readonly Flow[]): Flow[] {
  return [...(own ?? []), ...resolved].sort(byPosition);
}

/**
 * Completes a result (without its summary and pending fields) as the project pass did when it recorded `delta`: the
 * same merges, so the same arrays in the same order.
 */
export function applyResolved(r: FileScanResult, delta: ResolvedDelta | undefined): FileScanResult {
  if (delta?.findings?.length || delta?.suppressed?.length) ({ findings: r.findings, suppressed: r.suppressed } = mergeResolved(r, { findings: delta.findings ?? [], suppressed: delta.suppressed ?? [] }));
  if (delta?.flows?.length) r.flows = mergeFlows(r.flows, delta.flows);
  return r;
}
