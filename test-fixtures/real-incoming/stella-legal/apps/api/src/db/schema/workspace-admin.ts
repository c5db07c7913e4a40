import {
  bytea,
  jsonb,
  orgPolicies,
  organization,
  p,
  pUuid,
  safeOrganizationId,
  safeUuid,
  safeWorkspaceId,
  sql,
  user,
  wsPolicies,
  timestamptz,
} from "./common";
import type { PracticeJurisdiction } from "./common";
import { workspaces } from "./contacts";
import { entities } from "./entities";

export const DOCUMENT_PROCESSING_MODE = {
  OFF: "off",
  SEARCHABLE_TEXT: "searchable-text",
} as const;

export const DOCUMENT_PROCESSING_MODES = [
  DOCUMENT_PROCESSING_MODE.OFF,
  DOCUMENT_PROCESSING_MODE.SEARCHABLE_TEXT,
] as const;
export type DocumentProcessingMode = (typeof DOCUMENT_PROCESSING_MODES)[number];

export const DEFAULT_DOCUMENT_PROCESSING_MODE =
  "off" as const satisfies DocumentProcessingMode;

const DOCUMENT_PROCESSING_MODE_SQL_VALUES = DOCUMENT_PROCESSING_MODES.map(
  (mode) => sql.raw(`'${mode}'`),
);

