/**
 * `privacy-lint fix`: the notice edits that need no human choice. Creates the notice when there is none, declares
 * missing categories with TODO placeholders (the checks keep flagging them until a person decides), and names the
 * recipient of every service (and log) that code sends a category to (`undeclared-recipient`, `personal-data-logged`):
 * the data does go there, so the notice must say so. Suppressing a call instead is a choice left to the editor.
 * The edit builders make minimal insertions, so every other byte of a hand-edited notice stays as it was, and they
 * return nothing when their change is already there, so a second run changes nothing.
 *
 * Writes are atomic (core/write-file.ts) and refuse to overwrite a notice that changed on disk after it was read
 * (an editor saving at the same moment must not lose its edit), or one that appeared after the check.
 */
import { applyExemptions } from "../core/notice/checks";
import { applyEdits, createNoticeText, declareCategoriesEdits, fieldRefs, type FieldRef } from "../core/notice/fixes";
import { serviceInfo } from "../core/notice/flow-checks";
import { coveringDeclaration } from "../core/notice/model";
import { declareRecipientsEdits } from "../core/notice/recipient-fixes";
import type { LoadedNotice, ProjectResult } from "../core/project";
import type { Finding, Flow } from "../core/types";

export interface PlannedFix {
  file: string;
  /** Text read from disk, undefined when the notice is to be created. */
  before?: string;
  after: string;
  /** Categories newly declared. */
  declared: string[];
  /** Recipients listed on categories for the services code sends them to. */
  recipients: { category: string; service: string; recipient: string }[];
  created: boolean;
}

export interface FixPlan {
  fixes: PlannedFix[];
  /** Notices that cannot be fixed automatically, with why. */
  skipped: { file: string; reason: string }[];
}

function declaresKey(text: string, key: string): boolean {
  return new RegExp(`(?:^|[{,])[ \\t]*["']?${key.replace(/\./g, "\\.")}["']?[ \\t]*:`, "m").test(text);
}

function needsByCategory(findings: Finding[], noticeFile: string): Map<string, FieldRef[]> {
  const needed = new Map<string, Finding[]>();
  for (const f of findings) (needed.get(f.category) ?? needed.set(f.category, []).get(f.category)!).push(f);
  return new Map([...needed].map(([c, fs]) => [c, fieldRefs(fs, noticeFile)]));
}

/** The recipient fixes for the flows the checks flagged (suppressed, exempt, or `off` checks are not flagged). */
function recipientNeeds(flows: Flow[], flagged: Set<Flow>, noticeFile: string) {
  const needs = new Map<string, { category: string; service: ReturnType<typeof serviceInfo>; fields: FieldRef[] }>();
  for (const flow of flows) {
    if (!flagged.has(flow)) continue;
    const key = `${flow.category}\u0000${flow.service}`;
    // The call is named in the comment above a category this fix has to declare.
    const call = fieldRefs([{ file: flow.file, range: flow.callRange, owner: "", field: flow.sink } as Finding], noticeFile);
    const need = needs.get(key) ?? needs.set(key, { category: flow.category, service: serviceInfo(flow), fields: [] }).get(key)!;
    if (need.fields.length < 5) need.fields.push(...call);
  }
  return [...needs.values()];
}

