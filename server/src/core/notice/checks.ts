/**
 * The checks that hold code to its privacy notice, and the notice to itself. Each check has a stable id
 * (used in config, SARIF rules, LSP diagnostic codes and the docs anchor) and a default severity that
 * configuration can override or turn `off`.
 */
import * as path from "path";
import { safeGlobMatcher } from "../scan/globs";
import type { CheckDiagnostic, Finding, Range, Severity } from "../types";
import type { Taxonomy } from "../classify/taxonomy";
import {
  coveringDeclaration,
  lacksBasis,
  type CategoryDeclaration,
  type Exemption,
  type Notice,
  type NoticeLoadResult,
  type RetentionRule,
} from "./model";

export const DOCS_BASE_URL = "https://github.com/privacy-lint/privacy-lint/blob/main/docs/checks.md";

export type CheckId =
  | "undeclared-category"
  | "missing-retention"
  | "missing-special-condition"
  | "vague-retention"
  | "unused-declaration"
  | "undefined-recipient"
  | "incomplete-declaration"
  | "notice-invalid"
  | "notice-syntax"
  | "notice-schema"
  | "unknown-category"
  | "undeclared-recipient"
  | "personal-data-logged";

export interface CheckInfo {
  id: CheckId;
  defaultSeverity: Exclude<Severity, "off">;
  /** Where its diagnostics appear. */
  on: "code" | "notice" | "code+notice";
  title: string;
  description: string;
  /** What to do about it (SARIF help text, hover). */
  help: string;
  docsUrl: string;
}

function check(info: Omit<CheckInfo, "docsUrl">): CheckInfo {
  return { ...info, docsUrl: `${DOCS_BASE_URL}#${info.id}` };
}

export const CHECKS: Readonly<Record<CheckId, CheckInfo>> = {
  "undeclared-category": check({
    id: "undeclared-category",
    defaultSeverity: "error",
    on: "code",
    title: "Personal data not declared in the privacy notice",
    description: "A field collects a data category that the privacy notice does not declare, neither the category itself nor an ancestor of it.",
    help: "Declare the category under `categories:` in privacy-notice.yaml (quick fix: declare it with placeholders), or, if the field is not personal data, add an exemption or a `// privacy-lint-disable-next-line <category> -- <reason>` comment.",
  }),
  "missing-retention": check({
    id: "missing-retention",
    defaultSeverity: "warning",
    on: "code+notice",
    title: "Declared category has no retention rule",
    description: "The notice declares the category but does not say how long it is kept.",
    help: "Add a concrete `retention:` rule to the entry, e.g. `{ period: P12M, after: account_closure, then: delete }`, `{ period: P24M }` or `{ as_required_by: \"<the law>\" }`.",
  }),
  "missing-special-condition": check({
    id: "missing-special-condition",
    defaultSeverity: "error",
    on: "code+notice",
    title: "Special category without its Art. 9/10 condition",
    description: "Special-category data (health, ethnicity, beliefs, biometrics, sex life, trade-union membership) needs a GDPR Art. 9(2) condition as well as an Art. 6 basis; criminal-offence data needs an Art. 10 ground.",
    help: "Add `condition:` to the entry, e.g. `explicit_consent`, `employment_social_security` or `substantial_public_interest` (Art. 10 data: `authorised_by_law` or `official_authority`).",
  }),
  "vague-retention": check({
    id: "vague-retention",
    defaultSeverity: "warning",
    on: "notice",
    title: "Retention rule is not concrete",
    description: "The retention is free text (\"as long as necessary\") or refers to \"the law\" without naming it, so nobody can check that data is actually deleted on time.",
    help: "Replace it with a period (ISO-8601, e.g. P24M), optionally counted from an event (`after: account_closure`) and with `then: delete|anonymise`, or name the law with `as_required_by:`.",
  }),
  "unused-declaration": check({
    id: "unused-declaration",
    defaultSeverity: "info",
    on: "notice",
    title: "Declared category never found in code",
    description: "The notice declares a category that no scanned field collects. It may be collected elsewhere (another service, paper forms), or the declaration may be stale.",
    help: "Remove the declaration if the data is no longer collected; keep it if the data is collected outside the scanned code.",
  }),
  "undefined-recipient": check({
    id: "undefined-recipient",
    defaultSeverity: "error",
    on: "notice",
    title: "Recipient is not defined",
    description: "A category lists a recipient name that is not defined under `recipients:`.",
    help: "Define the recipient under `recipients:` (with its `kind`), or fix the name.",
  }),
  "incomplete-declaration": check({
    id: "incomplete-declaration",
    defaultSeverity: "warning",
    on: "notice",
    title: "Declaration is incomplete",
    description: "A value still holds a TODO placeholder left by a quick fix, or a category has no lawful basis (neither its own `basis:` nor purposes that each carry one).",
    help: "Replace the TODO with what the notice really says: the purposes, the GDPR Art. 6 lawful basis, the Art. 9 condition, or the law that sets the retention.",
  }),
  "notice-invalid": check({
    id: "notice-invalid",
    defaultSeverity: "error",
    on: "notice",
    title: "The privacy notice has errors",
    description: "The notice cannot be read (YAML syntax error, not a mapping, unsupported version). Code is checked against the last valid version, if any, until it is fixed.",
    help: "Fix the errors reported in privacy-notice.yaml.",
  }),
  "notice-syntax": check({
    id: "notice-syntax",
    defaultSeverity: "error",
    on: "notice",
    title: "YAML syntax error in the privacy notice",
    description: "privacy-notice.yaml is not valid YAML, or a mapping repeats a key.",
    help: "Fix the YAML at the reported position; a repeated key must be merged into one entry.",
  }),
  "notice-schema": check({
    id: "notice-schema",
    defaultSeverity: "error",
    on: "notice",
    title: "The privacy notice does not follow the format",
    description: "A key is unknown, a required key is missing, or a value has the wrong type or is not one of the allowed values.",
    help: "See docs/notice-format.md for every key and its allowed values.",
  }),
  "unknown-category": check({
    id: "unknown-category",
    defaultSeverity: "error",
    on: "notice",
    title: "Unknown data category",
    description: "A category key is not a fideslang data category nor one of the notice's custom_categories.",
    help: "Use a fideslang key (see rules/taxonomy.yaml), or define it under `custom_categories:` with its parent.",
  }),
  "undeclared-recipient": check({
    id: "undeclared-recipient",
    defaultSeverity: "error",
    on: "code",
    title: "Personal data sent to a service the notice does not name",
    description: "Code hands a data category to a third-party service (analytics, payments, email, AI, raw HTTP ...), and no recipient listed on the category's declaration stands for that service (its `services:`), or the category is not declared at all.",
    help: "Add a recipient with `services: [<service>]` under `recipients:` and list it on the category (quick fix), or stop sending the data; if the value is not personal data, add a `// privacy-lint-disable-next-line <category> -- <reason>` comment above the call.",
  }),
  "personal-data-logged": check({
    id: "personal-data-logged",
    defaultSeverity: "warning",
    on: "code",
    title: "Personal data written to a log",
    description: "Code writes a data category to a log (console, pino, winston, a logger ...), and the category's declaration lists no recipient with `services: [log]`. Logs are kept, copied and shipped to log platforms: they are a recipient like any other.",
    help: "Stop logging the value (log an id instead), or declare logs as a recipient of the category: `logs: { kind: processor, services: [log], retention: { period: P30D } }` listed under the category's `recipients:` (quick fix), or suppress the line with a reason.",
  }),
};

