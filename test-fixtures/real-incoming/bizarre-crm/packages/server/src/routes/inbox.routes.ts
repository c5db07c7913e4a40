/**
 * Inbox routes — Communications team-inbox enrichment (audit §51)
 *
 * Endpoints:
 *   GET    /inbox/conversations?assigned_to=me|all&tags=foo,bar
 *   PATCH  /inbox/conversation/:phone/assign          { user_id }
 *   POST   /inbox/conversation/:phone/tag             { tag }
 *   DELETE /inbox/conversation/:phone/tag/:tag
 *   POST   /inbox/conversation/:phone/mark-read       { last_message_id? }
 *   GET    /inbox/unread-count                         → per user
 *
 *   POST   /inbox/bulk-send                            (admin-only)
 *       body: { segment, template_id, confirmation_token }
 *
 *   GET    /inbox/retry-queue
 *   POST   /inbox/retry-queue/:id/retry
 *   POST   /inbox/retry-queue/:id/cancel
 *
 *   GET    /inbox/template-analytics
 *   POST   /inbox/sentiment/analyze                    { message_id?, phone, text }
 *   GET    /inbox/sla-stats?days=30
 *
 * Rules:
 *   - auth middleware mounted at index.ts
 *   - every mutating endpoint writes an audit() row
 *   - bulk-send REQUIRES admin role AND a double-submit confirmation token
 *   - sentiment classifier is purely keyword-based — no external AI
 *   - never modifies sms_messages; new tables only (migration 094)
 */

import { Router, type Request } from 'express';
import crypto from 'crypto';
import { config } from '../config.js';
import { AppError } from '../middleware/errorHandler.js';
import { asyncHandler } from '../middleware/asyncHandler.js';
import { audit } from '../utils/audit.js';
import { createLogger } from '../utils/logger.js';
import { consumeWindowRate, peekWindowRate } from '../utils/rateLimiter.js';
import {
  validateRequiredString,
  validateEnum,
  validateTextLength,
} from '../utils/validate.js';
import { normalizePhone } from '../utils/phone.js';
import type { AsyncDb } from '../db/async-db.js';
import { ERROR_CODES } from '../utils/errorCodes.js';
import {
  sendSmsTenant,
  getSmsProvider,
  getProviderForDb,
  isProviderRealOrSimulated,
} from '../services/smsProvider.js';

const log = createLogger('comms');
const router = Router();

// Post-enrichment audit §9: per-user caps on inbox mutations.
// Double-submit confirmation tokens protect against accidental re-sends but
// do nothing against a compromised admin account. Enforce hourly caps even
// for legitimate admins so a single stolen JWT cannot blast the entire
// customer base. DB-backed so limits survive restarts.
const INBOX_BULK_SEND_CATEGORY = 'inbox_bulk_send';
const INBOX_BULK_SEND_MAX_PER_HOUR = 3;                 // 3 successful sends per admin per hour
const INBOX_BULK_SEND_WINDOW_MS = 60 * 60 * 1000;        // 1h window
const INBOX_SENTIMENT_CATEGORY = 'inbox_sentiment';
const INBOX_SENTIMENT_MAX = 60;                          // 60 classifications per user
const INBOX_SENTIMENT_WINDOW_MS = 60_000;                // per minute

const BULK_SMS_PROVIDER_NOT_CONFIGURED_MESSAGE =
  'SMS provider is not configured — bulk send refused. ' +
  'Configure a real provider (Twilio, Telnyx, Bandwidth, Plivo, Vonage) ' +
  'in Settings before attempting a bulk send.';

function guardInboxRate(
  req: Request,
  category: string,
  key: string,
  max: number,
  windowMs: number,
): void {
  const result = consumeWindowRate(req.db, category, key, max, windowMs);
  if (!result.allowed) {
    throw new AppError(
      `Rate limit exceeded — try again in ${result.retryAfterSeconds}s`,
      429,
    );
  }
}

// -----------------------------------------------------------------------------
// Local guards + helpers
// -----------------------------------------------------------------------------

/**
 * SEC: admin check inline (same pattern as automations.routes.ts). Relying on
 * mount-point middleware for sensitive actions is fragile; any future routing
 * refactor could silently expose them.
 */
function requireAdmin(req: Request): void {
  if (req.user?.role !== 'admin') {
    throw new AppError('Admin access required', 403, ERROR_CODES.ERR_PERM_ADMIN_REQUIRED);
  }
}

/**
 * Normalize a phone input (also rejects empty / too-short values) to match
 * how sms.routes stores conv_phone. Throws 400 on invalid input.
 */
function requirePhone(value: unknown, fieldName = 'phone'): string {
  const raw = validateRequiredString(value, fieldName, 32);
  const normalized = normalizePhone(raw);
  if (!normalized || normalized.length < 7) {
    throw new AppError(`${fieldName} is not a valid phone`, 400);
  }
  return normalized;
}

/** Positive int that must fit a DB id. */
function requirePositiveInt(value: unknown, fieldName: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || !Number.isInteger(n)) {
    throw new AppError(`${fieldName} must be a positive integer`, 400);
  }
  return n;
}

// Exponential backoff in minutes for the retry queue. Keeps retries cheap
// for humans and bounded (~1d after 7 tries).
const RETRY_BACKOFF_MINUTES = [1, 5, 15, 60, 180, 720, 1440] as const;

// SEC-H69: Jitter cap (seconds) applied to every next_retry_at so that
// bulk-cancel / bulk-retry operations don't create a synchronized stampede
// when many rows share the same next_retry_at.
const RETRY_JITTER_MAX_SECONDS = 60;

function nextRetryAt(retryCount: number): string {
  const idx = Math.min(retryCount, RETRY_BACKOFF_MINUTES.length - 1);
  const mins = RETRY_BACKOFF_MINUTES[idx];
  const jitterMs = Math.floor(Math.random() * RETRY_JITTER_MAX_SECONDS) * 1_000;
  const d = new Date(Date.now() + mins * 60_000 + jitterMs);
  return d.toISOString();
}

/**
 * SEC: scrub a raw caught error into a safe, user-facing string before it is
 * persisted to sms_retry_queue.last_error (which is reflected back to clients
 * via GET /retry-queue). Raw DB / filesystem / stack text MUST NOT reach the
 * client. The detailed error is already captured server-side via logger.
 */
function sanitizeRetryError(err: unknown): string {
  // Known, intentional AppError messages (e.g. "SMS provider not configured")
  // are safe — they were written to be shown to users.
  if (err instanceof AppError) return err.message;
  // Anything else (DB errors, network stack, filesystem, etc.) becomes a
  // generic label. Operators see the real thing in the server log.
  return 'send failed';
}

// -----------------------------------------------------------------------------
// Conversation assignment (idea §51.1)
// -----------------------------------------------------------------------------