/** Works out the edits for every notice of the project (nothing is written). */
export function planFixes(result: ProjectResult, defaultNoticeFile: string): FixPlan {
  const plan: FixPlan = { fixes: [], skipped: [] };
  const groups: LoadedNotice[] = [...result.notices];
  const uncoveredFlows = result.uncoveredFlows ?? [];
  if (result.uncovered.length > 0 || uncoveredFlows.length > 0) {
    // Files no notice covers get one at the project root (or the configured path).
    const existing = groups.find((g) => g.file === defaultNoticeFile);
    if (existing) {
      existing.findings = [...existing.findings, ...result.uncovered];
      existing.flows = [...existing.flows, ...uncoveredFlows];
    } else groups.push({ file: defaultNoticeFile, exists: false, findings: result.uncovered, exempt: [], flows: uncoveredFlows });
  }
  const flagged = new Set(
    result.diagnostics.filter((d) => d.flow && (d.checkId === "undeclared-recipient" || d.checkId === "personal-data-logged")).map((d) => d.flow!),
  );
  for (const group of groups.sort((a, b) => (a.file < b.file ? -1 : 1))) {
    const needs = recipientNeeds(group.flows, flagged, group.file);
    if (!group.exists) {
      if (group.findings.length === 0 && needs.length === 0) continue;
      const created = createNoticeText(group.findings, result.taxonomy, { noticeFile: group.file });
      const named = declareRecipientsEdits(created, needs, result.taxonomy);
      const after = applyEdits(created, named.edits);
      const declared = [...new Set([...group.findings.map((f) => f.category), ...needs.map((n) => n.category)])].filter((c) => declaresKey(after, c)).sort();
      plan.fixes.push({ file: group.file, after, declared, recipients: named.done, created: true });
      continue;
    }
    if (!group.notice || group.text === undefined) {
      plan.skipped.push({ file: group.file, reason: "the notice has errors that stop it from being read; fix them first (run `privacy-lint check`)" });
      continue;
    }
    const notice = group.notice;
    const { kept } = applyExemptions(group.findings, notice, notice.taxonomy);
    const undeclared = kept.filter((f) => !coveringDeclaration(notice, f.category, notice.taxonomy));
    if (undeclared.length === 0 && needs.length === 0) continue;
    const withCategories = applyEdits(group.text, declareCategoriesEdits(group.text, needsByCategory(undeclared, group.file), notice.taxonomy));
    const named = declareRecipientsEdits(withCategories, needs, notice.taxonomy);
    const after = applyEdits(withCategories, named.edits);
    if (after === group.text) continue;
    // A parent declared in this run covers its children, so only report the keys that were actually written.
    const candidates = [...undeclared.map((f) => f.category), ...needs.map((n) => n.category)];
    const declared = [...new Set(candidates)].filter((c) => declaresKey(after, c) && !declaresKey(group.text!, c)).sort();
    plan.fixes.push({ file: group.file, before: group.text, after, declared, recipients: named.done, created: false });
  }
  return plan;
}

export { ConcurrentEditError, writeFileAtomic } from "../core/write-file";

/** A unified diff of two texts (line based, LCS), for `fix --dry-run`. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  // Trim the common prefix/suffix first: fixes are insertions, so the LCS table stays tiny.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const ops: { kind: " " | "-" | "+"; text: string }[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: " ", text: a[i] });
  const lcs: number[][] = Array.from({ length: am.length + 1 }, () => new Array<number>(bm.length + 1).fill(0));
  for (let i = am.length - 1; i >= 0; i--) for (let j = bm.length - 1; j >= 0; j--) lcs[i][j] = am[i] === bm[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  let i = 0;
  let j = 0;
  while (i < am.length || j < bm.length) {
    if (i < am.length && j < bm.length && am[i] === bm[j]) {
      ops.push({ kind: " ", text: am[i++] });
      j++;
    } else if (j < bm.length && (i === am.length || lcs[i][j + 1] >= lcs[i + 1][j])) ops.push({ kind: "+", text: bm[j++] });
    else ops.push({ kind: "-", text: am[i++] });
  }
  for (let k = a.length - suf; k < a.length; k++) ops.push({ kind: " ", text: a[k] });

  const out = [`--- ${oldName}`, `+++ ${newName}`];
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k].kind === " ") k++;
    if (k >= ops.length) break;
    // Grow the hunk while changes are within 2*context lines of each other.
    const start = Math.max(0, k - context);
    let end = k;
    let lastChange = k;
    while (end < ops.length && end - lastChange <= 2 * context) {
      if (ops[end].kind !== " ") lastChange = end;
      end++;
    }
    end = Math.min(ops.length, lastChange + context + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let m = 0; m < start; m++) {
      if (ops[m].kind !== "+") oldStart++;
      if (ops[m].kind !== "-") newStart++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((o) => o.kind !== "+").length;
    const newCount = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${oldCount ? oldStart : oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`);
    for (const o of hunk) out.push(`${o.kind}${o.text}`);
    k = end;
  }
  return out.join("\n") + "\n";
}

function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