export type SeverityOverrides = Partial<Record<string, Severity>>;

export function resolveSeverity(id: CheckId, severities?: SeverityOverrides): Severity {
  return severities?.[id] ?? CHECKS[id].defaultSeverity;
}

/** Builds a diagnostic with the configured severity, or undefined when the check is off. */
export function makeDiagnostic(
  id: CheckId,
  severities: SeverityOverrides | undefined,
  fields: Omit<CheckDiagnostic, "checkId" | "severity">,
): CheckDiagnostic | undefined {
  const severity = resolveSeverity(id, severities);
  if (severity === "off") return undefined;
  return { checkId: id, severity, ...fields };
}

// ---------------------------------------------------------------------------------------------------------
// Exemptions

/** Path of `file` relative to the notice's folder, with forward slashes (globs are written that way). */
function relativeToNotice(notice: Notice, file: string): string {
  return path.relative(path.dirname(path.resolve(notice.file)), path.resolve(file)).split(path.sep).join("/");
}

function exemptionMatches(ex: Exemption, finding: Finding, notice: Notice, taxonomy: Taxonomy, globCache: Map<string, (p: string) => boolean>): boolean {
  if (ex.category !== undefined && !taxonomy.covers(ex.category, finding.category)) return false;
  if (ex.field !== undefined) {
    const qualified = `${finding.owner}.${finding.field}`;
    if (ex.field.includes(".") ? ex.field !== qualified : ex.field !== finding.field) return false;
  }
  if (ex.path !== undefined) {
    let matcher = globCache.get(ex.path);
    if (!matcher) {
      matcher = safeGlobMatcher([ex.path], { dot: true }); // an unsafe glob (reported by the loader) matches nothing
      globCache.set(ex.path, matcher);
    }
    if (!matcher(relativeToNotice(notice, finding.file))) return false;
  }
  return true;
}