router.get(
  '/conversations',
  asyncHandler(async (req, res) => {
    const adb = req.asyncDb;
    const userId = req.user!.id;
    const filter = validateEnum(
      req.query.assigned_to ?? 'all',
      ['me', 'all', 'unassigned'] as const,
      'assigned_to',
      false,
    );
    const tagsCsv = typeof req.query.tags === 'string' ? req.query.tags.trim() : '';
    const tags = tagsCsv ? tagsCsv.split(',').map((t) => t.trim()).filter(Boolean) : [];

    // Keep the query small — the full conversation list still comes from the
    // existing GET /sms/conversations. This endpoint just joins assignments
    // + tags so the UI can filter by them.
    const where: string[] = [];
    const params: unknown[] = [];

    if (filter === 'me') {
      where.push('ca.assigned_user_id = ?');
      params.push(userId);
    } else if (filter === 'unassigned') {
      where.push('ca.assigned_user_id IS NULL');
    }

    let tagJoin = '';
    if (tags.length > 0) {
      tagJoin = `INNER JOIN conversation_tags ct ON ct.phone = ca.phone
                 AND ct.tag IN (${tags.map(() => '?').join(',')})`;
      params.push(...tags);
    }

    const sql = `
      SELECT ca.phone,
             ca.assigned_user_id,
             ca.assigned_at,
             (SELECT GROUP_CONCAT(tag, ',') FROM conversation_tags
               WHERE phone = ca.phone) AS tags
        FROM conversation_assignments ca
        ${tagJoin}
        ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
       GROUP BY ca.phone
       ORDER BY ca.assigned_at DESC
       LIMIT 500
    `;
    const rows = await adb.all<{
      phone: string;
      assigned_user_id: number | null;
      assigned_at: string;
      tags: string | null;
    }>(sql, ...params);

    const enriched = rows.map((r) => ({
      phone: r.phone,
      assigned_user_id: r.assigned_user_id,
      assigned_at: r.assigned_at,
      tags: r.tags ? r.tags.split(',').filter(Boolean) : [],
    }));
    res.json({ success: true, data: enriched });
  }),
);

router.patch(
  '/conversation/:phone/assign',
  asyncHandler(async (req, res) => {
    const db = req.db;
    const adb = req.asyncDb;
    const phone = requirePhone(req.params.phone);
    // Allow explicit null → unclaim conversation.
    const userIdRaw = (req.body ?? {}).user_id;
    const userId: number | null =
      userIdRaw === null || userIdRaw === undefined
        ? null
        : requirePositiveInt(userIdRaw, 'user_id');

    if (userId !== null) {
      const exists = await adb.get<{ id: number }>(
        'SELECT id FROM users WHERE id = ? AND is_active = 1',
        userId,
      );
      if (!exists) throw new AppError('User not found or inactive', 404);
    }

    await adb.run(
      `INSERT INTO conversation_assignments (phone, assigned_user_id, assigned_at)
            VALUES (?, ?, datetime('now'))
       ON CONFLICT(phone) DO UPDATE SET
             assigned_user_id = excluded.assigned_user_id,
             assigned_at = datetime('now')`,
      phone,
      userId,
    );

    audit(db, 'inbox_conversation_assigned', req.user!.id, req.ip || 'unknown', {
      phone,
      assigned_to: userId,
    });
    res.json({ success: true, data: { phone, assigned_user_id: userId } });
  }),
);

// -----------------------------------------------------------------------------
// Conversation tags (idea §51.6)
// -----------------------------------------------------------------------------

router.post(
  '/conversation/:phone/tag',
  asyncHandler(async (req, res) => {
    const db = req.db;
    const adb = req.asyncDb;
    const phone = requirePhone(req.params.phone);
    const tag = validateRequiredString((req.body ?? {}).tag, 'tag', 32).toLowerCase();

    try {
      await adb.run(
        'INSERT INTO conversation_tags (phone, tag) VALUES (?, ?)',
        phone,
        tag,
      );
    } catch (err: any) {
      if (!String(err?.message || '').includes('UNIQUE')) throw err;
      // Idempotent — tag already exists is not an error.
    }

    audit(db, 'inbox_tag_added', req.user!.id, req.ip || 'unknown', { phone, tag });
    res.json({ success: true, data: { phone, tag } });
  }),
);

router.delete(
  '/conversation/:phone/tag/:tag',
  asyncHandler(async (req, res) => {
    const db = req.db;
    const adb = req.asyncDb;
    const phone = requirePhone(req.params.phone);
    const tag = validateRequiredString(req.params.tag, 'tag', 32).toLowerCase();

    await adb.run('DELETE FROM conversation_tags WHERE phone = ? AND tag = ?', phone, tag);
    audit(db, 'inbox_tag_removed', req.user!.id, req.ip || 'unknown', { phone, tag });
    res.json({ success: true, data: { phone, tag } });
  }),
);

// -----------------------------------------------------------------------------
// Read receipts (idea §51.1)
// -----------------------------------------------------------------------------

router.post(
  '/conversation/:phone/mark-read',
  asyncHandler(async (req, res) => {
    const adb = req.asyncDb;
    const db = req.db;
    const phone = requirePhone(req.params.phone);
    const lastMsgRaw = (req.body ?? {}).last_message_id;
    const lastMessageId =
      lastMsgRaw === null || lastMsgRaw === undefined
        ? null
        : requirePositiveInt(lastMsgRaw, 'last_message_id');

    await adb.run(
      `INSERT INTO conversation_read_receipts
              (phone, user_id, last_read_message_id, last_read_at)
            VALUES (?, ?, ?, datetime('now'))
       ON CONFLICT(phone, user_id) DO UPDATE SET
             last_read_message_id = excluded.last_read_message_id,
             last_read_at = datetime('now')`,
      phone,
      req.user!.id,
      lastMessageId,
    );
    // Noisy but required by audit coverage — admins can filter out event
    // 'inbox_conversation_marked_read' if it becomes log spam.
    audit(db, 'inbox_conversation_marked_read', req.user!.id, req.ip || 'unknown', {
      phone,
      last_message_id: lastMessageId,
    });
    res.json({ success: true, data: { phone, last_message_id: lastMessageId } });
  }),
);

router.get(
  '/unread-count',
  asyncHandler(async (req, res) => {
    const adb = req.asyncDb;
    const userId = req.user!.id;

    // Per-user: count inbound messages newer than this user's last_read_at.
    // Fall back to conversation's total unread if no receipt yet.
    const row = await adb.get<{ unread: number }>(
      `SELECT COUNT(*) AS unread
         FROM sms_messages m
         LEFT JOIN conversation_read_receipts r
                ON r.phone = m.conv_phone AND r.user_id = ?
        WHERE m.direction = 'inbound'
          AND (r.last_read_at IS NULL OR m.created_at > r.last_read_at)`,
      userId,
    );
    res.json({ success: true, data: { unread: row?.unread ?? 0 } });
  }),
);

// -----------------------------------------------------------------------------
// Bulk SMS (idea §51.3) — admin-only + double-submit confirmation token
// -----------------------------------------------------------------------------

type BulkSegment = 'open_tickets' | 'all_customers' | 'recent_purchases';
const BULK_SEGMENTS: readonly BulkSegment[] = [
  'open_tickets',
  'all_customers',
  'recent_purchases',
];

interface BulkPreviewRow {
  phone: string;
  first_name: string | null;
  last_name: string | null;
}

interface BulkPreviewRecipientSample {
  name: string;
  phone_last4: string;
}

function buildBulkRecipientSample(rows: BulkPreviewRow[]): BulkPreviewRecipientSample[] {
  const sample: BulkPreviewRecipientSample[] = [];
  const seenPhones = new Set<string>();

  for (const row of rows) {
    const normalized = normalizePhone(row.phone);
    if (!normalized || seenPhones.has(normalized)) continue;

    seenPhones.add(normalized);
    const digits = normalized.replace(/\D/g, '');
    const name = `${row.first_name ?? ''} ${row.last_name ?? ''}`.trim() || 'Customer';

    sample.push({
      name,
      phone_last4: digits.slice(-4) || '----',
    });

    if (sample.length >= 10) break;
  }

  return sample;
}

