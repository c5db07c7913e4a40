/**
 * Output of `privacy-lint diff`: a one-sentence headline for people, then the details, as text (terminal), markdown
 * (a pull-request comment, found again by its hidden marker) or JSON (a fixed contract for tools).
 */
import type { CollectionPoint, FlowPoint, PrivacyDiff, ProblemPoint } from "../core/diff";

/** Hidden in the markdown so CI scripts find their own comment again and update it (a sticky comment). */
export const DIFF_MARKER = "<!-- privacy-lint-diff -->";

export interface DiffReport {
  base: string;
  diff: PrivacyDiff;
  version: string;
}

/** Where file:line links point (GitHub): built from GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA. */
export interface LinkContext {
  serverUrl: string;
  repository: string;
  sha: string;
  /** The project folder inside the repository (`packages/api/`), since links are repository paths. */
  prefix: string;
}

export function linkContextFromEnv(env: NodeJS.ProcessEnv, prefix: string): LinkContext | undefined {
  const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!serverUrl || !repository || !sha) return undefined;
  return { serverUrl: serverUrl.replace(/\/+$/, ""), repository, sha, prefix };
}

// ---------------------------------------------------------------------------------------------------------------
// The headline

/** "Birth Date" -> "birth date", keeping acronyms ("IP Address" -> "IP address"); "User Contact Email" -> "email". */
function lowerName(name: string): string {
  return name.replace(/^User (Contact )?(?=\S)/, "").replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
}

export function serviceName(service: string): string {
  if (service === "http") return "an HTTP endpoint";
  if (service === "log") return "the logs";
  return service.charAt(0).toUpperCase() + service.slice(1);
}

function list(items: string[], conj = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conj} ${items[items.length - 1]}`;
}

/** Code problems introduced on a collection point, by `file\0Owner.field`. */
function problemsByPoint(problems: ProblemPoint[]): Map<string, ProblemPoint[]> {
  const m = new Map<string, ProblemPoint[]>();
  for (const p of problems) {
    const k = `${p.file}\0${p.subject}`;
    (m.get(k) ?? m.set(k, []).get(k)!).push(p);
  }
  return m;
}

const pointKey = (c: CollectionPoint) => `${c.file}\0${c.owner}.${c.field}`;

/** True when the PR's own diagnostics say the notice does not declare this point's category. */
function undeclaredPoint(c: CollectionPoint, introduced: Map<string, ProblemPoint[]>): boolean {
  return (introduced.get(pointKey(c)) ?? []).some((p) => p.checkId === "undeclared-category" && p.category === c.category);
}

type Where = (file: string, line: number) => string;

/** The one sentence a reviewer reads first. `where` renders a location (plain or a markdown link). */
export function headline(d: PrivacyDiff, where: Where): string {
  const name = (key: string) => lowerName(d.names[key] ?? key);
  const at = (points: { file: string; line: number }[]) => {
    const shown = points.slice(0, 2).map((p) => where(p.file, p.line));
    return `(${shown.join(", ")}${points.length > 2 ? `, +${points.length - 2} more` : ""})`;
  };
  const introduced = problemsByPoint(d.problems.introduced);
  const clauses: string[] = [];
  const undeclared: string[] = [];
  let subjects = 0; // what the collecting and sending clauses name, for "declares neither"
  if (d.categories.added.length) {
    const items = d.categories.added.map((cat) => {
      const points = d.collected.added.filter((c) => c.category === cat);
      if (points.some((c) => undeclaredPoint(c, introduced))) undeclared.push(name(cat));
      subjects++;
      return `${name(cat)} ${at(points)}`;
    });
    clauses.push(`starts collecting ${list(items)}`);
  }
  const morePoints = d.collected.added.filter((c) => !d.categories.added.includes(c.category));
  if (morePoints.length) {
    const cats = [...new Set(morePoints.map((c) => c.category))];
    subjects += cats.length;
    for (const cat of cats) if (morePoints.some((c) => c.category === cat && undeclaredPoint(c, introduced)) && !undeclared.includes(name(cat))) undeclared.push(name(cat));
    clauses.push(`collects ${list(cats.map(name))} in ${morePoints.length === 1 ? "one more place" : `${morePoints.length} more places`} ${at(morePoints)}`);
  }
  if (d.flows.added.length) {
    const groups = new Map<string, FlowPoint[]>();
    for (const f of d.flows.added) {
      const k = `${f.category}\0${f.service}`;
      (groups.get(k) ?? groups.set(k, []).get(k)!).push(f);
    }
    const items = [...groups.values()].map((fs) => {
      const text = `${name(fs[0].category)} to ${serviceName(fs[0].service)}`;
      if (fs.some((f) => !f.declared)) undeclared.push(text);
      subjects++;
      return `${text} ${at(fs)}`;
    });
    clauses.push(`sends ${list(items)}`);
  }
  const later: string[] = []; // removals and notice edits, after the additions and what the notice says of them
  if (d.categories.removed.length) later.push(`stops collecting ${list(d.categories.removed.map(name))}`);
  if (d.flows.removed.length) later.push(`stops sending ${list([...new Set(d.flows.removed.map((f) => `${name(f.category)} to ${serviceName(f.service)}`))])}`);
  const n = d.notice;
  let noticeClause = "";
  if (n.files.removed.length) noticeClause = `deletes the privacy notice ${n.files.removed.map(code).join(", ")}`; // no link: gone at the head
  else if (n.files.added.length) noticeClause = `creates the privacy notice ${n.files.added.map((f) => where(f, 0)).join(", ")}`;
  else if (n.added.length || n.removed.length || n.changed.length) {
    const parts = [
      n.added.length && `declares ${list(n.added.map(code))}`,
      ...n.changed.map((c) => `changes the ${list(c.fields.map((f) => f.field))} of ${code(c.key)}`),
      n.removed.length && `drops ${list(n.removed.map(code))}`,
    ].filter(Boolean) as string[];
    noticeClause = `edits the privacy notice (${parts.join("; ")})`;
  }
  if (noticeClause) later.push(noticeClause);
  if (clauses.length === 0 && later.length === 0) {
    const p = d.problems;
    if (p.introduced.length || p.fixed.length) return `No change to the personal data collected, sent or declared; ${problemTally(d)}.`;
    return "No change to the personal data this code collects, where it sends it, or what the privacy notice says.";
  }
  if (clauses.length === 0) return `This PR ${list(later)}.`;
  let sentence = `This PR ${list(clauses)}`;
  if (undeclared.length) {
    // Right after the clauses it qualifies: "starts collecting X and sends Y to Z; the notice declares neither".
    const everything = undeclared.length === subjects;
    sentence += `; the notice ${everything ? (undeclared.length === 1 ? "does not declare it" : undeclared.length === 2 ? "declares neither" : "declares none of them") : `does not declare ${list(undeclared, "or")}`}`;
  }
  if (later.length) sentence += `; it also ${list(later)}`;
  return `${sentence}.`;
}

function code(s: string): string {
  return `\`${s}\``;
}

