/**
 * `privacy-lint diff --format markdown`: the pull-request comment. The headline and a summary table are always
 * visible; the long lists sit in collapsed <details>. Locations link to the file at the commit when the GitHub
 * environment says where that is. Only GitHub-flavoured markdown that GitLab renders the same way is used.
 */
import type { CollectionPoint, PrivacyDiff, ProblemPoint } from "../core/diff";
import { DIFF_MARKER, headline, serviceName, type DiffReport, type LinkContext } from "./format-diff";

function cell(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function code(s: string): string {
  // Backticks cannot be escaped inside a code span; identifiers and keys never hold them, but be safe.
  return `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

function linker(ctx: LinkContext | undefined): (file: string, line: number) => string {
  return (file, line) => {
    const label = line > 0 ? `${file}:${line}` : file;
    if (!ctx) return code(label);
    const repoPath = (ctx.prefix + file).split("/").map(encodeURIComponent).join("/");
    return `[${cell(label)}](${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${repoPath}${line > 0 ? `#L${line}` : ""})`;
  };
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

function details(summary: string, body: string[], open = false): string[] {
  return [`<details${open ? " open" : ""}><summary>${summary}</summary>`, "", ...body, "", "</details>", ""];
}

const CHECK_LABEL: Record<string, string> = {
  "undeclared-category": "⚠️ not declared",
  "missing-retention": "⚠️ no retention rule",
  "missing-special-condition": "⚠️ no Art. 9/10 condition",
};

/** What the notice says about a new collection point, from the problems the PR introduces on it. */
function noticeStatus(c: CollectionPoint, introduced: ProblemPoint[]): string {
  const mine = introduced.filter((p) => p.file === c.file && p.subject === `${c.owner}.${c.field}`);
  if (mine.length === 0) return "✓ declared";
  return mine.map((p) => CHECK_LABEL[p.checkId] ?? `⚠️ ${p.checkId}`).join(", ");
}

export function formatDiffMarkdown(r: DiffReport, ctx: LinkContext | undefined): string {
  const d: PrivacyDiff = r.diff;
  const where = linker(ctx);
  const name = (key: string) => d.names[key] ?? key;
  const out: string[] = [DIFF_MARKER, `### Privacy diff against ${code(r.base)}`, "", `**${headline(d, where)}**`, ""];

  const n = d.notice;
  const noticeCell = [n.added.length && `${n.added.length} added`, n.changed.length && `${n.changed.length} changed`, n.removed.length && `${n.removed.length} removed`].filter(Boolean).join(", ") || "—";
  const pair = (a: number, b: number) => (a || b ? `+${a} / −${b}` : "—");
  out.push(
    ...table(
      ["", "this PR"],
      [
        ["Categories collected", pair(d.categories.added.length, d.categories.removed.length)],
        ["Collection points (fields)", pair(d.collected.added.length, d.collected.removed.length)],
        ["Flows to recipients", pair(d.flows.added.length, d.flows.removed.length)],
        ["Notice entries", noticeCell],
        ["Problems", `${d.problems.introduced.length} introduced, ${d.problems.fixed.length} fixed`],
      ],
    ),
    "",
  );

  if (d.collected.added.length) {
    const rows = d.collected.added.map((c) => [`${code(c.category)}<br>${cell(name(c.category))}`, where(c.file, c.line), code(`${c.owner}.${c.field}`), noticeStatus(c, d.problems.introduced)]);
    out.push("#### Newly collected", "", ...table(["Category", "Where", "Field", "Notice"], rows), "");
  }
  if (d.flows.added.length) {
    const rows = d.flows.added.map((f) => [`${code(f.category)}<br>${cell(name(f.category))}`, cell(serviceName(f.service)), where(f.file, f.line), code(f.sink), f.declared ? "✓ declared" : "⚠️ recipient not declared"]);
    out.push("#### New flows to recipients", "", ...table(["Data", "Sent to", "Where", "Call", "Notice"], rows), "");
  }
  if (n.added.length || n.removed.length || n.changed.length || n.files.added.length || n.files.removed.length || n.files.unreadable.length) {
    const rows: string[][] = [
      ...n.files.added.map((f) => [where(f, 0), "notice created", "", ""]),
      ...n.files.removed.map((f) => [code(f), "notice deleted", "", ""]),
      ...n.files.unreadable.map((f) => [where(f, 0), "unreadable on one side: entries not compared", "", ""]),
      ...n.added.map((k) => [code(k), "declared", "", ""]),
      ...n.removed.map((k) => [code(k), "no longer declared", "", ""]),
      ...n.changed.flatMap((c) => c.fields.map((f) => [code(c.key), f.field, cell(f.before) || "—", cell(f.after) || "—"])),
    ];
    out.push("#### Privacy notice", "", ...table(["Entry", "Change", "Before", "After"], rows), "");
  }
  if (d.collected.removed.length || d.flows.removed.length) {
    const body = [
      ...(d.collected.removed.length ? table(["No longer collected", "Where (at the base)", "Field"], d.collected.removed.map((c) => [code(c.category), code(`${c.file}:${c.line}`), code(`${c.owner}.${c.field}`)])) : []),
      ...(d.collected.removed.length && d.flows.removed.length ? [""] : []),
      ...(d.flows.removed.length ? table(["Flow removed", "Sent to", "Where (at the base)", "Call"], d.flows.removed.map((f) => [code(f.category), cell(serviceName(f.service)), code(`${f.file}:${f.line}`), code(f.sink)])) : []),
    ];
    out.push(...details(`Removed: ${d.collected.removed.length} collection point${d.collected.removed.length === 1 ? "" : "s"}, ${d.flows.removed.length} flow${d.flows.removed.length === 1 ? "" : "s"}`, body));
  }
  const problemRows = (ps: ProblemPoint[], linked: boolean) => ps.map((p) => [p.severity === "error" ? "**error**" : p.severity, linked ? where(p.file, p.line) : code(`${p.file}:${p.line}`), cell(p.message), code(p.checkId)]);
  if (d.problems.introduced.length) out.push(...details(`Problems introduced (${d.problems.introduced.length})`, table(["", "Where", "Problem", "Check"], problemRows(d.problems.introduced, true))));
  if (d.problems.fixed.length) out.push(...details(`Problems fixed (${d.problems.fixed.length})`, table(["", "Where (at the base)", "Problem", "Check"], problemRows(d.problems.fixed, false))));
  out.push(`<sub>privacy-lint ${cell(r.version)} · ${code(`privacy-lint diff ${r.base}`)} · fields and flows are matched by file, owner, field and category, not by line</sub>`, "");
  return out.join("\n");
}