function assertBulkSmsProviderConfigured(db: any, tenantSlug?: string | null): void {
  const provider = getProviderForDb(db, tenantSlug);
  const providerStatus = isProviderRealOrSimulated(provider);
  if (!providerStatus.real) {
    throw new AppError(BULK_SMS_PROVIDER_NOT_CONFIGURED_MESSAGE, 400);
  }
}

/**
 * Preview the size of a segment without sending anything. Returns a
 * confirmation token the caller must submit with the actual send request
 * — double-submit protection prevents a single compromised click from
 * dispatching a bulk send.
 *
 * SCAN-594: all 3 segment queries filter to marketing-consented numbers only
 * (`sms_opt_in = 1 AND sms_consent_marketing = 1`). Bulk sends are marketing
 * blasts; transactional consent is insufficient.
 */
async function previewBulkSegment(
  adb: AsyncDb,
  segment: BulkSegment,
): Promise<{ count: number; phones: string[]; phonesHash: string; excluded_optout_count: number; recipientSample: BulkPreviewRecipientSample[] }> {
  let rows: BulkPreviewRow[] = [];
  // BUGHUNT-2026-05-10-40: surface excluded-by-opt-out count separately so the
  // client can render explicit "we filtered N out for TCPA" evidence instead
  // of trusting the server filter ran. Same WHERE shape as the main query
  // but with the opt-in clauses inverted; only phone-bearing customers
  // count (an empty mobile is already excluded by the main filter).
  let excluded: { c: number } | undefined;
  switch (segment) {
    // BUGHUNT-2026-05-18: every segment below was missing `c.is_deleted = 0`,
    // so bulk marketing SMS targeted customers who had been soft-deleted (i.e.
    // explicitly removed from the live address book — often a CCPA/GDPR
    // erasure request). The send path (POST /bulk-send) reuses this helper, so
    // the leak was a privacy / regulatory issue, not just a stale-count one.
    // The exclusion COUNT(*) queries also need the same filter so the displayed
    // "skipped due to consent" tally matches the live customer base.
    case 'open_tickets':
      rows = await adb.all<BulkPreviewRow>(
        `SELECT c.mobile AS phone, MIN(c.first_name) AS first_name, MIN(c.last_name) AS last_name
           FROM customers c
           JOIN tickets t ON t.customer_id = c.id
           JOIN ticket_statuses s ON s.id = t.status_id
          WHERE s.is_closed = 0 AND s.is_cancelled = 0
            AND t.is_deleted = 0
            AND c.is_deleted = 0
            AND c.mobile IS NOT NULL AND c.mobile <> ''
            AND COALESCE(c.sms_opt_in, 0) = 1
            AND COALESCE(c.sms_consent_marketing, 0) = 1
          GROUP BY c.mobile`,
      );
      excluded = await adb.get<{ c: number }>(
        `SELECT COUNT(DISTINCT c.id) AS c
           FROM customers c
           JOIN tickets t ON t.customer_id = c.id
           JOIN ticket_statuses s ON s.id = t.status_id
          WHERE s.is_closed = 0 AND s.is_cancelled = 0
            AND t.is_deleted = 0
            AND c.is_deleted = 0
            AND c.mobile IS NOT NULL AND c.mobile <> ''
            AND (COALESCE(c.sms_opt_in, 0) = 0 OR COALESCE(c.sms_consent_marketing, 0) = 0)`,
      );
      break;
    case 'all_customers':
      rows = await adb.all<BulkPreviewRow>(
        `SELECT mobile AS phone, MIN(first_name) AS first_name, MIN(last_name) AS last_name FROM customers
          WHERE is_deleted = 0
            AND mobile IS NOT NULL AND mobile <> ''
            AND COALESCE(sms_opt_in, 0) = 1
            AND COALESCE(sms_consent_marketing, 0) = 1
          GROUP BY mobile`,
      );
      excluded = await adb.get<{ c: number }>(
        `SELECT COUNT(*) AS c FROM customers
          WHERE is_deleted = 0
            AND mobile IS NOT NULL AND mobile <> ''
            AND (COALESCE(sms_opt_in, 0) = 0 OR COALESCE(sms_consent_marketing, 0) = 0)`,
      );
      break;
    case 'recent_purchases':
      rows = await adb.all<BulkPreviewRow>(
        `SELECT c.mobile AS phone, MIN(c.first_name) AS first_name, MIN(c.last_name) AS last_name
           FROM customers c
           JOIN invoices i ON i.customer_id = c.id
          WHERE i.created_at >= datetime('now','-30 days')
            AND c.is_deleted = 0
            AND c.mobile IS NOT NULL AND c.mobile <> ''
            AND COALESCE(c.sms_opt_in, 0) = 1
            AND COALESCE(c.sms_consent_marketing, 0) = 1
          GROUP BY c.mobile`,
      );
      excluded = await adb.get<{ c: number }>(
        `SELECT COUNT(DISTINCT c.id) AS c
           FROM customers c
           JOIN invoices i ON i.customer_id = c.id
          WHERE i.created_at >= datetime('now','-30 days')
            AND c.is_deleted = 0
            AND c.mobile IS NOT NULL AND c.mobile <> ''
            AND (COALESCE(c.sms_opt_in, 0) = 0 OR COALESCE(c.sms_consent_marketing, 0) = 0)`,
      );
      break;
  }
  const phones = rows.map((r) => normalizePhone(r.phone)).filter(Boolean) as string[];
  const recipientSample = buildBulkRecipientSample(rows);
  // SCAN-602: compute a stable hash of the consented phone list so step-2 can
  // detect segment drift between preview and send.
  const phonesHash = crypto
    .createHash('sha256')
    .update([...phones].sort().join('|'))
    .digest('hex')
    .slice(0, 32);
  return {
    count: phones.length,
    phones,
    phonesHash,
    excluded_optout_count: Number(excluded?.c ?? 0),
    recipientSample,
  };
}

/**
 * Confirmation tokens are derived so the server doesn't have to store them.
 * SCAN-602: the token now embeds a SHA-256 hash of the consented phone list so
 * step 2 can detect segment drift (new customers opting in, old ones opting
 * out, or ticket statuses changing between preview and confirm).
 *
 * Token format (URL-safe base64):
 *   <base64(JSON payload)>.<HMAC-SHA256 hex[0:32]>
 *
 * JSON payload: { segment, template_id, user_id, bucket, phones_hash, count }
 *
 * SEC-H104: uses config.jwtSecret (production-fatal on missing/short secret).
 */
interface BulkTokenPayload {
  segment: string;
  template_id: number;
  user_id: number;
  bucket: number;
  phones_hash: string;
  count: number;
}

function makeBulkToken(
  segment: string,
  templateId: number,
  userId: number,
  phonesHash: string,
  count: number,
): string {
  const bucket = Math.floor(Date.now() / (5 * 60_000));
  const payload: BulkTokenPayload = {
    segment,
    template_id: templateId,
    user_id: userId,
    bucket,
    phones_hash: phonesHash,
    count,
  };
  const payloadJson = JSON.stringify(payload);
  const payloadB64 = Buffer.from(payloadJson).toString('base64url');
  const sig = crypto
    .createHmac('sha256', config.jwtSecret)
    .update(payloadB64)
    .digest('hex')
    .slice(0, 32);
  return `${payloadB64}.${sig}`;
}