export const matterCounters = p.pgTable(
  "matter_counters",
  {
    id: pUuid<"matterCounter">().primaryKey(),
    organizationId: safeOrganizationId("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    scopeKey: p.varchar("scope_key", { length: 128 }).notNull(),
    lastValue: p.integer("last_value").notNull().default(0),
  },
  (table) => [
    p
      .uniqueIndex("matter_counters_org_scope_uidx")
      .on(table.organizationId, table.scopeKey),
    ...orgPolicies(),
  ],
);

export const documentCounters = p.pgTable(
  "document_counters",
  {
    id: pUuid<"documentCounter">().primaryKey(),
    workspaceId: safeWorkspaceId("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    lastValue: p.integer("last_value").notNull().default(0),
  },
  (table) => [
    p.uniqueIndex("document_counters_ws_uidx").on(table.workspaceId),
    ...wsPolicies(),
  ],
);

export const organizationSettings = p.pgTable(
  "organization_settings",
  {
    id: pUuid<"organizationSettings">().primaryKey(),
    organizationId: safeOrganizationId("organization_id")
      .notNull()
      .unique()
      .references(() => organization.id, { onDelete: "cascade" }),
    matterNumberPattern: p
      .varchar("matter_number_pattern", { length: 128 })
      .notNull()
      .default("{SEQ}"),
    matterNumberPadding: p
      .integer("matter_number_padding")
      .notNull()
      .default(3),
    documentStampEnabled: p
      .boolean("document_stamp_enabled")
      .notNull()
      .default(true),
    /**
     * Whether uploaded documents may receive additional processing beyond
     * their native text layer. Defaults off so an organization must opt in
     * before OCR-derived searchable text is generated.
     */
    documentProcessingMode: p
      .text("document_processing_mode", {
        enum: DOCUMENT_PROCESSING_MODES,
      })
      .notNull()
      .default(DEFAULT_DOCUMENT_PROCESSING_MODE),
    practiceJurisdictions: jsonb("practice_jurisdictions")
      .$type<PracticeJurisdiction[]>()
      .notNull()
      .default([]),
    /**
     * Per-slug overrides for built-in native tools (e.g. ARES). The
     * effective state of a tool is `overrides[slug] ?? jurisdictionDefault`,
     * where the jurisdiction default is whether the tool's
     * recommended jurisdictions intersect the org's practice
     * jurisdictions. Absent entries mean "use the default".
     */
    nativeToolOverrides: jsonb("native_tool_overrides")
      .$type<Record<string, boolean>>()
      .notNull()
      .default({}),
    /**
     * Legacy disable list kept for rolling deploy compatibility. New
     * code reads nativeToolOverrides; keep writes in sync until a later
     * migration can drop this column after all deployed versions no
     * longer read it.
     */
    disabledNativeTools: jsonb("disabled_native_tools")
      .$type<string[]>()
      .notNull()
      .default([]),
    /** Encrypted OrgAIConfig JSON (AES-256-GCM). */
    aiConfigEncrypted: bytea("ai_config_encrypted"),
    /** AES-GCM initialization vector for aiConfigEncrypted. */
    aiConfigIv: bytea("ai_config_iv"),
    /** Encrypted DeepL API key (single opaque string, AES-256-GCM). */
    deeplApiKeyEncrypted: bytea("deepl_api_key_encrypted"),
    /** AES-GCM initialization vector for deeplApiKeyEncrypted. */
    deeplApiKeyIv: bytea("deepl_api_key_iv"),
    /** Encrypted web-search provider (Tavily) BYOK key, AES-256-GCM. */
    webSearchApiKeyEncrypted: bytea("web_search_api_key_encrypted"),
    /** AES-GCM initialization vector for webSearchApiKeyEncrypted. */
    webSearchApiKeyIv: bytea("web_search_api_key_iv"),
    /** Encrypted url-fetch provider (Jina) BYOK key, AES-256-GCM. */
    urlFetchApiKeyEncrypted: bytea("url_fetch_api_key_encrypted"),
    /** AES-GCM initialization vector for urlFetchApiKeyEncrypted. */
    urlFetchApiKeyIv: bytea("url_fetch_api_key_iv"),
    /**
     * Whether stella may annotate AI requests with prompt-cache
     * markers (Anthropic `cacheControl`, OpenAI `promptCacheKey`).
     * Controls stella's wire behaviour only — providers may still
     * auto-cache opportunistically; ZDR contracts are the only
     * true server-side disable.
     */
    promptCachingEnabled: p
      .boolean("prompt_caching_enabled")
      .notNull()
      .default(true),
    /**
     * Org-level enablement for the delegated SharePoint / OneDrive
     * connection. Default-off (fail closed): even where the deployment
     * feature flag is on, an org must explicitly opt in before its members
     * can connect a Microsoft account.
     */
    sharepointConnectionEnabled: p
      .boolean("sharepoint_connection_enabled")
      .notNull()
      .default(false),
    /**
     * Whether stella may run background memory extraction over this
     * organization's compacted chat threads. Off by default so the
     * background AI spend on the organization's own provider key stays
     * an explicit opt-in (cost attribution, not a paid feature).
     */
    memoryExtractionEnabled: p
      .boolean("memory_extraction_enabled")
      .notNull()
      .default(false),
    /**
     * Whether the bundled template-pack catalogue is offered in this
     * organization's template library. Off hides the offer; installed
     * templates stay.
     */
    templatePacksHidden: p
      .boolean("template_packs_hidden")
      .notNull()
      .default(false),
    /** Start of the current opt-in window; null while extraction is off. */
    memoryExtractionEnabledAt: timestamptz("memory_extraction_enabled_at"),
    /**
     * Durable tenant queue position for background extraction. Null means no
     * known eligible work; a compaction-insert trigger wakes the organization.
     */
    memoryExtractionScheduledAt: timestamptz("memory_extraction_scheduled_at"),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (table) => [
    p.check(
      "organization_settings_document_processing_mode_check",
      sql`${table.documentProcessingMode} IN (${sql.join(DOCUMENT_PROCESSING_MODE_SQL_VALUES, sql`, `)})`,
    ),
    p
      .index("organization_settings_memory_extraction_queue_idx")
      .on(table.memoryExtractionScheduledAt, table.organizationId)
      .where(
        sql`${table.memoryExtractionEnabled} = true AND ${table.memoryExtractionScheduledAt} IS NOT NULL`,
      ),
    ...orgPolicies(),
  ],
);

/**
 * Anonymization allowlist — entries that the detection pipeline
 * should NOT mask. The user marks a detected entity as a false
 * positive (e.g. their own client name signing a contract) and
 * the row lands here; the pipeline removes matches whose
 * canonical surface form is in this list at any of the three
 * applicable scopes (doc, workspace, org).
 *
 * Scope columns mirror the blacklist's NULL-pattern:
 *   - workspaceId NULL AND entityId NULL → org-wide
 *   - workspaceId set, entityId NULL    → workspace-wide
 *   - workspaceId set, entityId set     → single document
 *
 * Doc scope keys on `entityId` (the file's entity) so the
 * allowlist follows the file across version cuts; using
 * `fieldId` would lose the override every time the user saves a
 * new revision.
 */
export const anonymizationAllowlistEntries = p.pgTable(
  "anonymization_allowlist_entries",
  {
    id: pUuid<"anonymizationAllowlistEntry">().primaryKey(),
    organizationId: safeOrganizationId("organization_id").notNull(),
    workspaceId: safeWorkspaceId("workspace_id").references(
      () => workspaces.id,
      { onDelete: "cascade" },
    ),
    entityId: safeUuid<"entity">("entity_id").references(() => entities.id, {
      onDelete: "cascade",
    }),
    label: p.varchar({ length: 64 }).notNull(),
    canonical: p.varchar({ length: 512 }).notNull(),
    createdBy: p
      .text("created_by")
      .references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  (table) => [
    // Named explicitly: drizzle's generated name exceeds PostgreSQL's 63-byte
    // identifier limit and was silently truncated in the catalog until
    // 20260813110000 renamed it.
    p
      .foreignKey({
        columns: [table.organizationId],
        foreignColumns: [organization.id],
        name: "anonymization_allowlist_entries_organization_fk",
      })
      .onDelete("cascade"),
    // MATCH SIMPLE: an org-wide entry (workspace_id NULL) is exempt, a
    // workspace-scoped one must name a workspace of its own organization.
    p
      .foreignKey({
        columns: [table.workspaceId, table.organizationId],
        foreignColumns: [workspaces.id, workspaces.organizationId],
        name: "anonymization_allowlist_entries_workspace_organization_fk",
      })
      .onDelete("cascade"),
    p.index("anonymization_allowlist_entries_org_idx").on(table.organizationId),
    p
      .index("anonymization_allowlist_entries_workspace_idx")
      .on(table.workspaceId)
      .where(sql`${table.workspaceId} is not null`),
    p
      .index("anonymization_allowlist_entries_entity_idx")
      .on(table.entityId)
      .where(sql`${table.entityId} is not null`),
    p
      .uniqueIndex("anonymization_allowlist_entries_org_canonical_uidx")
      .on(table.organizationId, sql`lower(${table.canonical})`)
      .where(sql`${table.workspaceId} is null and ${table.entityId} is null`),
    p
      .uniqueIndex("anonymization_allowlist_entries_ws_canonical_uidx")
      .on(table.workspaceId, sql`lower(${table.canonical})`)
      .where(
        sql`${table.workspaceId} is not null and ${table.entityId} is null`,
      ),
    p
      .uniqueIndex("anonymization_allowlist_entries_entity_canonical_uidx")
      .on(table.entityId, sql`lower(${table.canonical})`)
      .where(sql`${table.entityId} is not null`),
    ...orgPolicies(),
  ],
);

export const anonymizationBlacklistEntries = p.pgTable(
  "anonymization_blacklist_entries",
  {
    id: pUuid<"anonymizationBlacklistEntry">().primaryKey(),
    organizationId: safeOrganizationId("organization_id").notNull(),
    /**
     * When set, the entry is scoped to a single workspace
     * and is only consulted by detection runs for that
     * workspace. NULL means org-wide — the firm-level
     * default catalog the existing settings UI maintains.
     */
    workspaceId: safeWorkspaceId("workspace_id").references(
      () => workspaces.id,
      { onDelete: "cascade" },
    ),
    label: p.varchar({ length: 64 }).notNull(),
    canonical: p.varchar({ length: 512 }).notNull(),
    variants: jsonb().$type<string[]>().notNull().default([]),
    enabled: p.boolean().notNull().default(true),
    createdBy: p
      .text("created_by")
      .references(() => user.id, { onDelete: "set null" }),
    updatedBy: p
      .text("updated_by")
      .references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
    updatedAt: timestamptz("updated_at")
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (table) => [
    p
      .foreignKey({
        columns: [table.organizationId],
        foreignColumns: [organization.id],
        name: "anonymization_blacklist_entries_organization_fk",
      })
      .onDelete("cascade"),
    p
      .foreignKey({
        columns: [table.workspaceId, table.organizationId],
        foreignColumns: [workspaces.id, workspaces.organizationId],
        name: "anonymization_blacklist_entries_workspace_organization_fk",
      })
      .onDelete("cascade"),
    p
      .index("anonymization_blacklist_entries_org_enabled_idx")
      .on(table.organizationId, table.enabled),
    p
      .index("anonymization_blacklist_entries_workspace_idx")
      .on(table.workspaceId, table.enabled),
    p
      .uniqueIndex("anonymization_blacklist_entries_org_canonical_uidx")
      .on(table.organizationId, sql`lower(${table.canonical})`)
      .where(sql`${table.workspaceId} is null`),
    p
      .uniqueIndex("anonymization_blacklist_entries_ws_canonical_uidx")
      .on(table.workspaceId, sql`lower(${table.canonical})`)
      .where(sql`${table.workspaceId} is not null`),
    ...orgPolicies(),
  ],
);