/** Splits findings into those the checks apply to and those the notice's `exemptions:` say are not personal data. */
export function applyExemptions(
  findings: Finding[],
  notice: Notice | undefined,
  taxonomy?: Taxonomy,
): { kept: Finding[]; exempt: { finding: Finding; exemption: Exemption }[] } {
  if (!notice || notice.exemptions.length === 0) return { kept: findings, exempt: [] };
  const tax = taxonomy ?? notice.taxonomy;
  const globCache = new Map<string, (p: string) => boolean>();
  const kept: Finding[] = [];
  const exempt: { finding: Finding; exemption: Exemption }[] = [];
  for (const finding of findings) {
    const exemption = notice.exemptions.find((ex) => exemptionMatches(ex, finding, notice, tax, globCache));
    if (exemption) exempt.push({ finding, exemption });
    else kept.push(finding);
  }
  return { kept, exempt };
}

/** The categories found in code that count as "used" for `unused-declaration` (exempt findings do not count). */
export function usedCategories(findings: Finding[], notice: Notice | undefined): Set<string> {
  return new Set(applyExemptions(findings, notice).kept.map((f) => f.category));
}

// ---------------------------------------------------------------------------------------------------------
// Code checks

/**
 * Diagnostics on code: each (non-exempt) finding whose category the notice does not declare, or whose
 * covering declaration lacks a retention rule or a required Art. 9/10 condition. With no notice at all,
 * every finding is undeclared (the editor offers to create the notice).
 */
export function checkFindings(
  findings: Finding[],
  notice: Notice | undefined,
  taxonomy: Taxonomy,
  severities?: SeverityOverrides,
): CheckDiagnostic[] {
  const tax = notice?.taxonomy ?? taxonomy;
  const out: CheckDiagnostic[] = [];
  const push = (d: CheckDiagnostic | undefined) => d && out.push(d);
  const { kept } = applyExemptions(findings, notice, tax);
  for (const finding of kept) {
    const where = `${finding.owner ? `${finding.owner}.` : ""}${finding.field}`;
    if (!notice) {
      push(
        makeDiagnostic("undeclared-category", severities, {
          message: `${where} collects ${finding.category}, but no privacy-notice.yaml covers this file`,
          file: finding.file,
          range: finding.range,
          category: finding.category,
          finding,
        }),
      );
      continue;
    }
    const decl = coveringDeclaration(notice, finding.category, tax);
    if (!decl) {
      push(
        makeDiagnostic("undeclared-category", severities, {
          message: `${where} collects ${finding.category}, which the privacy notice does not declare`,
          file: finding.file,
          range: finding.range,
          category: finding.category,
          finding,
          related: [{ file: notice.file, range: notice.categoriesRange, message: "declared categories" }],
        }),
      );
      continue;
    }
    const declaredAs = decl.key === finding.category ? decl.key : `${decl.key} (which covers ${finding.category})`;
    const related = [{ file: notice.file, range: decl.range, message: `declaration of ${decl.key}` }];
    if (!decl.retention) {
      push(
        makeDiagnostic("missing-retention", severities, {
          message: `${where} collects ${finding.category}; the notice declares ${declaredAs} without a retention rule`,
          file: finding.file,
          range: finding.range,
          category: decl.key,
          finding,
          related,
        }),
      );
    }
    const special = tax.special(finding.category);
    if (special && !decl.condition) {
      push(
        makeDiagnostic("missing-special-condition", severities, {
          message: `${where} collects ${finding.category}, ${specialLabel(special)}; the notice declares ${declaredAs} without ${conditionLabel(special)}`,
          file: finding.file,
          range: finding.range,
          category: decl.key,
          finding,
          related,
        }),
      );
    }
  }
  return out;
}

function specialLabel(special: "art9" | "art10"): string {
  return special === "art9" ? "a special category (GDPR Art. 9)" : "criminal-offence data (GDPR Art. 10)";
}

function conditionLabel(special: "art9" | "art10"): string {
  return special === "art9" ? "an Art. 9(2) condition" : "an Art. 10 ground";
}

// ---------------------------------------------------------------------------------------------------------
// Notice checks

/** "As required by law" that does not name a law is as vague as "as long as necessary". */
const UNNAMED_LAW = /^(?:the |any |all )?(?:applicable |relevant |local |current )*(?:laws?|legislation|regulations?|legal (?:requirements?|obligations?)|statutory requirements?)(?: and (?:regulations?|rules))?$/i;

export function isVagueRetentionRule(rule: RetentionRule): boolean {
  if (rule.period || rule.after) return false;
  const law = rule.asRequiredBy?.trim() ?? "";
  return law === "" || UNNAMED_LAW.test(law);
}

function isPlaceholder(value: string | undefined): boolean {
  return value !== undefined && /^TODO\b/.test(value);
}

/**
 * Diagnostics on the notice itself: missing retention, missing special condition, vague retention,
 * unused declarations (given the categories found in code) and incomplete declarations (placeholders,
 * no lawful basis). Undefined recipients and unknown keys are reported by the loader.
 */
