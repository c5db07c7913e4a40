/** `check --format json`: the diagnostics as data, paths relative to the project root with `/`. */
import type { CheckDiagnostic, ScanNote } from "../core/types";
import { countBySeverity, displayPath, oneBased } from "./style";

export interface JsonReportInput {
  version: string;
  root: string;
  diagnostics: CheckDiagnostic[];
  notes: ScanNote[];
  fileCount: number;
  findingCount: number;
  changedSince?: string;
}

export function formatJson(input: JsonReportInput): string {
  const rel = (f: string) => displayPath(f, input.root);
  const counts = countBySeverity(input.diagnostics);
  const out = {
    tool: "privacy-lint",
    version: input.version,
    root: input.root.split("\\").join("/"),
    ...(input.changedSince ? { changedSince: input.changedSince } : {}),
    summary: { files: input.fileCount, findings: input.findingCount, problems: input.diagnostics.length, ...counts },
    diagnostics: input.diagnostics.map((d) => ({
      file: rel(d.file),
      ...oneBased(d.range),
      severity: d.severity,
      checkId: d.checkId,
      message: d.message,
      ...(d.category ? { category: d.category } : {}),
      ...(d.finding ? { field: d.finding.field, owner: d.finding.owner, confidence: d.finding.confidence, evidence: d.finding.evidence } : {}),
      ...(d.related?.length ? { related: d.related.map((r) => ({ file: rel(r.file), ...oneBased(r.range), message: r.message })) } : {}),
    })),
    notes: input.notes.map((n) => ({
      file: rel(n.file),
      ...(n.range ? oneBased(n.range) : {}),
      severity: n.severity,
      code: n.code,
      message: n.message,
    })),
  };
  return JSON.stringify(out, null, 2) + "\n";
}