/**
 * Verifies token signature and temporal validity (current or previous 5-min
 * bucket). Returns the decoded payload on success, null on failure.
 */
function verifyBulkToken(
  token: unknown,
  segment: string,
  templateId: number,
  userId: number,
): BulkTokenPayload | null {
  if (typeof token !== 'string') return null;
  const dotIdx = token.lastIndexOf('.');
  if (dotIdx === -1) return null;
  const payloadB64 = token.slice(0, dotIdx);
  const sig = token.slice(dotIdx + 1);
  if (sig.length !== 32) return null;

  // Constant-time signature check (current and previous bucket both valid).
  let payloadObj: BulkTokenPayload;
  try {
    payloadObj = JSON.parse(Buffer.from(payloadB64, 'base64url').toString('utf8')) as BulkTokenPayload;
  } catch {
    return null;
  }

  // Validate that the embedded bucket is still within the grace window.
  const currentBucket = Math.floor(Date.now() / (5 * 60_000));
  if (payloadObj.bucket !== currentBucket && payloadObj.bucket !== currentBucket - 1) {
    return null;
  }

  // Verify HMAC over the base64 payload to prevent tampering.
  const expectedSig = crypto
    .createHmac('sha256', config.jwtSecret)
    .update(payloadB64)
    .digest('hex')
    .slice(0, 32);
  const sigBuf = Buffer.from(sig);
  const expectedBuf = Buffer.from(expectedSig);
  if (sigBuf.length !== expectedBuf.length || !crypto.timingSafeEqual(sigBuf, expectedBuf)) {
    return null;
  }

  // Sanity-check embedded fields match the request to prevent token reuse
  // across different segments or users.
  if (
    payloadObj.segment !== segment ||
    payloadObj.template_id !== templateId ||
    payloadObj.user_id !== userId
  ) {
    return null;
  }

  return payloadObj;
}

/**
 * WEB-UIUX-1512: live segment counts so the bulk-SMS modal can label each
 * segment button with its actual reach before the admin commits to one.
 * Re-uses the same WHERE-clause shape as previewBulkSegment so the count
 * matches what step-1 preview would return. Admin-only (matches the post
 * route gating).
 */
router.get(
  '/bulk-send-segment-counts',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const adb = req.asyncDb;
    // BUGHUNT-2026-05-18: counts must match previewBulkSegment's filter set,
    // which now excludes soft-deleted customers (privacy/GDPR). Without this,
    // the count badge over-reports relative to what the send loop actually
    // contacts, confusing admins.
    const [openTickets, allCustomers, recentPurchases] = await Promise.all([
      adb.get<{ count: number }>(
        `SELECT COUNT(DISTINCT c.mobile) AS count
           FROM customers c
           JOIN tickets t ON t.customer_id = c.id
           JOIN ticket_statuses s ON s.id = t.status_id
          WHERE s.is_closed = 0 AND s.is_cancelled = 0
            AND t.is_deleted = 0
            AND c.is_deleted = 0
            AND c.mobile IS NOT NULL AND c.mobile <> ''
            AND COALESCE(c.sms_opt_in, 0) = 1
            AND COALESCE(c.sms_consent_marketing, 0) = 1`,
      ),
      adb.get<{ count: number }>(
        `SELECT COUNT(DISTINCT mobile) AS count FROM customers
          WHERE is_deleted = 0
            AND mobile IS NOT NULL AND mobile <> ''
            AND COALESCE(sms_opt_in, 0) = 1
            AND COALESCE(sms_consent_marketing, 0) = 1`,
      ),
      adb.get<{ count: number }>(
        `SELECT COUNT(DISTINCT c.mobile) AS count
           FROM customers c
           JOIN invoices i ON i.customer_id = c.id
          WHERE i.created_at >= datetime('now','-30 days')
            AND c.is_deleted = 0
            AND c.mobile IS NOT NULL AND c.mobile <> ''
            AND COALESCE(c.sms_opt_in, 0) = 1
            AND COALESCE(c.sms_consent_marketing, 0) = 1`,
      ),
    ]);
    res.json({
      success: true,
      data: {
        open_tickets: openTickets?.count ?? 0,
        all_customers: allCustomers?.count ?? 0,
        recent_purchases: recentPurchases?.count ?? 0,
      },
    });
  }),
);

/**
 * WEB-UIUX-1508: send a single test SMS to the admin's own mobile (or an
 * explicit override) so wording/links/variable substitution can be verified
 * before the 12k-recipient blast goes out. Quota-free path — separate from
 * `/bulk-send` so a worried admin doesn't burn their hourly cap on tests.
 * Provider-not-configured still throws so the admin sees the same failure
 * mode the real send would hit.
 */
router.post(
  '/bulk-send-test',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const db = req.db;
    const adb = req.asyncDb;
    const templateId = requirePositiveInt((req.body ?? {}).template_id, 'template_id');
    const overrideRaw = typeof req.body?.to_phone === 'string' ? req.body.to_phone : '';
    const tpl = await adb.get<{ id: number; content: string; name: string }>(
      'SELECT id, content, name FROM sms_templates WHERE id = ?',
      templateId,
    );
    if (!tpl) throw new AppError('Template not found', 404);

    // Resolve destination: explicit override first (admin testing on a
    // co-worker's phone is common), else the admin's own mobile_number.
    // No silent fallback — refuse cleanly if neither produces a valid
    // phone so the admin doesn't think the test "succeeded" by SMS-ing
    // a number that wasn't theirs.
    let toPhone: string;
    if (overrideRaw.trim()) {
      toPhone = requirePhone(overrideRaw, 'to_phone');
    } else {
      const me = await adb.get<{ mobile_number: string | null }>(
        'SELECT mobile_number FROM users WHERE id = ?',
        req.user!.id,
      );
      if (!me?.mobile_number) {
        throw new AppError(
          'No mobile_number on your profile — add one in Settings → Account or pass to_phone override.',
          400,
        );
      }
      toPhone = requirePhone(me.mobile_number, 'mobile_number');
    }

    // Same provider gate the real send uses so the admin sees the same
    // failure mode (configure provider before blasting) at test time.
    const provider = getSmsProvider();
    const providerStatus = isProviderRealOrSimulated(provider);
    if (!providerStatus.real) {
      throw new AppError(
        'SMS provider is not configured — test refused. Configure a real provider (Twilio, Telnyx, Bandwidth, Plivo, Vonage) in Settings before sending tests.',
        400,
      );
    }

    const tenantSlug = (req as any).tenantSlug ?? null;
    try {
      const result = await sendSmsTenant(db, tenantSlug, toPhone, tpl.content);
      if (!result?.success) {
        throw new AppError(
          `Test send failed: ${result?.error || 'unknown provider error'}`,
          502,
        );
      }
    } catch (err: unknown) {
      if (err instanceof AppError) throw err;
      throw new AppError(
        `Test send failed: ${err instanceof Error ? err.message : String(err)}`,
        502,
      );
    }
    audit(db, 'bulk_sms_test_sent', req.user!.id, req.ip || 'unknown', {
      template_id: templateId,
      template_name: tpl.name,
      to_phone_last4: toPhone.slice(-4),
    });
    res.json({
      success: true,
      data: {
        sent: true,
        to_phone_masked: toPhone.length >= 7 ? `${toPhone.slice(0, 3)}•••${toPhone.slice(-4)}` : toPhone,
        template_name: tpl.name,
      },
    });
  }),
);

