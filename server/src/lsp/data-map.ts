/**
 * The data map of the workspace, as the editor shows it: for each notice (and for code no notice covers), every
 * category the code collects, the fields that collect it, and what the notice says about it.
 */
import * as path from "path";
import { applyExemptions } from "../core/notice/checks";
import { coveringDeclaration, effectiveBases } from "../core/notice/model";
import type { Finding } from "../core/types";
import { describeRetention } from "./hover";
import type { WorkspaceState } from "./workspace";

export interface DataMapCategory {
  category: string;
  name?: string;
  special?: "art9" | "art10";
  /** The notice key that covers it; undefined when undeclared. */
  declaredAs?: string;
  purposes: string[];
  bases: string[];
  retention?: string;
  recipients: string[];
  fields: { file: string; line: number; owner: string; field: string }[];
}

export interface DataMapSection {
  /** Path of the notice, or undefined for files no notice covers. */
  notice?: string;
  /** True when the notice currently has errors and its last valid version is shown. */
  stale: boolean;
  categories: DataMapCategory[];
  exemptFields: number;
  /** Declared categories no scanned field collects. */
  unused: string[];
}

export function buildDataMap(state: WorkspaceState): DataMapSection[] {
  const groups = new Map<string | undefined, Finding[]>();
  for (const record of state.files.values()) {
    const notice = state.noticeFor(record.file);
    groups.set(notice, [...(groups.get(notice) ?? []), ...record.findings]);
  }
  for (const n of state.notices.keys()) if (!groups.has(n)) groups.set(n, []);
  const sections: DataMapSection[] = [];
  for (const [noticeFile, all] of groups) {
    const notice = state.effectiveNotice(noticeFile);
    const { kept, exempt } = applyExemptions(all, notice);
    const base = noticeFile ? path.dirname(noticeFile) : state.folders[0]?.root ?? process.cwd();
    const byCategory = new Map<string, Finding[]>();
    for (const f of kept) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
    const categories: DataMapCategory[] = [...byCategory.keys()].sort().map((category) => {
      const info = state.taxonomy.get(category);
      const decl = notice ? coveringDeclaration(notice, category) : undefined;
      return {
        category,
        name: info?.name,
        special: info?.special,
        declaredAs: decl?.key,
        purposes: decl?.purposes.map((p) => p.name) ?? [],
        bases: notice && decl ? effectiveBases(notice, decl) : [],
        retention: decl ? describeRetention(decl.retention).replace(/\*\*/g, "") : undefined,
        recipients: decl?.recipients.map((r) => r.name) ?? [],
        fields: byCategory
          .get(category)!
          .map((f) => ({ file: path.relative(base, f.file).split(path.sep).join("/"), line: f.range.start.line + 1, owner: f.owner, field: f.field }))
          .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)),
      };
    });
    const used = new Set(kept.map((f) => f.category));
    const unused = notice ? notice.categories.filter((d) => ![...used].some((u) => notice.taxonomy.covers(d.key, u))).map((d) => d.key) : [];
    const stale = noticeFile ? !state.notices.get(noticeFile)?.result.notice && notice !== undefined : false;
    sections.push({ notice: noticeFile, stale, categories, exemptFields: exempt.length, unused });
  }
  return sections.sort((a, b) => (a.notice ?? "~").localeCompare(b.notice ?? "~"));
}

const cell = (s: string) => s.replace(/\|/g, "\\|");

export function renderDataMapMarkdown(sections: DataMapSection[]): string {
  const out: string[] = ["# Data map", ""];
  if (sections.length === 0) out.push("No personal-data fields found and no privacy notice in the workspace.");
  for (const s of sections) {
    out.push(`## ${s.notice ? `Notice: ${s.notice}` : "Code no privacy notice covers"}`, "");
    if (s.stale) out.push("> The notice has errors; this shows its last valid version.", "");
    if (s.categories.length === 0) out.push("No personal-data fields found.", "");
    else {
      out.push("| Category | Declared as | Purposes | Basis | Retention | Recipients | Fields |", "|---|---|---|---|---|---|---|");
      for (const c of s.categories) {
        const fields = c.fields.slice(0, 6).map((f) => `${f.owner}.${f.field} (${f.file}:${f.line})`).join("<br>") + (c.fields.length > 6 ? `<br>… ${c.fields.length - 6} more` : "");
        out.push(
          `| ${cell(c.category)}${c.special ? ` (${c.special === "art9" ? "Art. 9" : "Art. 10"})` : ""} | ${c.declaredAs ? cell(c.declaredAs) : "**undeclared**"} | ${cell(c.purposes.join(", ") || "–")} | ${cell(c.bases.join(", ") || "–")} | ${cell(c.retention ?? "–")} | ${cell(c.recipients.join(", ") || "–")} | ${cell(fields)} |`,
        );
      }
      out.push("");
    }
    if (s.exemptFields) out.push(`${s.exemptFields} field${s.exemptFields === 1 ? " is" : "s are"} exempt by the notice's exemptions.`, "");
    if (s.unused.length) out.push(`Declared but not found in code: ${s.unused.join(", ")}.`, "");
  }
  return out.join("\n");
}
