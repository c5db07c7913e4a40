/**
 * Labels of the accuracy dev set (test-fixtures/eval) and scoring of scanner findings against them.
 *
 * A label is an inline comment on the line of a field declaration:
 *   email: string; // @pii user.contact.email
 *   emailVerified: boolean; // @pii none
 * Anything after the category key is a free-text note for the reader and is ignored.
 */
import * as fs from "fs";
import * as path from "path";
import type { Finding } from "../../src/core/types";

export interface Label {
  file: string;
  /** 1-based line of the field declaration. */
  line: number;
  field: string;
  /** fideslang key, or null for a labelled negative (`@pii none`). */
  category: string | null;
}

/**
 * The category keys a label may use: the vocabulary of the detection rules (fideslang 2.x keys plus the
 * `user.demographic.nationality` extension). Kept here, independent of rules/*.yaml, so the dev set stays an
 * independent ground truth and a typo in a label is caught instead of silently counting as a miss.
 */
export const EVAL_CATEGORY_KEYS: ReadonlySet<string> = new Set([
  "user.name",
  "user.name.first",
  "user.name.last",
  "user.contact.email",
  "user.contact.phone_number",
  "user.contact.fax_number",
  "user.contact.address",
  "user.contact.address.street",
  "user.contact.address.city",
  "user.contact.address.state",
  "user.contact.address.postal_code",
  "user.contact.address.country",
  "user.contact.organization",
  "user.job_title",
  "user.contact.url",
  "user.demographic.date_of_birth",
  "user.demographic.age_range",
  "user.demographic.gender",
  "user.demographic.race_ethnicity",
  "user.demographic.religious_belief",
  "user.demographic.sexual_orientation",
  "user.demographic.political_opinion",
  "user.demographic.union_membership",
  "user.demographic.marital_status",
  "user.demographic.nationality",
  "user.demographic.language",
  "user.device.ip_address",
  "user.device",
  "user.device.device_id",
  "user.device.cookie_id",
  "user.location.precise",
  "user.location.imprecise",
  "user.behavior.browsing_history",
  "user.behavior.purchase_history",
  "user.financial.credit_card",
  "user.financial.bank_account",
  "user.financial",
  "user.government_id.national_identification_number",
  "user.government_id.passport_number",
  "user.government_id.drivers_license_number",
  "user.government_id",
  "user.government_id.immigration",
  "user.health_and_medical",
  "user.health_and_medical.genetic",
  "user.biometric",
  "user.biometric.fingerprint",
  "user.criminal_history",
  "user.account.username",
  "user.content.self_image",
]);

/** File extensions the scanner handles, hence the ones the dev set may contain. */
export const EVAL_FILE_EXTENSIONS: readonly string[] = [
  ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".prisma",
];

export class LabelError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
    this.name = "LabelError";
  }
}

const LABEL_COMMENT = /\/\/\s*@pii\b(.*)$/;
const IDENTIFIER = String.raw`#?[A-Za-z_$][\w$]*`;
const MODIFIERS = /^(?:(?:public|private|protected|readonly|static|declare|override|abstract|accessor)\s+)+/;

/** Parses every `// @pii` label in one file. Throws LabelError (with file:line) on a malformed label. */
export function parseLabels(file: string, text: string): Label[] {
  const labels: Label[] = [];
  const lines = text.split(/\r?\n/);
  const isPrisma = file.endsWith(".prisma");
  lines.forEach((lineText, index) => {
    const lineNumber = index + 1;
    const match = LABEL_COMMENT.exec(lineText);
    if (!match) return;
    const categoryToken = match[1].trim().split(/\s+/)[0] ?? "";
    if (categoryToken === "") {
      throw new LabelError(file, lineNumber, "`@pii` label without a category (use a category key or `none`)");
    }
    let category: string | null = null;
    if (categoryToken !== "none") {
      if (!EVAL_CATEGORY_KEYS.has(categoryToken)) {
        throw new LabelError(file, lineNumber, `unknown category key '${categoryToken}' in @pii label`);
      }
      category = categoryToken;
    }
    const declaration = lineText.slice(0, match.index);
    const field = fieldNameOf(declaration, isPrisma);
    if (field === undefined) {
      throw new LabelError(
        file,
        lineNumber,
        `cannot find the field name before the @pii label in: ${declaration.trim() || "(empty line)"}`,
      );
    }
    labels.push({ file, line: lineNumber, field, category });
  });
  return labels;
}