router.post(
  '/bulk-send',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const db = req.db;
    const adb = req.asyncDb;
    const tenantSlug = (req as any).tenantSlug || null;

    const segment = validateEnum(
      (req.body ?? {}).segment,
      BULK_SEGMENTS,
      'segment',
    ) as BulkSegment;
    const templateId = requirePositiveInt((req.body ?? {}).template_id, 'template_id');
    const token = (req.body ?? {}).confirmation_token;

    // Step 1: no token → return a preview + fresh token. Caller confirms then
    // re-posts.
    if (!token) {
      // WEB-UIUX-1510: surface provider state at preview time so admin sees
      // "configure provider in Settings" before building a 12k campaign —
      // not after token verification + segment-drift check at confirm step.
      // Returned as a flag (not a throw) so the UI can render an inline
      // banner instead of blocking preview entirely; admin can still review
      // the audience size, but Send stays disabled.
      const previewProvider = getSmsProvider();
      const previewProviderStatus = isProviderRealOrSimulated(previewProvider);
      const preview = await previewBulkSegment(adb, segment);
      // SCAN-602: embed phones_hash + count into the token so step 2 can
      // detect segment drift without storing server-side state.
      const freshToken = makeBulkToken(
        segment,
        templateId,
        req.user!.id,
        preview.phonesHash,
        preview.count,
      );
      // WEB-UIUX-1113: ship a 5-recipient sample to the UI so the operator
      // can sanity-check WHO will receive the blast before confirming. The
      // first 5 phones in the deterministic segment order are enough for
      // a "is this the right segment" check without leaking the whole list
      // — full phone-list export would be a separate compliance review.
      const sampleSize = Math.min(5, preview.phones.length);
      const samplePhones = preview.phones.slice(0, sampleSize).map((p) => ({
        // Mask the middle four digits in the sample preview — enough for
        // the operator to recognise their own format ("555-•••-1234")
        // without putting raw phones in the response if the modal is
        // screen-recorded / accidentally shared.
        masked: p.length >= 7
          ? `${p.slice(0, 3)}•••${p.slice(-4)}`
          : p,
      }));
      // WEB-UIUX-1517: tell the operator how many bulk sends they've used in
      // the current hourly window before they commit to a send. We only PEEK
      // at the rate-limit bucket here (preview is a free operation; only
      // step-2 consumes a slot via guardInboxRate).
      const quotaPeek = peekWindowRate(
        req.db,
        INBOX_BULK_SEND_CATEGORY,
        String(req.user!.id),
        INBOX_BULK_SEND_WINDOW_MS,
      );
      const quotaUsed = quotaPeek?.count ?? 0;
      const quotaResetAt = quotaPeek?.resetAtMs ?? null;
      res.json({
        success: true,
        data: {
          preview_count: preview.count,
          // BUGHUNT-2026-05-10-40: surface excluded-by-opt-out count so the
          // UI can render explicit TCPA-filter evidence ("we filtered N
          // unconsented phones out") instead of trusting the server filter
          // ran. Client refuses Send when this field is missing.
          excluded_optout_count: preview.excluded_optout_count,
          recipient_sample: preview.recipientSample,
          confirmation_token: freshToken,
          confirmed: false,
          sample_phones: samplePhones,
          sample_size: sampleSize,
          quota: {
            used: quotaUsed,
            max: INBOX_BULK_SEND_MAX_PER_HOUR,
            window_ms: INBOX_BULK_SEND_WINDOW_MS,
            // ISO so the client can compute its own countdown without
            // worrying about clock skew interpretation (the absolute
            // wall-clock time is more useful than "ms remaining" when
            // the page is left open for an hour).
            reset_at: quotaResetAt ? new Date(quotaResetAt).toISOString() : null,
          },
          // WEB-UIUX-1510: provider state echoed at preview time so the UI
          // can render an inline banner BEFORE Send is clicked. `real=false`
          // means simulated (logs to console) or unconfigured — either way
          // the cashier has no business sending a 12k blast yet.
          provider: {
            real: previewProviderStatus.real,
            name: previewProvider?.name ?? null,
          },
        },
      });
      return;
    }

    // Step 2: token present → verify HMAC + check for segment drift.
    const verifiedPayload = verifyBulkToken(token, segment, templateId, req.user!.id);
    if (!verifiedPayload) {
      throw new AppError('Invalid or expired confirmation token', 400);
    }

    // Per-user hourly cap — applied to the confirmed step only so preview
    // calls stay free. A compromised admin can still burn ONE bulk send
    // per hour, but not run 100 in a row against the entire customer base.
    guardInboxRate(
      req,
      INBOX_BULK_SEND_CATEGORY,
      String(req.user!.id),
      INBOX_BULK_SEND_MAX_PER_HOUR,
      INBOX_BULK_SEND_WINDOW_MS,
    );

    const tpl = await adb.get<{ id: number; content: string; name: string }>(
      'SELECT id, content, name FROM sms_templates WHERE id = ?',
      templateId,
    );
    if (!tpl) throw new AppError('Template not found', 404);

    const preview = await previewBulkSegment(adb, segment);

    // SCAN-602: reject if the consented phone list has changed since preview.
    // Segment can grow (new opt-ins, newly-opened tickets) or shrink
    // (opt-outs, tickets closed) between step 1 and step 2.
    if (
      preview.phonesHash !== verifiedPayload.phones_hash ||
      preview.count !== verifiedPayload.count
    ) {
      throw new AppError(
        'Segment changed since preview — re-preview to continue',
        409,
      );
    }

    if (preview.count === 0) {
      res.json({
        success: true,
        data: { attempted: 0, sent: 0, failed: 0, segment, confirmed: true, job_id: null },
      });
      return;
    }

    // Verify the SMS provider is actually real BEFORE creating a job row.
    const provider = getSmsProvider();
    const providerStatus = isProviderRealOrSimulated(provider);
    if (!providerStatus.real) {
      throw new AppError(
        'SMS provider is not configured — bulk send refused. ' +
        'Configure a real provider (Twilio, Telnyx, Bandwidth, Plivo, Vonage) ' +
        'in Settings before attempting a bulk send.',
        400,
      );
    }

    // WEB-UIUX-1117: create a tracked job row, return the id, run the send
    // loop async via setImmediate. The synchronous 30-100s blocking response
    // is gone — the modal polls GET /jobs/:id for progress and can fire
    // POST /jobs/:id/abort. Keeps the inline-send semantics (no separate
    // worker process to deploy); the loop checks abort_requested between
    // sends so the cap stays bounded. tenantSlug is already in scope from
    // the top of this handler.
    const insertResult = await adb.run(
      `INSERT INTO bulk_sms_jobs (segment, template_id, template_name, total, status, created_by, started_at)
        VALUES (?, ?, ?, ?, 'running', ?, datetime('now'))`,
      segment,
      templateId,
      tpl.name,
      preview.count,
      req.user!.id,
    );
    const jobId = Number(insertResult.lastInsertRowid);

    audit(db, 'inbox_bulk_send_started', req.user!.id, req.ip || 'unknown', {
      segment,
      template_id: templateId,
      job_id: jobId,
      total: preview.count,
    });

    // Fire-and-forget loop. Each iteration commits its delta to the job row
    // and re-reads abort_requested so the operator's POST /abort lands within
    // one SMS-send window. Errors are persisted to the job row + sms_retry_queue.
    setImmediate(() => {
      void (async () => {
        let sent = 0;
        let failed = 0;
        for (const phone of preview.phones) {
          const abortCheck = await adb.get<{ abort_requested: number }>(
            'SELECT abort_requested FROM bulk_sms_jobs WHERE id = ?',
            jobId,
          );
          if (abortCheck?.abort_requested) {
            await adb.run(
              `UPDATE bulk_sms_jobs SET status = 'aborted', finished_at = datetime('now'),
                 sent = ?, failed = ? WHERE id = ?`,
              sent, failed, jobId,
            );
            log.info('bulk-sms job aborted', { job_id: jobId, sent, failed });
            return;
          }
          try {
            const result = await sendSmsTenant(db, tenantSlug, phone, tpl.content);
            if (result?.success) {
              sent += 1;
            } else {
              failed += 1;
              await adb.run(
                `INSERT INTO sms_retry_queue (to_phone, body, retry_count, next_retry_at, status, last_error)
                      VALUES (?, ?, 0, datetime('now','+5 minutes'), 'failed', ?)`,
                phone,
                tpl.content,
                result?.error ?? 'unknown SMS provider error',
              );
            }
          } catch (err) {
            failed += 1;
            log.error('inbox bulk-send inner send threw', {
              phone,
              template_id: templateId,
              job_id: jobId,
              error: err instanceof Error ? err.message : String(err),
            });
            const safeMsg = sanitizeRetryError(err);
            await adb.run(
              `INSERT INTO sms_retry_queue (to_phone, body, retry_count, next_retry_at, status, last_error)
                    VALUES (?, ?, 0, datetime('now','+5 minutes'), 'failed', ?)`,
              phone,
              tpl.content,
              safeMsg,
            );
          }
          // Persist per-iteration progress so the poll endpoint sees live counts.
          await adb.run(
            'UPDATE bulk_sms_jobs SET sent = ?, failed = ? WHERE id = ?',
            sent, failed, jobId,
          );
        }
        await adb.run(
          `UPDATE bulk_sms_jobs SET status = 'completed', finished_at = datetime('now'),
            sent = ?, failed = ? WHERE id = ?`,
          sent, failed, jobId,
        );
        log.info('bulk-sms job completed', { job_id: jobId, sent, failed });
      })().catch((err) => {
        log.error('bulk-sms job crashed', { job_id: jobId, error: err instanceof Error ? err.message : String(err) });
        void adb.run(
          `UPDATE bulk_sms_jobs SET status = 'failed', last_error = ?, finished_at = datetime('now') WHERE id = ?`,
          err instanceof Error ? err.message.slice(0, 500) : String(err).slice(0, 500),
          jobId,
        );
      });
    });

    res.json({
      success: true,
      data: {
        attempted: preview.count,
        sent: 0,
        failed: 0,
        segment,
        template: { id: tpl.id, name: tpl.name },
        confirmed: true,
        job_id: jobId,
        status: 'running',
      },
    });
  }),
);

