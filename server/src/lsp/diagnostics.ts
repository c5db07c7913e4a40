/**
 * From core check results to LSP diagnostics. Code diagnostics are a pure function of a file's cached findings and
 * its notice, so a notice edit re-checks every file without scanning anything. Every diagnostic carries a stable
 * `code` (the check id), a link to its documentation, the notice entry it involves, and `data` for code actions.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation } from "vscode-languageserver/node";
import { applyExemptions, checkFindings, checkNotice, CHECKS, noticeInvalidDiagnostic, usedCategories, type CheckId } from "../core/notice/checks";
import { activeFlows, checkFlows } from "../core/notice/flow-checks";
import type { CheckDiagnostic, Finding } from "../core/types";
import { pathToUri, type FileRecord, type NoticeRecord, type WorkspaceState } from "./workspace";

export const DIAGNOSTIC_SOURCE = "privacy-lint";

/** What a code action needs to know about a diagnostic, without looking anything up again. */
export interface DiagnosticData {
  checkId: CheckId;
  category?: string;
  /** The finding behind a code diagnostic. */
  field?: { owner: string; name: string; category: string; line: number };
  /** The flow behind an undeclared-recipient / personal-data-logged diagnostic; `line` is the call's first line. */
  flow?: { service: string; serviceKind: string; category: string; sink: string; line: number };
  noticeFile?: string;
}

const SEVERITY: Record<CheckDiagnostic["severity"], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: CheckDiagnostic, noticeFile: string | undefined): Diagnostic {
  const info = CHECKS[d.checkId as CheckId];
  const related: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({
    location: { uri: pathToUri(r.file), range: r.range },
    message: r.message,
  }));
  const data: DiagnosticData = { checkId: d.checkId as CheckId, category: d.category, noticeFile };
  if (d.finding) data.field = { owner: d.finding.owner, name: d.finding.field, category: d.finding.category, line: d.finding.range.start.line };
  if (d.flow) data.flow = { service: d.flow.service, serviceKind: d.flow.serviceKind, category: d.flow.category, sink: d.flow.sink, line: d.flow.callRange.start.line };
  const diagnostic: Diagnostic = {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.checkId,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    data,
  };
  if (info) diagnostic.codeDescription = { href: info.docsUrl };
  if (related.length) diagnostic.relatedInformation = related;
  if (d.checkId === "unused-declaration") diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

/** Diagnostics for one code file, from its cached findings and the notice that applies to it. */
export function codeDiagnostics(state: WorkspaceState, record: FileRecord): Diagnostic[] {
  const noticeFile = state.noticeFor(record.file);
  const notice = state.effectiveNotice(noticeFile);
  const taxonomy = state.taxonomyFor(record.file);
  const severities = state.severitiesFor(record.file);
  const flows = checkFlows(record.flows ?? [], notice, taxonomy, { severities, suppressionsOf: () => state.flowSuppressions(record) });
  return [...checkFindings(record.findings, notice, taxonomy, severities), ...flows].map((d) => toLspDiagnostic(d, noticeFile));
}

/** The findings the checks apply to under a notice (not suppressed, not exempt). */
export function activeFindings(state: WorkspaceState, noticeFile: string): Finding[] {
  const all = state.filesUnder(noticeFile).flatMap((r) => r.findings);
  return applyExemptions(all, state.effectiveNotice(noticeFile)).kept;
}

/**
 * Diagnostics on a notice: its load problems (syntax, schema, unknown categories, undefined recipients), the one
 * "cannot be used" diagnostic when it does not load, and the notice checks (retention, conditions, unused
 * declarations given what the workspace's code collects). Notice-side diagnostics about a category point at up to
 * five fields that collect it.
 */
export function noticeDiagnostics(state: WorkspaceState, record: NoticeRecord): Diagnostic[] {
  const severities = state.severitiesFor(record.file);
  const taxonomy = state.taxonomyFor(record.file);
  const out: CheckDiagnostic[] = [...record.result.problems];
  const invalid = noticeInvalidDiagnostic(record.result, record.file, record.lastValid !== undefined, severities);
  if (invalid) out.push(invalid);
  const notice = record.result.notice;
  if (notice) {
    const records = state.filesUnder(record.file);
    const findings = records.flatMap((r) => r.findings);
    // Data sent to a service is collected too: a category only flows carry is not "unused" (as in checkProject).
    const used = usedCategories(findings, notice);
    for (const r of records) for (const f of activeFlows(r.flows ?? [], notice, () => state.flowSuppressions(r))) used.add(f.category);
    const checks = checkNotice(notice, taxonomy, used, severities);
    const kept = applyExemptions(findings, notice).kept;
    for (const d of checks) {
      if (d.category && d.checkId !== "unused-declaration") {
        const tax = notice.taxonomy;
        const users = kept.filter((f) => tax.covers(d.category!, f.category)).slice(0, 5);
        d.related = [...(d.related ?? []), ...users.map((f) => ({ file: f.file, range: f.range, message: `${f.owner}.${f.field} collects ${f.category}` }))];
      }
      out.push(d);
    }
  }
  return out.map((d) => toLspDiagnostic(d, record.file));
}