export function checkNotice(
  notice: Notice,
  taxonomy: Taxonomy,
  usedCategories: Set<string>,
  severities?: SeverityOverrides,
): CheckDiagnostic[] {
  const tax = notice.taxonomy ?? taxonomy;
  const out: CheckDiagnostic[] = [];
  const push = (d: CheckDiagnostic | undefined) => d && out.push(d);
  const onNotice = (decl: CategoryDeclaration | undefined, range: Range, message: string) => ({
    file: notice.file,
    range,
    message,
    ...(decl ? { category: decl.key } : {}),
  });

  for (const decl of notice.categories) {
    if (!decl.known) continue; // the loader already reported the key; more noise would not help
    if (!decl.retention) {
      push(makeDiagnostic("missing-retention", severities, onNotice(decl, decl.range, `${decl.key} has no retention rule: say how long it is kept`)));
    } else if (decl.retention.kind === "text") {
      push(
        makeDiagnostic(
          "vague-retention",
          severities,
          onNotice(decl, decl.retention.range, `Retention of ${decl.key} is not concrete ("${decl.retention.text}"): give a period, an event it counts from, or the law that sets it`),
        ),
      );
    } else {
      for (const rule of decl.retention.rules) {
        if (isPlaceholder(rule.asRequiredBy)) continue; // reported as incomplete below
        if (isVagueRetentionRule(rule)) {
          push(
            makeDiagnostic(
              "vague-retention",
              severities,
              onNotice(decl, rule.range, `Retention of ${decl.key} says "as required by ${rule.asRequiredBy ?? "law"}" without naming the law`),
            ),
          );
        }
      }
    }
    const special = tax.special(decl.key);
    if (special && !decl.condition) {
      push(
        makeDiagnostic(
          "missing-special-condition",
          severities,
          onNotice(decl, decl.range, `${decl.key} is ${specialLabel(special)}: add condition: with ${conditionLabel(special)}`),
        ),
      );
    }
    if (lacksBasis(notice, decl)) {
      push(
        makeDiagnostic(
          "incomplete-declaration",
          severities,
          onNotice(decl, decl.range, `${decl.key} has no lawful basis: add basis:, or list purposes that each carry one`),
        ),
      );
    }
    const used = [...usedCategories].some((c) => tax.covers(decl.key, c));
    if (!used) {
      push(makeDiagnostic("unused-declaration", severities, onNotice(decl, decl.range, `${decl.key} is declared but no scanned field collects it`)));
    }
  }

  // A recipient's own retention (logs kept 30 days) is held to the same standard as a category's.
  for (const recipient of notice.recipients.values()) {
    const retention = recipient.retention;
    if (!retention) continue;
    const vague =
      retention.kind === "text"
        ? `"${retention.text}"`
        : retention.rules.filter((r) => !isPlaceholder(r.asRequiredBy) && isVagueRetentionRule(r)).map((r) => `"as required by ${r.asRequiredBy ?? "law"}"`)[0];
    if (vague) {
      push(
        makeDiagnostic("vague-retention", severities, {
          file: notice.file,
          range: retention.range,
          message: `Retention of recipient ${recipient.name} is not concrete (${vague}): give a period, an event it counts from, or name the law`,
        }),
      );
    }
  }

  for (const ph of notice.placeholders) {
    const decl = ph.category ? notice.categories.find((c) => c.key === ph.category) : undefined;
    push(
      makeDiagnostic(
        "incomplete-declaration",
        severities,
        onNotice(decl, ph.range, `${ph.path} is still a placeholder ("${ph.value}"): only a person can decide this`),
      ),
    );
  }
  return out;
}

/**
 * The one diagnostic that says the notice is unusable (the loader returned no notice); the loader's
 * problems say why. It sits on the first error so the editor and the CLI point at where to start.
 * A notice with errors that is still usable gets no such diagnostic: its own problems suffice.
 */
export function noticeInvalidDiagnostic(
  result: NoticeLoadResult,
  noticeFile: string,
  hasLastValid: boolean,
  severities?: SeverityOverrides,
): CheckDiagnostic | undefined {
  if (result.notice) return undefined;
  const errors = result.problems.filter((p) => p.severity === "error");
  const first = errors[0] ?? result.problems[0];
  const consequence = hasLastValid
    ? "code is checked against the last valid version until it is fixed"
    : "code cannot be checked against it until it is fixed";
  return makeDiagnostic("notice-invalid", severities, {
    message: `The privacy notice cannot be used (${errors.length} error${errors.length === 1 ? "" : "s"}); ${consequence}`,
    file: noticeFile,
    range: first?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    related: errors.slice(0, 20).map((e) => ({ file: e.file, range: e.range, message: e.message })),
  });
}