// -----------------------------------------------------------------------------
// Retry queue (idea §51.4)
// -----------------------------------------------------------------------------

// Whitelist of safe, intentionally user-facing labels that may appear in
// sms_retry_queue.last_error. Anything else is coerced to 'send failed' so
// legacy rows (written before sanitizeRetryError was added) cannot leak raw
// DB / stack / filesystem text on read.
const SAFE_RETRY_ERROR_LABELS = new Set<string>([
  'send failed',
  'SMS provider is not configured',
  'SMS provider not configured',
  'unknown SMS provider error',
]);

function scrubLastError(value: unknown): string | null {
  if (value == null) return null;
  const s = String(value);
  if (SAFE_RETRY_ERROR_LABELS.has(s)) return s;
  // A short, alphanumeric-only string with no file paths / SQL is also safe.
  if (s.length <= 80 && !/[\\/:()]/.test(s) && !/SQL|SQLITE|ENOENT|EACCES/i.test(s)) {
    return s;
  }
  return 'send failed';
}

router.get(
  '/retry-queue',
  asyncHandler(async (req, res) => {
    const adb = req.asyncDb;
    const rows = await adb.all<{ last_error: string | null; [k: string]: unknown }>(
      `SELECT id, original_message_id, to_phone, body, retry_count, next_retry_at,
              last_error, status, created_at
         FROM sms_retry_queue
        WHERE status IN ('pending','failed')
        ORDER BY next_retry_at ASC
        LIMIT 200`,
    );
    // Scrub last_error on read too, in case legacy rows contain unsafe text
    // from before the sanitizer was added. Returns a NEW object per row —
    // keeps DB rows immutable.
    const safeRows = rows.map((r) => ({ ...r, last_error: scrubLastError(r.last_error) }));
    res.json({ success: true, data: safeRows });
  }),
);

router.post(
  '/retry-queue/:id/retry',
  asyncHandler(async (req, res) => {
    const db = req.db;
    const adb = req.asyncDb;
    const id = requirePositiveInt(req.params.id, 'id');

    const row = await adb.get<{
      id: number;
      retry_count: number;
      status: string;
      to_phone: string;
      body: string;
    }>('SELECT id, retry_count, status, to_phone, body FROM sms_retry_queue WHERE id = ?', id);
    if (!row) throw new AppError('Retry item not found', 404);
    if (row.status === 'succeeded' || row.status === 'cancelled') {
      throw new AppError(`Cannot retry item in ${row.status} state`, 400);
    }

    // BUGHUNT-2026-05-17: claim the retry slot atomically BEFORE the
    // network call. The old shape did SELECT → send SMS → UPDATE, with no
    // CAS pinning, so two simultaneous clicks (operator double-click, two
    // staff in the inbox UI, etc.) both passed the SELECT and both fired
    // the provider's SMS send. Now the CAS on (status, retry_count) means
    // exactly one click wins and the loser gets a clean 409 without
    // contacting the provider. Subsequent UPDATEs flip status only — the
    // increment lives on this claim row so retry_count can't be lost-
    // updated either.
    const claim = await adb.run(
      `UPDATE sms_retry_queue
          SET retry_count = retry_count + 1
        WHERE id = ?
          AND status = ?
          AND retry_count = ?`,
      id, row.status, row.retry_count,
    );
    if (claim.changes === 0) {
      throw new AppError('Retry was claimed by another worker. Refresh and try again.', 409);
    }
    const newCount = row.retry_count + 1;

    // Verify provider is real before claiming we will retry. Previously this
    // handler just flipped status to 'pending' and returned success — but no
    // worker drains the queue, so the retry never actually happened. Now we
    // attempt the send inline and update the row with the real outcome.
    const provider = getSmsProvider();
    const providerStatus = isProviderRealOrSimulated(provider);
    if (!providerStatus.real) {
      await adb.run(
        `UPDATE sms_retry_queue
            SET status = 'failed',
                last_error = 'SMS provider not configured'
          WHERE id = ?`,
        id,
      );
      throw new AppError(
        'SMS provider is not configured — cannot retry. Configure a real provider in Settings first.',
        400,
      );
    }

    const tenantSlug = (req as any).tenantSlug || null;
    try {
      const result = await sendSmsTenant(db, tenantSlug, row.to_phone, row.body);
      if (result?.success) {
        await adb.run(
          `UPDATE sms_retry_queue
              SET status = 'succeeded', last_error = NULL
            WHERE id = ?`,
          id,
        );
        audit(db, 'inbox_retry_succeeded', req.user!.id, req.ip || 'unknown', {
          retry_id: id,
          retry_count: newCount,
        });
        res.json({
          success: true,
          data: { id, retry_count: newCount, status: 'succeeded' },
        });
        return;
      }
      const errMsg = result?.error ?? 'unknown SMS provider error';
      await adb.run(
        `UPDATE sms_retry_queue
            SET next_retry_at = ?, status = 'failed',
                last_error = ?
          WHERE id = ?`,
        nextRetryAt(newCount),
        errMsg,
        id,
      );
      audit(db, 'inbox_retry_failed', req.user!.id, req.ip || 'unknown', {
        retry_id: id,
        retry_count: newCount,
        error: errMsg,
      });
      res.json({
        success: true,
        data: {
          id,
          retry_count: newCount,
          status: 'failed',
          last_error: errMsg,
          next_retry_at: nextRetryAt(newCount),
        },
      });
    } catch (err) {
      // Log detailed cause server-side only. last_error is reflected back to
      // clients via GET /retry-queue and via this handler's response — so we
      // persist and return a sanitized label (see sanitizeRetryError).
      log.error('inbox retry-queue send threw', {
        retry_id: id,
        error: err instanceof Error ? err.message : String(err),
      });
      const safeMsg = sanitizeRetryError(err);
      await adb.run(
        `UPDATE sms_retry_queue
            SET next_retry_at = ?, status = 'failed',
                last_error = ?
          WHERE id = ?`,
        nextRetryAt(newCount),
        safeMsg,
        id,
      );
      audit(db, 'inbox_retry_failed', req.user!.id, req.ip || 'unknown', {
        retry_id: id,
        retry_count: newCount,
        error: safeMsg,
      });
      res.json({
        success: true,
        data: {
          id,
          retry_count: newCount,
          status: 'failed',
          last_error: safeMsg,
          next_retry_at: nextRetryAt(newCount),
        },
      });
    }
  }),
);

