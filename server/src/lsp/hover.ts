/**
 * Hover on a detected field: its category, why it was detected, and what the notice says about it (purposes,
 * basis, condition, retention, recipients), or that it is undeclared, exempt or suppressed. Hover on a call that
 * sends personal data (a flow's call): what it sends to whom, and which recipients of the notice stand for it. Hover on
 * a category key in the notice: the fields that collect it.
 */
import * as path from "path";
import { MarkupKind, type Hover, type Position } from "vscode-languageserver/node";
import { applyExemptions } from "../core/notice/checks";
import { builtinServices, flowVerdict, LOG_SERVICE, recipientsForService, serviceInfo, type ServiceInfo } from "../core/notice/flow-checks";
import type { Taxonomy } from "../core/classify/taxonomy";
import { coveringDeclaration, effectiveBases, type CategoryDeclaration, type Notice, type Retention } from "../core/notice/model";
import type { Finding, Flow, Range } from "../core/types";
import type { FileRecord, WorkspaceState } from "./workspace";

function contains(range: Range, pos: Position): boolean {
  const afterStart = pos.line > range.start.line || (pos.line === range.start.line && pos.character >= range.start.character);
  const beforeEnd = pos.line < range.end.line || (pos.line === range.end.line && pos.character <= range.end.character);
  return afterStart && beforeEnd;
}

