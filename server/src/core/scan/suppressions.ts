/**
 * Inline suppression comments, in any comment style the scanned languages use (`//`, `/* *\/`, Prisma `//`):
 *
 *   // privacy-lint-disable-next-line [category ...] [-- reason]   the next code line (decorator-only lines are skipped)
 *   // privacy-lint-disable-line [category ...] [-- reason]        the line the comment is on
 *   // privacy-lint-disable-file [category ...] [-- reason]        the whole file
 *
 * With categories, only findings of those categories (or their descendants) are suppressed. A check id (lower-case
 * words joined by dashes, no dot: `personal-data-logged`) silences only that check's diagnostics on the target line,
 * not the findings: `// privacy-lint-disable-next-line personal-data-logged -- ids only, hashed`.
 */

export interface Suppression {
  kind: "next-line" | "line" | "file";
  /** 0-based line of the comment. */
  commentLine: number;
  /** 0-based line the suppression applies to (undefined for file). */
  targetLine?: number;
  categories: string[];
  /** Check ids named in the comment (only those checks are silenced). */
  checks: string[];
  reason?: string;
}

/** Check ids are dashed words; category keys are dotted or single words, so the two never collide. */
const CHECK_ID = /^[a-z]+(?:-[a-z]+)+$/;

export const SUPPRESSION_DIRECTIVE = "privacy-lint-disable";

const DIRECTIVE = /privacy-lint-disable(-next-line|-line|-file)\b([^\n]*)/;

export function parseSuppressions(text: string): Suppression[] {
  if (!text.includes(SUPPRESSION_DIRECTIVE)) return [];
  const lines = text.split(/\r?\n/);
  const out: Suppression[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.includes(SUPPRESSION_DIRECTIVE)) continue;
    const commentAt = Math.max(line.indexOf("//"), line.indexOf("/*"));
    const m = DIRECTIVE.exec(line);
    if (!m || commentAt < 0 || m.index < commentAt) continue;
    const kind = m[1].slice(1) as Suppression["kind"];
    let rest = m[2].replace(/\*\/.*$/, "").trim();
    let reason: string | undefined;
    const dash = rest.indexOf("--");
    if (dash >= 0) {
      reason = rest.slice(dash + 2).trim() || undefined;
      rest = rest.slice(0, dash).trim();
    }
    const tokens = rest.split(/[\s,]+/).filter((c) => c.length > 0);
    const categories = tokens.filter((t) => !CHECK_ID.test(t));
    const checks = tokens.filter((t) => CHECK_ID.test(t));
    const s: Suppression = { kind, commentLine: i, categories, checks, reason };
    if (kind === "line") s.targetLine = i;
    if (kind === "next-line") s.targetLine = nextCodeLine(lines, i + 1);
    out.push(s);
  }
  return out;
}

/** First line at or after `from` that holds code other than a comment or a decorator. */
function nextCodeLine(lines: string[], from: number): number {
  let inBlockComment = false;
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].trim();
    if (inBlockComment) {
      if (t.includes("*/")) inBlockComment = false;
      continue;
    }
    if (t === "" || t.startsWith("//")) continue;
    if (t.startsWith("/*")) {
      if (!t.includes("*/")) inBlockComment = true;
      continue;
    }
    // A decorator alone on its line (`@Column()`, `@IsEmail({ ... })`) belongs to the declaration below it.
    if (/^@[\w.]+(\(.*\))?$/.test(t)) continue;
    return i;
  }
  return from;
}

export function isSuppressed(suppressions: Suppression[], line: number, category: string): Suppression | undefined {
  for (const s of suppressions) {
    if (s.kind !== "file" && s.targetLine !== line) continue;
    if (s.categories.length === 0 && !s.checks?.length) return s;
    if (s.categories.some((c) => category === c || category.startsWith(c + "."))) return s;
  }
  return undefined;
}

/** The suppression that silences check `checkId` on a line: one naming that check id (categories named with it do not narrow it). */
export function isCheckSuppressed(suppressions: Suppression[], line: number, checkId: string): Suppression | undefined {
  return suppressions.find((s) => (s.kind === "file" || s.targetLine === line) && s.checks?.includes(checkId));
}