router.post(
  '/retry-queue/:id/cancel',
  asyncHandler(async (req, res) => {
    const db = req.db;
    const adb = req.asyncDb;
    const id = requirePositiveInt(req.params.id, 'id');

    const result = await adb.run(
      `UPDATE sms_retry_queue SET status = 'cancelled'
        WHERE id = ? AND status IN ('pending','failed')`,
      id,
    );
    if (result.changes === 0) {
      throw new AppError('Retry item not found or not cancellable', 404);
    }

    audit(db, 'inbox_retry_cancelled', req.user!.id, req.ip || 'unknown', { retry_id: id });
    res.json({ success: true, data: { id, status: 'cancelled' } });
  }),
);

// -----------------------------------------------------------------------------
// Template analytics (idea §51.11)
// -----------------------------------------------------------------------------

router.get(
  '/template-analytics',
  asyncHandler(async (req, res) => {
    // SEC (post-enrichment audit §6): template analytics are business
    // metrics — admin or manager only.
    const role = req.user?.role;
    if (role !== 'admin' && role !== 'manager') {
      throw new AppError('Admin or manager role required', 403);
    }
    const adb = req.asyncDb;
    const rows = await adb.all<{
      template_id: number;
      name: string | null;
      sent_count: number;
      reply_count: number;
      last_sent_at: string | null;
    }>(
      `SELECT a.template_id,
              t.name,
              a.sent_count,
              a.reply_count,
              a.last_sent_at
         FROM sms_template_analytics a
         LEFT JOIN sms_templates t ON t.id = a.template_id
        ORDER BY a.sent_count DESC
        LIMIT 100`,
    );
    const enriched = rows.map((r) => ({
      template_id: r.template_id,
      name: r.name ?? '(deleted)',
      sent_count: r.sent_count,
      reply_count: r.reply_count,
      reply_rate: r.sent_count > 0 ? r.reply_count / r.sent_count : 0,
      last_sent_at: r.last_sent_at,
    }));
    res.json({ success: true, data: enriched });
  }),
);

// -----------------------------------------------------------------------------
// Sentiment classifier (idea §51.5) — pure keyword-based. NO external AI.
// -----------------------------------------------------------------------------

const ANGRY_WORDS = ['terrible', 'awful', 'worst', 'broken', 'scam', 'angry', 'unacceptable', 'ridiculous'];
const HAPPY_WORDS = ['thanks', 'thank you', 'great', 'awesome', 'perfect', 'love it', 'amazing', 'excellent'];
const URGENT_WORDS = ['asap', 'urgent', 'emergency', 'right now', 'immediately'];

type Sentiment = 'angry' | 'happy' | 'neutral' | 'urgent';

function classifySentiment(text: string): { sentiment: Sentiment; score: number } {
  const t = text.toLowerCase();
  const count = (words: readonly string[]): number =>
    words.reduce((sum, w) => sum + (t.includes(w) ? 1 : 0), 0);

  const angry = count(ANGRY_WORDS);
  const urgent = count(URGENT_WORDS);
  const happy = count(HAPPY_WORDS);

  // Precedence: urgent > angry > happy > neutral (urgent is actionable even
  // if the tone is mixed, so it gets priority attention).
  if (urgent > 0) return { sentiment: 'urgent', score: Math.min(100, 40 + urgent * 20) };
  if (angry > happy) return { sentiment: 'angry', score: Math.min(100, 40 + angry * 15) };
  if (happy > angry) return { sentiment: 'happy', score: Math.min(100, 40 + happy * 15) };
  return { sentiment: 'neutral', score: 50 };
}

router.post(
  '/sentiment/analyze',
  asyncHandler(async (req, res) => {
    // Classifier is pure CPU work on a 2KB string. Still cap per user so
    // nothing can loop it 10k/sec from a compromised browser session.
    guardInboxRate(
      req,
      INBOX_SENTIMENT_CATEGORY,
      String(req.user!.id),
      INBOX_SENTIMENT_MAX,
      INBOX_SENTIMENT_WINDOW_MS,
    );
    const adb = req.asyncDb;
    const body = req.body ?? {};
    const phone = requirePhone(body.phone);
    const text = validateRequiredString(body.text, 'text', 2000);
    const messageId =
      body.message_id === null || body.message_id === undefined
        ? null
        : requirePositiveInt(body.message_id, 'message_id');

    const { sentiment, score } = classifySentiment(text);

    await adb.run(
      `INSERT INTO sms_sentiment_history (message_id, phone, sentiment, score)
            VALUES (?, ?, ?, ?)`,
      messageId,
      phone,
      sentiment,
      score,
    );

    audit(req.db, 'inbox_sentiment_analyzed', req.user!.id, req.ip || 'unknown', {
      phone,
      message_id: messageId,
      sentiment,
    });

    res.json({ success: true, data: { sentiment, score, message_id: messageId, phone } });
  }),
);

// -----------------------------------------------------------------------------
// Inbox-scoped store_config (ideas §51.9 & §51.12) — admin-only
// -----------------------------------------------------------------------------
//
// settings.routes.ts has a strict whitelist (ALLOWED_CONFIG_KEYS) that does
// not include the four inbox keys added by migration 094. Rather than modify
// that file (out of scope), we expose a tiny scoped PATCH here for just the
// inbox_* keys. Keeps the blast radius small and avoids cross-file churn.