/** The declared field's name in the code before a label comment, or undefined when there is none. */
export function fieldNameOf(declaration: string, isPrisma = false): string | undefined {
  let rest = stripLeadingDecorators(declaration.trim());
  if (isPrisma) {
    // Prisma: `email String @unique` — the first word of a field line, followed by its type.
    return /^([A-Za-z_]\w*)\s+[A-Za-z_]\w*/.exec(rest)?.[1];
  }
  const assignedToThis = new RegExp(String.raw`^this\.(${IDENTIFIER})\s*=`).exec(rest);
  if (assignedToThis) return assignedToThis[1];
  rest = rest.replace(MODIFIERS, "");
  const accessor = new RegExp(String.raw`^(?:get|set)\s+(${IDENTIFIER})\s*\(`).exec(rest);
  if (accessor) return accessor[1];
  const quotedKey = /^(['"`])((?:(?!\1).)+)\1\s*[?!]?\s*:/.exec(rest);
  if (quotedKey) return quotedKey[2];
  const named = new RegExp(String.raw`^(${IDENTIFIER})\s*[?!]?\s*[:=(]`).exec(rest);
  if (named) return named[1];
  // Object-literal shorthand (`{ email, phone }` spread over lines).
  const shorthand = new RegExp(String.raw`^(${IDENTIFIER})\s*,?$`).exec(rest);
  return shorthand?.[1];
}

/** Removes decorators written on the same line as the field, e.g. `@Column({ type: "inet" }) ip: string`. */
function stripLeadingDecorators(code: string): string {
  let rest = code;
  for (;;) {
    const decorator = /^@[A-Za-z_$][\w$.]*/.exec(rest);
    if (!decorator) return rest;
    let position = decorator[0].length;
    while (rest[position] === " ") position++;
    if (rest[position] === "(") {
      const closing = matchingParenthesis(rest, position);
      if (closing < 0) return rest; // decorator continues on the next line: nothing declared here
      position = closing + 1;
    }
    rest = rest.slice(position).trimStart();
  }
}

/** Index of the `)` closing the `(` at `open`, skipping string literals; -1 if unbalanced. */
function matchingParenthesis(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const char = code[i];
    if (char === '"' || char === "'" || char === "`") {
      const end = code.indexOf(char, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (char === "(") {
      depth++;
    } else if (char === ")") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------------------
// Scoring

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 1 when nothing was reported (no false claims were made). */
  precision: number;
  /** tp / (tp + fn); 1 when nothing was expected. */
  recall: number;
}

export interface Mistake {
  file: string;
  /** 1-based. */
  line: number;
  field: string;
  /** Labelled category; null for a negative or unlabelled line. */
  expected: string | null;
  /** Reported category; null when the scanner reported nothing for a positive label. */
  got: string | null;
  kind: "false-positive" | "false-negative" | "wrong-category";
}

export interface ScoreReport {
  overall: Score;
  /** Keyed by category; a category appears once it has a tp, fp or fn. */
  perCategory: Record<string, Score>;
  /** In file, line order. */
  mistakes: Mistake[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * Scores scanner findings against labels. Files are matched by the exact path string, lines by the finding's
 * name range (0-based) against the label's line (1-based).
 * - TP: a finding on a positive line with the same field and category.
 * - A finding with the label's field but another category: one FP (its category) and one FN (the label's).
 * - A finding on a negative or unlabelled line, a second finding on an already matched line, or a finding for a
 *   different field than the label names: one FP.
 * - A positive label no finding matched: one FN.
 */
export function scoreFindings(labels: readonly Label[], findings: readonly Finding[]): ScoreReport {
  const tallies = new Map<string, Tally>();
  const tally = (category: string): Tally => {
    let entry = tallies.get(category);
    if (!entry) {
      entry = { tp: 0, fp: 0, fn: 0 };
      tallies.set(category, entry);
    }
    return entry;
  };
  const mistakes: Mistake[] = [];
  const labelByLine = new Map<string, Label>();
  for (const label of labels) labelByLine.set(lineKey(label.file, label.line), label);
  // Positive labels already accounted for (matched, or counted as a wrong-category FN).
  const settled = new Set<Label>();

  const ordered = [...findings].sort(
    (a, b) => compareText(a.file, b.file) || a.range.start.line - b.range.start.line,
  );
  for (const finding of ordered) {
    const line = finding.range.start.line + 1;
    const label = labelByLine.get(lineKey(finding.file, line));
    const sameField = label !== undefined && normalizeField(label.field) === normalizeField(finding.field);
    if (label && label.category !== null && sameField && !settled.has(label)) {
      settled.add(label);
      if (finding.category === label.category) {
        tally(label.category).tp++;
      } else {
        tally(finding.category).fp++;
        tally(label.category).fn++;
        mistakes.push({
          file: label.file, line, field: label.field,
          expected: label.category, got: finding.category, kind: "wrong-category",
        });
      }
      continue;
    }
    tally(finding.category).fp++;
    mistakes.push({
      file: finding.file, line, field: finding.field,
      expected: label && sameField ? label.category : null, got: finding.category, kind: "false-positive",
    });
  }
  for (const label of labels) {
    if (label.category === null || settled.has(label)) continue;
    tally(label.category).fn++;
    mistakes.push({
      file: label.file, line: label.line, field: label.field,
      expected: label.category, got: null, kind: "false-negative",
    });
  }
  mistakes.sort((a, b) => compareText(a.file, b.file) || a.line - b.line);

  const perCategory: Record<string, Score> = {};
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const category of [...tallies.keys()].sort(compareText)) {
    const entry = tallies.get(category)!;
    perCategory[category] = toScore(entry);
    total.tp += entry.tp;
    total.fp += entry.fp;
    total.fn += entry.fn;
  }
  return { overall: toScore(total), perCategory, mistakes };
}

/** Precision and recall of a tally (1 when nothing was reported, or nothing was expected). */
export function toScore({ tp, fp, fn }: Tally): Score {
  return {
    tp, fp, fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

function lineKey(file: string, line: number): string {
  return `${file.replace(/\\/g, "/")}\u0000${line}`;
}

/** The scanner may report a quoted key with or without its quotes. */
function normalizeField(field: string): string {
  return field.replace(/^(['"`])(.*)\1$/, "$2");
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The dev set on disk

export interface LabelledFile {
  /** Absolute path. */
  file: string;
  text: string;
  labels: Label[];
}

/** Every scannable file under `root` (recursively, sorted), with its labels. */
export function loadLabelledFiles(root: string): LabelledFile[] {
  if (!fs.existsSync(root)) throw new Error(`dev set directory not found: ${root}`);
  return listFiles(path.resolve(root)).map((file) => {
    const text = fs.readFileSync(file, "utf8");
    return { file, text, labels: parseLabels(file, text) };
  });
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (EVAL_FILE_EXTENSIONS.some((extension) => entry.name.endsWith(extension))) files.push(full);
  }
  return files;
}

/** test-fixtures/eval, found from this module's location (works from both server/test/eval and out/server/test/eval). */
export function defaultDevSetRoot(): string {
  return fixtureFolder("eval");
}

/** test-fixtures/<name> of this repository, found by walking up from this module. */
export function fixtureFolder(name: string): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, "test-fixtures", name);
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`test-fixtures/${name} not found above ${__dirname}`);
    dir = parent;
  }
}
