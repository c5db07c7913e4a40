/**
 * `check --format sarif`: SARIF 2.1.0 for GitHub code scanning and other viewers. Every check is a rule with its
 * description, help and docs link; each result carries a partialFingerprint built from WHAT it is about (check,
 * file, category, owner.field or notice entry), not from its line, so code scanning tracks it across commits that
 * move it.
 */
import { createHash } from "crypto";
import { pathToFileURL } from "url";
import type * as Sarif from "sarif";
import { CHECKS, type CheckId } from "../core/notice/checks";
import type { CheckDiagnostic, Severity } from "../core/types";
import { displayPath, oneBased } from "./style";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SRCROOT = "%SRCROOT%";
export const FINGERPRINT_KEY = "privacyLintFingerprint/v1";

export interface SarifInput {
  version: string;
  root: string;
  diagnostics: CheckDiagnostic[];
  informationUri?: string;
}

function level(severity: Exclude<Severity, "off">): Sarif.ReportingConfiguration.level {
  return severity === "error" ? "error" : severity === "warning" ? "warning" : "note";
}

/** "undeclared-category" -> "UndeclaredCategory" (SARIF rule names are conventionally Pascal case). */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function uriOf(file: string, root: string): string {
  return displayPath(file, root).split("/").map(encodeURIComponent).join("/");
}

export function formatSarif(input: SarifInput): string {
  const ids = Object.keys(CHECKS).sort() as CheckId[];
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const rules: Sarif.ReportingDescriptor[] = ids.map((id) => {
    const c = CHECKS[id];
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: c.title },
      fullDescription: { text: c.description },
      help: { text: c.help, markdown: `${c.help}\n\n[Documentation](${c.docsUrl})` },
      helpUri: c.docsUrl,
      defaultConfiguration: { level: level(c.defaultSeverity) },
      properties: { tags: ["privacy", c.on] },
    };
  });

  const seen = new Map<string, number>();
  const results: Sarif.Result[] = input.diagnostics.map((d) => {
    const uri = uriOf(d.file, input.root);
    const p = oneBased(d.range);
    // A flow is what is sent by which call to which service (not where the call is), as a field is its owner.name.
    const subject = d.finding ? `${d.finding.owner}.${d.finding.field}` : d.flow ? `${d.flow.sink}\u0000${d.flow.service}\u0000${d.flow.category}` : (d.category ?? d.message);
    const basis = [d.checkId, uri, d.category ?? "", subject].join("\u0000");
    // Two identical subjects in one file (rare) get distinct fingerprints by order of appearance.
    const n = (seen.get(basis) ?? 0) + 1;
    seen.set(basis, n);
    const fingerprint = createHash("sha256").update(`${basis}\u0000${n}`).digest("hex").slice(0, 32);
    const result: Sarif.Result = {
      ruleId: d.checkId,
      ruleIndex: ruleIndex.get(d.checkId as CheckId),
      level: level(d.severity),
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: SRCROOT },
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    };
    if (d.related?.length) {
      result.relatedLocations = d.related.map((r, i) => {
        const rp = oneBased(r.range);
        return {
          id: i + 1,
          message: { text: r.message },
          physicalLocation: {
            artifactLocation: { uri: uriOf(r.file, input.root), uriBaseId: SRCROOT },
            region: { startLine: rp.line, startColumn: rp.column, endLine: rp.endLine, endColumn: rp.endColumn },
          },
        };
      });
    }
    if (d.category) result.properties = { category: d.category };
    return result;
  });

  let rootUri = pathToFileURL(input.root).href;
  if (!rootUri.endsWith("/")) rootUri += "/";
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "privacy-lint",
            semanticVersion: input.version,
            version: input.version,
            informationUri: input.informationUri ?? "https://github.com/privacy-lint/privacy-lint",
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}