const INBOX_CONFIG_KEYS = new Set([
  'inbox_auto_assignment',
  'inbox_off_hours_autoreply_enabled',
  'inbox_off_hours_autoreply_message',
  'auto_reply_enabled',
  'auto_reply_message',
  'inbox_compliance_archive_years',
]);

function canonicalInboxConfigKey(key: string): string {
  if (key === 'inbox_off_hours_autoreply_enabled') return 'auto_reply_enabled';
  if (key === 'inbox_off_hours_autoreply_message') return 'auto_reply_message';
  return key;
}

router.get(
  '/config',
  asyncHandler(async (req, res) => {
    const adb = req.asyncDb;
    const rows = await adb.all<{ key: string; value: string }>(
      `SELECT key, value FROM store_config
        WHERE key IN (
          'inbox_auto_assignment',
          'inbox_off_hours_autoreply_enabled',
          'inbox_off_hours_autoreply_message',
          'auto_reply_enabled',
          'auto_reply_message',
          'inbox_compliance_archive_years'
        )`,
    );
    const data: Record<string, string> = {};
    for (const r of rows) data[r.key] = r.value;
    if (data.auto_reply_enabled === undefined && data.inbox_off_hours_autoreply_enabled !== undefined) {
      data.auto_reply_enabled = data.inbox_off_hours_autoreply_enabled;
    }
    if (data.auto_reply_message === undefined && data.inbox_off_hours_autoreply_message !== undefined) {
      data.auto_reply_message = data.inbox_off_hours_autoreply_message;
    }
    data.inbox_off_hours_autoreply_enabled = data.auto_reply_enabled ?? '0';
    data.inbox_off_hours_autoreply_message = data.auto_reply_message ?? '';
    res.json({ success: true, data });
  }),
);

router.patch(
  '/config',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const db = req.db;
    const adb = req.asyncDb;
    const body = (req.body ?? {}) as Record<string, unknown>;

    const toWrite: [string, string][] = [];
    for (const [key, value] of Object.entries(body)) {
      if (!INBOX_CONFIG_KEYS.has(key)) continue;
      if (value === null || value === undefined) continue;
      const canonicalKey = canonicalInboxConfigKey(key);
      // Reject overly long config values instead of silent truncation — a
      // silent slice makes debugging the "my message got cut off" bug
      // impossible.
      const str = validateTextLength(String(value), 1000, `config.${key}`);
      toWrite.push([canonicalKey, str]);
    }
    if (toWrite.length === 0) {
      throw new AppError('No inbox config keys in payload', 400);
    }

    for (const [key, value] of toWrite) {
      await adb.run(
        'INSERT OR REPLACE INTO store_config (key, value) VALUES (?, ?)',
        key,
        value,
      );
    }
    audit(db, 'inbox_config_updated', req.user!.id, req.ip || 'unknown', {
      keys: toWrite.map((p) => p[0]),
    });
    res.json({ success: true, data: Object.fromEntries(toWrite) });
  }),
);

// -----------------------------------------------------------------------------
// SLA stats (idea §51.10) — simple aggregate on sms_messages
// -----------------------------------------------------------------------------

router.get(
  '/sla-stats',
  asyncHandler(async (req, res) => {
    const adb = req.asyncDb;
    const daysRaw = Number(req.query.days ?? 30);
    const days = Number.isFinite(daysRaw) && daysRaw > 0 && daysRaw <= 365 ? Math.floor(daysRaw) : 30;

    // "First response time" = seconds between an inbound message and the next
    // outbound on the same conv_phone. Averaged over the window.
    const row = await adb.get<{
      avg_seconds: number | null;
      total_inbound: number;
      responded: number;
    }>(
      `WITH inbound AS (
         SELECT id, conv_phone, created_at
           FROM sms_messages
          WHERE direction = 'inbound'
            AND created_at >= datetime('now', ?)
       ),
       first_reply AS (
         SELECT i.id AS inbound_id,
                i.conv_phone,
                i.created_at AS inbound_at,
                (SELECT MIN(m.created_at) FROM sms_messages m
                   WHERE m.conv_phone = i.conv_phone
                     AND m.direction = 'outbound'
                     AND m.created_at > i.created_at) AS reply_at
           FROM inbound i
       )
       SELECT AVG(CAST(
                (strftime('%s', reply_at) - strftime('%s', inbound_at))
                AS REAL)) AS avg_seconds,
              COUNT(*) AS total_inbound,
              SUM(CASE WHEN reply_at IS NOT NULL THEN 1 ELSE 0 END) AS responded
         FROM first_reply`,
      `-${days} days`,
    );

    const avgSeconds = row?.avg_seconds ?? 0;
    res.json({
      success: true,
      data: {
        window_days: days,
        total_inbound: row?.total_inbound ?? 0,
        responded: row?.responded ?? 0,
        response_rate:
          row && row.total_inbound > 0 ? (row.responded ?? 0) / row.total_inbound : 0,
        avg_first_response_seconds: Math.round(avgSeconds),
        avg_first_response_minutes: Math.round((avgSeconds / 60) * 10) / 10,
      },
    });
  }),
);

// WEB-UIUX-1117: bulk-send job progress + abort.
router.get(
  '/bulk-send/jobs/:id',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const adb = req.asyncDb;
    const jobId = Number(req.params.id);
    if (!Number.isInteger(jobId) || jobId <= 0) {
      throw new AppError('Invalid job id', 400);
    }
    const row = await adb.get<{
      id: number; segment: string; template_id: number; template_name: string | null;
      total: number; sent: number; failed: number; status: string;
      abort_requested: number; last_error: string | null;
      created_by: number; created_at: string; started_at: string | null; finished_at: string | null;
    }>(
      `SELECT id, segment, template_id, template_name, total, sent, failed, status,
              abort_requested, last_error, created_by, created_at, started_at, finished_at
         FROM bulk_sms_jobs WHERE id = ?`,
      jobId,
    );
    if (!row) {
      res.status(404).json({ success: false, message: 'Bulk SMS job not found.' });
      return;
    }
    res.json({ success: true, data: row });
  }),
);

router.post(
  '/bulk-send/jobs/:id/abort',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const db = req.db;
    const adb = req.asyncDb;
    const jobId = Number(req.params.id);
    if (!Number.isInteger(jobId) || jobId <= 0) {
      throw new AppError('Invalid job id', 400);
    }
    const job = await adb.get<{ id: number; status: string }>(
      'SELECT id, status FROM bulk_sms_jobs WHERE id = ?',
      jobId,
    );
    if (!job) {
      res.status(404).json({ success: false, message: 'Bulk SMS job not found.' });
      return;
    }
    if (job.status !== 'running' && job.status !== 'pending') {
      res.status(409).json({
        success: false,
        code: 'ERR_BULK_SMS_NOT_RUNNING',
        message: `Job is ${job.status} — cannot abort.`,
      });
      return;
    }
    await adb.run(
      'UPDATE bulk_sms_jobs SET abort_requested = 1 WHERE id = ?',
      jobId,
    );
    audit(db, 'inbox_bulk_send_aborted', req.user!.id, req.ip || 'unknown', { job_id: jobId });
    res.json({ success: true, data: { abort_requested: true, job_id: jobId } });
  }),
);

export default router;
