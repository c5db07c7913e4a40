/**
 * The privacy notice (`privacy-notice.yaml`) as a typed model. Every declaration keeps the Range of
 * its key in the file, so checks can point at the notice line and quick fixes can find the entry.
 * Built by loader.ts; pure data plus a few lookups.
 */
import type { Document } from "yaml";
import type { CheckDiagnostic, Range } from "../types";
import type { Taxonomy } from "../classify/taxonomy";

export const NOTICE_FILE_NAMES = ["privacy-notice.yaml", "privacy-notice.yml"] as const;
export const SUPPORTED_NOTICE_VERSION = 1;

/** GDPR Art. 6(1) lawful bases. */
export const LAWFUL_BASES = [
  "consent",
  "contract",
  "legal_obligation",
  "vital_interests",
  "public_task",
  "legitimate_interests",
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

/** GDPR Art. 9(2) conditions (a)-(j) and Art. 10 grounds for criminal-offence data. */
export const SPECIAL_CONDITIONS = [
  "explicit_consent",
  "employment_social_security",
  "vital_interests",
  "not_for_profit",
  "made_public",
  "legal_claims",
  "substantial_public_interest",
  "health_social_care",
  "public_health",
  "archiving_research_statistics",
  "official_authority",
  "authorised_by_law",
] as const;
export type SpecialCondition = (typeof SPECIAL_CONDITIONS)[number];

export const RETENTION_EVENTS = [
  "collection",
  "account_closure",
  "account_deactivation",
  "last_activity",
  "end_of_contract",
  "end_of_course",
  "end_of_event",
  "consent_withdrawal",
  "recruitment_decision",
] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

export const RECIPIENT_KINDS = ["processor", "third_party", "controller", "public_authority", "public"] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** The value a quick fix leaves where only a person can decide; `incomplete-declaration` flags it. */
export const PLACEHOLDER = "TODO";

export interface Organisation {
  controller?: string;
  contact?: string;
  dpo?: string;
  representative?: string;
  noticeUrl?: string;
  updated?: string;
  range: Range;
}

export interface RecipientDeclaration {
  name: string;
  kind?: RecipientKind;
  description?: string;
  country?: string;
  safeguards?: string;
  sold: boolean;
  url?: string;
  /** The catalogue ids of the services this recipient stands for (`services: [segment]`; `log` for log platforms). */
  services: NameRef[];
  /** How long this recipient keeps the data (logs: the log retention); absent: each category's own retention applies. */
  retention?: Retention;
  /** Range of the name (the mapping key). */
  range: Range;
}

export interface PurposeDeclaration {
  name: string;
  description?: string;
  /** Empty when the purpose names no basis. */
  bases: string[];
  range: Range;
}

/** One concrete retention rule. At least one of period / after / asRequiredBy is set (the schema enforces it). */
export interface RetentionRule {
  /** ISO-8601 duration, e.g. P12M. */
  period?: string;
  /** Event the period counts from; collection when absent. */
  after?: RetentionEvent;
  /** What happens at the end; delete when absent. */
  then?: "delete" | "anonymise";
  /** The law named as setting or extending the period. */
  asRequiredBy?: string;
  note?: string;
  range: Range;
}

/**
 * `rules`: one or more concrete rules (kept until the last of them ends).
 * `text`: free text such as "as long as necessary" — accepted, but flagged as not concrete.
 */
export type Retention =
  | { kind: "rules"; rules: RetentionRule[]; range: Range }
  | { kind: "text"; text: string; range: Range };

/** A name used in a list (a purpose or a recipient), with where it is written. */
export interface NameRef {
  name: string;
  range: Range;
}

export interface CategoryDeclaration {
  /** fideslang key, e.g. user.contact.email. */
  key: string;
  /** Range of the key. */
  range: Range;
  /** Range of the whole entry (key and value). */
  entryRange: Range;
  description?: string;
  purposes: NameRef[];
  /** The bases written on the entry itself (may be empty when named purposes carry them). */
  bases: string[];
  basisRange?: Range;
  condition?: string;
  conditionRange?: Range;
  retention?: Retention;
  recipients: NameRef[];
  sources: string[];
  /** False when the key is not in the taxonomy (the loader reported it). */
  known: boolean;
}

export interface CustomCategoryDeclaration {
  key: string;
  parent: string;
  name?: string;
  description?: string;
  special?: "art9" | "art10";
  range: Range;
}

export interface Exemption {
  /** `Owner.field` or `field`. */
  field?: string;
  /** Glob relative to the notice's folder. */
  path?: string;
  /** Only findings of this category (or its children) are exempt. */
  category?: string;
  reason: string;
  range: Range;
}

/** A value a fix left for a person to fill in (a scalar starting with TODO). */
export interface Placeholder {
  /** Dotted path of the value in the notice, e.g. categories.user.contact.email.basis. */
  path: string;
  value: string;
  range: Range;
  /** The category entry it belongs to, if any. */
  category?: string;
}

export interface Notice {
  /** Path of the notice file, as given to the loader. */
  file: string;
  text: string;
  /** The parsed YAML document (kept for ranges and edits). */
  document: Document.Parsed;
  version: number;
  organisation?: Organisation;
  recipients: Map<string, RecipientDeclaration>;
  purposes: Map<string, PurposeDeclaration>;
  /** In file order; a duplicated key keeps its first entry (the loader reports the duplicate). */
  categories: CategoryDeclaration[];
  customCategories: CustomCategoryDeclaration[];
  exemptions: Exemption[];
  placeholders: Placeholder[];
  /** The taxonomy given to the loader, extended with this notice's custom categories. */
  taxonomy: Taxonomy;
  /** Range of the `categories:` key (or the start of the file when it is missing). */
  categoriesRange: Range;
}

export interface NoticeLoadResult {
  /** Undefined only when the file is unusable: YAML syntax errors, not a mapping, or an unsupported version. */
  notice?: Notice;
  problems: CheckDiagnostic[];
}

/** The declaration that applies to a category used in code: the exact key, else the nearest declared ancestor. */
export function coveringDeclaration(notice: Notice, category: string, taxonomy: Taxonomy = notice.taxonomy): CategoryDeclaration | undefined {
  let best: CategoryDeclaration | undefined;
  let bestDepth = -1;
  for (const decl of notice.categories) {
    if (!taxonomy.covers(decl.key, category)) continue;
    const depth = decl.key === category ? Number.MAX_SAFE_INTEGER : decl.key.split(".").length;
    if (depth > bestDepth) {
      best = decl;
      bestDepth = depth;
    }
  }
  return best;
}

export function findCategory(notice: Notice, key: string): CategoryDeclaration | undefined {
  return notice.categories.find((c) => c.key === key);
}

/** The lawful bases that apply to a declaration: its own, else those of the named purposes it lists. */
export function effectiveBases(notice: Notice, decl: CategoryDeclaration): string[] {
  if (decl.bases.length > 0) return decl.bases;
  const out = new Set<string>();
  for (const ref of decl.purposes) for (const b of notice.purposes.get(ref.name)?.bases ?? []) out.add(b);
  return [...out];
}

/** True when a declaration has no basis of its own and at least one of its purposes is free text or names no basis. */
export function lacksBasis(notice: Notice, decl: CategoryDeclaration): boolean {
  if (decl.bases.length > 0) return false;
  if (decl.purposes.length === 0) return true;
  return decl.purposes.some((p) => (notice.purposes.get(p.name)?.bases.length ?? 0) === 0);
}
