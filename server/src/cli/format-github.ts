/**
 * `check --format github`: GitHub Actions workflow commands, which the runner turns into annotations on the pull
 * request's diff. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import type { CheckDiagnostic } from "../core/types";
import { countBySeverity, displayPath, oneBased, plural } from "./style";

/** Data (message) escaping: the runner decodes %25, %0D, %0A. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values additionally must not contain the `:` and `,` that delimit properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithub(diagnostics: CheckDiagnostic[], base: string): string {
  const lines = diagnostics.map((d) => {
    const command = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
    const p = oneBased(d.range);
    const props = [
      `file=${escapeProperty(displayPath(d.file, base))}`,
      `line=${p.line}`,
      `col=${p.column}`,
      `endLine=${p.endLine}`,
      // endColumn only means something on a single-line annotation.
      ...(p.endLine === p.line ? [`endColumn=${p.endColumn}`] : []),
      `title=${escapeProperty(`privacy-lint (${d.checkId})`)}`,
    ];
    return `::${command} ${props.join(",")}::${escapeData(d.message)}`;
  });
  const c = countBySeverity(diagnostics);
  lines.push(`privacy-lint: ${plural(diagnostics.length, "problem")} (${plural(c.error, "error")}, ${plural(c.warning, "warning")})`);
  return lines.join("\n") + "\n";
}