export function hoverForCode(state: WorkspaceState, file: string, pos: Position): Hover | undefined {
  const record = state.files.get(file);
  if (!record) return undefined;
  const active = record.findings.find((f) => contains(f.range, pos));
  const suppressed = active ? undefined : record.suppressed.find((f) => contains(f.range, pos));
  const finding = active ?? suppressed;
  if (!finding) return hoverForFlows(state, file, record, pos);
  const tax = state.taxonomy;
  const info = tax.get(finding.category);
  const lines: string[] = [];
  lines.push(`**privacy-lint** · \`${finding.owner}.${finding.field}\` collects **${finding.category}**${info ? ` (${info.name})` : ""}`);
  if (info?.special) lines.push(`\n*${info.special === "art9" ? "Special category, GDPR Art. 9" : "Criminal-offence data, GDPR Art. 10"}*`);
  lines.push(`\nDetected because: ${finding.evidence} (rule \`${finding.ruleId}\`, confidence ${finding.confidence.toFixed(2)})`);
  if (suppressed) {
    lines.push("\nSuppressed by a `privacy-lint-disable` comment: not checked against the notice.");
    return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n") }, range: finding.range };
  }
  const noticeFile = state.noticeFor(file);
  const notice = state.effectiveNotice(noticeFile);
  if (!noticeFile || !notice) {
    lines.push("\n**Not declared**: no privacy-notice.yaml covers this file.");
  } else {
    const rel = path.basename(noticeFile);
    const exempt = applyExemptions([finding], notice).exempt[0];
    const decl = coveringDeclaration(notice, finding.category);
    if (exempt) lines.push(`\nExempt in ${rel}: ${exempt.exemption.reason}`);
    else if (!decl) lines.push(`\n**Not declared** in ${rel}.`);
    else lines.push(`\n${rel} declares ${decl.key === finding.category ? `\`${decl.key}\`` : `\`${decl.key}\` (covers ${finding.category})`}:`, ...describeDeclaration(notice, decl));
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n") }, range: finding.range };
}

/** Hover on a call that sends personal data: the flows of the innermost call under the cursor. */
function hoverForFlows(state: WorkspaceState, file: string, record: FileRecord, pos: Position): Hover | undefined {
  const under = (record.flows ?? []).filter((f) => contains(f.callRange, pos));
  if (under.length === 0) return undefined;
  const size = (r: Range) => (r.end.line - r.start.line) * 1e6 + (r.end.character - r.start.character);
  const innermost = under.reduce((a, b) => (size(b.callRange) < size(a.callRange) ? b : a)).callRange;
  const flows = under.filter((f) => f.callRange.start.line === innermost.start.line && f.callRange.start.character === innermost.start.character);
  const noticeFile = state.noticeFor(file);
  const value = renderFlowHover(flows, state.effectiveNotice(noticeFile), noticeFile ? path.basename(noticeFile) : undefined, state.taxonomyFor(file));
  return { contents: { kind: MarkupKind.Markdown, value }, range: innermost };
}

/**
 * The hover text of one call's flows (pure: tested directly): each category and the service it goes to, then what the
 * notice says, per category: the recipients listed on it that stand for the service, or that none does.
 */
export function renderFlowHover(flows: Flow[], notice: Notice | undefined, noticeName: string | undefined, taxonomy: Taxonomy, services: ReadonlyMap<string, ServiceInfo> = builtinServices()): string {
  const sink = flows[0]?.sink ?? "";
  const logged = flows.every((f) => f.service === LOG_SERVICE);
  const lines = [`**privacy-lint** · \`${sink}\` ${logged ? "writes personal data to a log" : "sends personal data"}`, ""];
  for (const f of flows) {
    const s = serviceInfo(f, services);
    const name = taxonomy.get(f.category)?.name;
    lines.push(`- **${f.category}**${name ? ` (${name})` : ""} → ${s.name} (${s.kind})${f.evidence ? `: \`${f.evidence.replace(/`/g, "'")}\`` : ""}`);
  }
  lines.push("");
  if (!notice) {
    lines.push("**Not declared**: no privacy-notice.yaml covers this file.");
    return lines.join("\n");
  }
  lines.push(`${noticeName ?? "The notice"} says:`);
  for (const f of flows) {
    const s = serviceInfo(f, services);
    const { decl, recipients } = flowVerdict(notice, f, taxonomy);
    if (!decl) {
      lines.push(`- ${f.category}: **not declared**`);
    } else if (recipients.length > 0) {
      const who = recipients.map((r) => `\`${r.name}\`${r.kind ? ` (${r.kind}${r.country ? `, ${r.country}` : ""})` : ""}${r.retention ? `, kept ${describeRetention(r.retention)}` : ""}`);
      lines.push(`- ${f.category}: sent to ${s.name} through ${who.join(", ")}${decl.key !== f.category ? ` (declared as ${decl.key})` : ""}`);
    } else {
      const elsewhere = recipientsForService(notice, f.service)[0];
      lines.push(`- ${f.category}: **no recipient** listed on ${decl.key} stands for ${s.name}${elsewhere ? ` (\`${elsewhere.name}\` does, but is not listed on it)` : ""}`);
    }
  }
  return lines.join("\n");
}

export function describeDeclaration(notice: Notice, decl: CategoryDeclaration): string[] {
  const out: string[] = [];
  const purposes = decl.purposes.map((p) => {
    const bases = notice.purposes.get(p.name)?.bases ?? [];
    return bases.length ? `${p.name} (${bases.join(", ")})` : p.name;
  });
  out.push(`- Purposes: ${purposes.length ? purposes.join("; ") : "none stated"}`);
  const bases = effectiveBases(notice, decl);
  out.push(`- Lawful basis: ${bases.length ? bases.join(", ") : "none stated"}`);
  if (decl.condition) out.push(`- Art. 9/10 condition: ${decl.condition}`);
  out.push(`- Retention: ${describeRetention(decl.retention)}`);
  const recipients = decl.recipients.map((r) => {
    const def = notice.recipients.get(r.name);
    return def?.kind ? `${r.name} (${def.kind}${def.country ? `, ${def.country}` : ""})` : r.name;
  });
  out.push(`- Recipients: ${recipients.length ? recipients.join(", ") : "none"}`);
  return out;
}

export function describeRetention(retention: Retention | undefined): string {
  if (!retention) return "**none stated**";
  if (retention.kind === "text") return `"${retention.text}" (not concrete)`;
  return retention.rules
    .map((r) => {
      const parts: string[] = [];
      if (r.period) parts.push(`${r.period}${r.after ? ` after ${r.after.replace(/_/g, " ")}` : " from collection"}`);
      else if (r.after) parts.push(`until ${r.after.replace(/_/g, " ")}`);
      if (r.asRequiredBy) parts.push(`as required by ${r.asRequiredBy}`);
      parts.push(`then ${r.then ?? "delete"}`);
      return parts.join(", ");
    })
    .join("; ");
}

/** Hover on a category key in the notice: which fields collect it. */
export function hoverForNotice(state: WorkspaceState, noticeFile: string, pos: Position): Hover | undefined {
  const notice = state.notices.get(noticeFile)?.result.notice;
  if (!notice) return undefined;
  const decl = notice.categories.find((c) => contains(c.range, pos));
  if (!decl) return undefined;
  const findings: Finding[] = [];
  for (const record of state.filesUnder(noticeFile)) for (const f of applyExemptions(record.findings, notice).kept) if (notice.taxonomy.covers(decl.key, f.category)) findings.push(f);
  const info = notice.taxonomy.get(decl.key);
  const lines = [`**${decl.key}**${info ? ` (${info.name})` : ""}`];
  if (info?.description) lines.push(`\n${info.description}`);
  const base = path.dirname(noticeFile);
  if (findings.length === 0) lines.push("\nNo scanned field collects it.");
  else {
    lines.push(`\nCollected by ${findings.length} field${findings.length === 1 ? "" : "s"}:`);
    for (const f of findings.slice(0, 10)) lines.push(`- \`${f.owner}.${f.field}\` (${f.category}) in ${path.relative(base, f.file).split(path.sep).join("/")}:${f.range.start.line + 1}`);
    if (findings.length > 10) lines.push(`- … and ${findings.length - 10} more`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n") }, range: decl.range };
}