function problemTally(d: PrivacyDiff): string {
  const i = d.problems.introduced.length;
  const f = d.problems.fixed.length;
  return `${i} problem${i === 1 ? "" : "s"} introduced, ${f} fixed`;
}

// ---------------------------------------------------------------------------------------------------------------
// JSON: the contract (docs/cli.md). Only these keys, in this order.

export function formatDiffJson(r: DiffReport): string {
  const d = r.diff;
  const point = (c: CollectionPoint) => ({ category: c.category, file: c.file, line: c.line, field: c.field, owner: c.owner });
  const flow = (f: FlowPoint) => ({ category: f.category, file: f.file, line: f.line, service: f.service, sink: f.sink });
  const out = {
    base: r.base,
    collected: { added: d.collected.added.map(point), removed: d.collected.removed.map(point) },
    flows: { added: d.flows.added.map(flow), removed: d.flows.removed.map(flow) },
    notice: { added: d.notice.added, removed: d.notice.removed, changed: d.notice.changed.map((c) => c.key) },
    problems: { introduced: d.problems.introduced.length, fixed: d.problems.fixed.length },
  };
  return JSON.stringify(out, null, 2) + "\n";
}

// ---------------------------------------------------------------------------------------------------------------
// Text

export function formatDiffText(r: DiffReport): string {
  const d = r.diff;
  const loc = (file: string, line: number) => (line > 0 ? `${file}:${line}` : file);
  const introduced = problemsByPoint(d.problems.introduced);
  const out = [`Privacy diff against ${r.base}`, "", headline(d, loc), ""];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push(`${title}:`, ...lines.map((l) => `  ${l}`), "");
  };
  const pointLine = (sign: string, c: CollectionPoint, flag = "") => `${sign} ${c.category}  ${loc(c.file, c.line)}  ${c.owner}.${c.field}${flag}`;
  section("Collected", d.collected.added.map((c) => pointLine("+", c, undeclaredPoint(c, introduced) ? "  (not declared)" : "")));
  section("No longer collected", d.collected.removed.map((c) => pointLine("-", c)));
  section("Flows to recipients", [
    ...d.flows.added.map((f) => `+ ${f.category} -> ${f.service}  ${loc(f.file, f.line)}  ${f.sink}${f.declared ? "" : "  (recipient not declared)"}`),
    ...d.flows.removed.map((f) => `- ${f.category} -> ${f.service}  ${loc(f.file, f.line)}  ${f.sink}`),
  ]);
  section("Privacy notice", [
    ...d.notice.files.added.map((f) => `+ ${f} created`),
    ...d.notice.files.removed.map((f) => `- ${f} deleted`),
    ...d.notice.files.unreadable.map((f) => `! ${f} could not be read on one side; its entries were not compared`),
    ...d.notice.added.map((k) => `+ ${k}`),
    ...d.notice.removed.map((k) => `- ${k}`),
    ...d.notice.changed.flatMap((c) => c.fields.map((f) => `~ ${c.key}: ${f.field} ${f.before || "(none)"} -> ${f.after || "(none)"}`)),
  ]);
  out.push(`Problems: ${problemTally(d)}.`);
  for (const p of d.problems.introduced) out.push(`  + ${loc(p.file, p.line)}  ${p.severity}  ${p.message}  ${p.checkId}`);
  for (const p of d.problems.fixed) out.push(`  - ${loc(p.file, p.line)}  ${p.severity}  ${p.message}  ${p.checkId}`);
  return out.join("\n") + "\n";
}
