/**
 * Team management routes — criticalaudit.md §53.
 *
 * Mounted at /api/v1/team. Bundles every team feature that doesn't belong in
 * employees.routes.ts (which is owned by another agent and intentionally
 * untouched). Covers:
 *
 *   - Shift schedules + time-off requests (with approval flow)
 *   - "My queue" tech dashboard (reads existing tickets table)
 *   - Ticket handoffs with required reason
 *   - @mentions inbox (mark-read)
 *   - Goals + targets per tech
 *   - Performance reviews (admin only)
 *   - Knowledge base CRUD (deliberately empty — audit forbids seeding)
 *   - Payroll period lock + CSV export
 *
 * All responses follow `{ success: true, data: <payload> }`. Mutating routes
 * audit through `audit()` and use the shared validators.
 */
import { Router } from 'express';
import { AppError } from '../middleware/errorHandler.js';
import { asyncHandler } from '../middleware/asyncHandler.js';
import { audit } from '../utils/audit.js';
import { createLogger } from '../utils/logger.js';
import {
  validateRequiredString,
  validateTextLength,
  validateIsoDate,
  validateEnum,
  validatePositiveAmount,
} from '../utils/validate.js';
import type { AsyncDb } from '../db/async-db.js';
import { isCommissionLocked } from './_team.payroll.js';
import { escapeLike } from '../utils/query.js';

const router = Router();
const logger = createLogger('team');

// ── small helpers ───────────────────────────────────────────────────────────

function requireUserId(req: any): number {
  const id = req?.user?.id;
  if (!id) throw new AppError('Authentication required', 401);
  return Number(id);
}

function requireAdminOrManager(req: any): void {
  const role = req?.user?.role;
  if (role !== 'admin' && role !== 'manager') {
    throw new AppError('Admin or manager role required', 403);
  }
}

function isAdminOrManager(req: any): boolean {
  const role = req?.user?.role;
  return role === 'admin' || role === 'manager';
}

function requireAdmin(req: any): void {
  if (req?.user?.role !== 'admin') {
    throw new AppError('Admin role required', 403);
  }
}

function parseId(value: unknown, label = 'id'): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const n = parseInt(String(raw ?? ''), 10);
  if (!n || isNaN(n) || n <= 0) throw new AppError(`Invalid ${label}`, 400);
  return n;
}

// ============================================================================
// SHIFTS
// ============================================================================

interface ShiftRow {
  id: number;
  user_id: number;
  start_at: string;
  end_at: string;
  role: string | null;
  notes: string | null;
  status: string;
  created_at: string;
  created_by_user_id: number | null;
}

router.get(
  '/shifts',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    // BUGHUNT-2026-05-16: non-managers can only see their own shifts (mirrors
    // shiftsSchedule.routes.ts). Previously any authenticated user could
    // enumerate the entire shift list with names.
    const requestedUserId = req.query.user_id ? parseId(String(req.query.user_id), 'user_id') : null;
    const callerId = requireUserId(req);
    const userId = isAdminOrManager(req) ? requestedUserId : callerId;
    const from = validateIsoDate(req.query.from, 'from', false);
    const to = validateIsoDate(req.query.to, 'to', false);

    const where: string[] = [];
    const params: unknown[] = [];
    if (userId) {
      where.push('user_id = ?');
      params.push(userId);
    }
    if (from) {
      where.push('start_at >= ?');
      params.push(from);
    }
    if (to) {
      where.push('start_at <= ?');
      params.push(to);
    }
    const sql = `SELECT s.*, u.first_name, u.last_name, u.username
                 FROM shift_schedules s
                 LEFT JOIN users u ON u.id = s.user_id
                 ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
                 ORDER BY start_at ASC LIMIT 500`;
    const rows = await adb.all(sql, ...params);
    res.json({ success: true, data: rows });
  }),
);

// WEB-W3-024 helper: detect overlapping shifts for the same employee.
// Two intervals [a_start, a_end) and [b_start, b_end) overlap when
// a_start < b_end AND a_end > b_start. excludeId skips the current row
// when checking during a PUT (don't collide with yourself).
async function checkShiftOverlap(
  adb: AsyncDb,
  userId: number,
  startAt: string,
  endAt: string,
  excludeId?: number,
): Promise<void> {
  const conflict = await adb.get<{ id: number; start_at: string; end_at: string }>(
    `SELECT id, start_at, end_at FROM shift_schedules
     WHERE user_id = ?
       AND start_at < ?
       AND end_at   > ?
       ${excludeId ? 'AND id != ?' : ''}
     LIMIT 1`,
    ...(excludeId
      ? [userId, endAt, startAt, excludeId]
      : [userId, endAt, startAt]),
  );
  if (conflict) {
    throw new AppError(
      `Shift overlaps with an existing shift (${conflict.start_at} – ${conflict.end_at})`,
      409,
    );
  }
}

router.post(
  '/shifts',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const userId = parseId(String(req.body?.user_id ?? ''), 'user_id');
    // FK: scheduling a shift for a non-existent user leaves an orphan row
    // that shows up as "Unknown" in the schedule view.
    const targetUser = await adb.get<{ id: number }>(
      'SELECT id FROM users WHERE id = ? AND is_active = 1',
      userId,
    );
    if (!targetUser) throw new AppError('Target user not found or inactive', 404);
    const startAt = validateIsoDate(req.body?.start_at, 'start_at', true)!;
    const endAt = validateIsoDate(req.body?.end_at, 'end_at', true)!;
    if (new Date(endAt).getTime() <= new Date(startAt).getTime()) {
      throw new AppError('end_at must be after start_at', 400);
    }
    // WEB-W3-024: reject overlapping shifts for same employee
    await checkShiftOverlap(adb, userId, startAt, endAt);

    const role = req.body?.role ? validateTextLength(req.body.role, 50, 'role') : null;
    const notes = req.body?.notes ? validateTextLength(req.body.notes, 500, 'notes') : null;

    const result = await adb.run(
      `INSERT INTO shift_schedules
         (user_id, start_at, end_at, role, notes, created_by_user_id)
       VALUES (?, ?, ?, ?, ?, ?)`,
      userId, startAt, endAt, role, notes, requireUserId(req),
    );
    audit(req.db, 'shift_created', requireUserId(req), req.ip || 'unknown', {
      shift_id: Number(result.lastInsertRowid),
      user_id: userId,
    });
    const row = await adb.get<ShiftRow>('SELECT * FROM shift_schedules WHERE id = ?', result.lastInsertRowid);
    res.json({ success: true, data: row });
  }),
);

router.put(
  '/shifts/:id',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'shift id');

    const existing = await adb.get<ShiftRow>('SELECT * FROM shift_schedules WHERE id = ?', id);
    if (!existing) throw new AppError('Shift not found', 404);

    const startAt = req.body?.start_at
      ? validateIsoDate(req.body.start_at, 'start_at', true)!
      : existing.start_at;
    const endAt = req.body?.end_at
      ? validateIsoDate(req.body.end_at, 'end_at', true)!
      : existing.end_at;
    if (new Date(endAt).getTime() <= new Date(startAt).getTime()) {
      throw new AppError('end_at must be after start_at', 400);
    }
    // WEB-W3-024: reject overlapping shifts for same employee (exclude self)
    await checkShiftOverlap(adb, existing.user_id, startAt, endAt, id);

    const role = req.body?.role !== undefined
      ? (req.body.role ? validateTextLength(req.body.role, 50, 'role') : null)
      : existing.role;
    const notes = req.body?.notes !== undefined
      ? (req.body.notes ? validateTextLength(req.body.notes, 500, 'notes') : null)
      : existing.notes;
    const status = req.body?.status
      ? validateEnum(req.body.status, ['scheduled', 'confirmed', 'swapped', 'missed', 'completed'] as const, 'status', false)
      : existing.status;

    await adb.run(
      `UPDATE shift_schedules
       SET start_at = ?, end_at = ?, role = ?, notes = ?, status = ?
       WHERE id = ?`,
      startAt, endAt, role, notes, status, id,
    );
    audit(req.db, 'shift_updated', requireUserId(req), req.ip || 'unknown', { shift_id: id });
    const row = await adb.get<ShiftRow>('SELECT * FROM shift_schedules WHERE id = ?', id);
    res.json({ success: true, data: row });
  }),
);

router.delete(
  '/shifts/:id',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'shift id');
    await adb.run('DELETE FROM shift_schedules WHERE id = ?', id);
    audit(req.db, 'shift_deleted', requireUserId(req), req.ip || 'unknown', { shift_id: id });
    res.json({ success: true, data: { id } });
  }),
);

// ============================================================================
// TIME OFF
// ============================================================================

router.get(
  '/time-off',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const status = req.query.status
      ? validateEnum(req.query.status, ['pending', 'approved', 'denied', 'cancelled'] as const, 'status', false)
      : null;
    // BUGHUNT-2026-05-16: non-managers see only their own time-off requests.
    // The parallel timeOff.routes.ts already enforces this — bring this older
    // route into line so the team-routes mount cannot leak across employees.
    const requestedUserId = req.query.user_id ? parseId(String(req.query.user_id), 'user_id') : null;
    const callerId = requireUserId(req);
    const userId = isAdminOrManager(req) ? requestedUserId : callerId;

    const where: string[] = [];
    const params: unknown[] = [];
    if (status) {
      where.push('status = ?');
      params.push(status);
    }
    if (userId) {
      where.push('user_id = ?');
      params.push(userId);
    }
    const sql = `SELECT t.*, u.first_name, u.last_name
                 FROM time_off_requests t
                 LEFT JOIN users u ON u.id = t.user_id
                 ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
                 ORDER BY requested_at DESC LIMIT 500`;
    const rows = await adb.all(sql, ...params);
    res.json({ success: true, data: rows });
  }),
);

router.post(
  '/time-off',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const userId = req.body?.user_id ? parseId(String(req.body.user_id), 'user_id') : requireUserId(req);
    // Staff can only file for themselves; managers/admins for anyone.
    if (userId !== requireUserId(req)) requireAdminOrManager(req);

    const startDate = validateIsoDate(req.body?.start_date, 'start_date', true)!;
    const endDate = validateIsoDate(req.body?.end_date, 'end_date', true)!;
    if (new Date(endDate).getTime() < new Date(startDate).getTime()) {
      throw new AppError('end_date must be on/after start_date', 400);
    }
    const reason = req.body?.reason ? validateTextLength(req.body.reason, 500, 'reason') : null;

    const result = await adb.run(
      `INSERT INTO time_off_requests (user_id, start_date, end_date, reason)
       VALUES (?, ?, ?, ?)`,
      userId, startDate, endDate, reason,
    );
    audit(req.db, 'time_off_requested', requireUserId(req), req.ip || 'unknown', {
      id: Number(result.lastInsertRowid), user_id: userId,
    });
    const row = await adb.get('SELECT * FROM time_off_requests WHERE id = ?', result.lastInsertRowid);
    res.json({ success: true, data: row });
  }),
);

router.put(
  '/time-off/:id',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'time-off id');
    const status = validateEnum(req.body?.status, ['pending', 'approved', 'denied', 'cancelled'] as const, 'status', true)!;
    const approvedAt = (status === 'approved' || status === 'denied') ? new Date().toISOString() : null;
    const approvedBy = (status === 'approved' || status === 'denied') ? requireUserId(req) : null;

    const result = await adb.run(
      `UPDATE time_off_requests SET status = ?, approved_at = ?, approved_by_user_id = ? WHERE id = ?`,
      status, approvedAt, approvedBy, id,
    );
    if (result.changes === 0) throw new AppError('Time-off request not found', 404);
    audit(req.db, 'time_off_status_changed', requireUserId(req), req.ip || 'unknown', { id, status });
    const row = await adb.get('SELECT * FROM time_off_requests WHERE id = ?', id);
    res.json({ success: true, data: row });
  }),
);

router.delete(
  '/time-off/:id',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'time-off id');
    const row = await adb.get<{ user_id: number; status: string }>(
      'SELECT user_id, status FROM time_off_requests WHERE id = ?', id,
    );
    if (!row) throw new AppError('Time-off request not found', 404);
    // Only the requester (when still pending) or a manager can cancel.
    if (row.user_id !== requireUserId(req)) requireAdminOrManager(req);
    if (row.status !== 'pending') {
      requireAdminOrManager(req);
    }
    // BUGHUNT-2026-05-17: guard the UPDATE WHERE status != 'cancelled'.
    // Without this, an employee's cancel can race a manager's approve —
    // both pass the precheck and both UPDATE; if the approve lands second
    // it overrides the cancel and the employee believes the request is
    // cancelled while it's actually approved. Manager has the override
    // power so we just need to make cancel idempotent and not silently
    // succeed when status changed underneath.
    const result = await adb.run(
      `UPDATE time_off_requests SET status = 'cancelled' WHERE id = ? AND status = ?`,
      id, row.status,
    );
    if (result.changes === 0) {
      throw new AppError('Request status changed; refresh and retry', 409);
    }
    audit(req.db, 'time_off_cancelled', requireUserId(req), req.ip || 'unknown', { id });
    res.json({ success: true, data: { id } });
  }),
);

// ============================================================================
// MY QUEUE — tickets assigned to me
// ============================================================================

router.get(
  '/my-queue',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const userId = requireUserId(req);

    // WEB-UIUX-543: accept keyword + status_id + sort params so the page can
    // narrow / re-sort the cap of 200 rows server-side instead of hand-
    // rolling a brittle client-only sort that disagrees with the
    // due-date-first server default. Sort whitelist is locked to a small
    // set of columns we know are indexed or selective enough to keep the
    // query fast.
    const keyword = (typeof req.query.keyword === 'string' ? req.query.keyword.trim() : '').slice(0, 100);
    const statusIdRaw = req.query.status_id;
    const statusId = typeof statusIdRaw === 'string' && /^\d+$/.test(statusIdRaw)
      ? Number(statusIdRaw)
      : null;
    const ALLOWED_SORT = new Map<string, string>([
      ['due_on', 't.due_on'],
      ['created_at', 't.created_at'],
      ['updated_at', 't.updated_at'],
      ['order_id', 't.order_id'],
      ['total', 't.total'],
    ]);
    const sortBy = typeof req.query.sort_by === 'string' && ALLOWED_SORT.has(req.query.sort_by)
      ? ALLOWED_SORT.get(req.query.sort_by)!
      : null;
    const sortOrder = req.query.sort_order === 'desc' ? 'DESC' : 'ASC';

    const where: string[] = ['t.assigned_to = ?', 't.is_deleted = 0', 'COALESCE(ts.is_closed, 0) = 0'];
    const params: unknown[] = [userId];
    if (keyword) {
      where.push('(t.order_id LIKE ? ESCAPE \'\\\\\' OR c.first_name LIKE ? ESCAPE \'\\\\\' OR c.last_name LIKE ? ESCAPE \'\\\\\')');
      const k = `%${keyword.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      params.push(k, k, k);
    }
    if (statusId !== null) {
      where.push('t.status_id = ?');
      params.push(statusId);
    }

    const orderBy = sortBy
      ? `${sortBy} ${sortOrder}, t.id ${sortOrder}`
      // Default: due first (NULLs last), then oldest unfinished — preserves
      // the prior contract for callers that don't pass sort_by.
      : `CASE WHEN t.due_on IS NULL THEN 1 ELSE 0 END, t.due_on ASC, t.created_at ASC`;

    const tickets = await adb.all(`
      SELECT t.id, t.order_id, t.customer_id, t.status_id, t.assigned_to,
             t.due_on, t.created_at, t.updated_at, t.total,
             ts.name AS status_name, ts.is_closed,
             c.first_name, c.last_name
      FROM tickets t
      LEFT JOIN ticket_statuses ts ON ts.id = t.status_id
      LEFT JOIN customers c ON c.id = t.customer_id
      WHERE ${where.join(' AND ')}
      ORDER BY ${orderBy}
      LIMIT 200
    `, ...params);

    res.json({ success: true, data: tickets });
  }),
);

// ============================================================================
// TICKET HANDOFF — Tech A → Tech B with required reason
// ============================================================================

router.post(
  '/handoff/:ticketId',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const ticketId = parseId(req.params.ticketId, 'ticket id');
    const toUserId = parseId(String(req.body?.to_user_id ?? ''), 'to_user_id');
    const reason = validateRequiredString(req.body?.reason, 'reason', 500);
    const context = req.body?.context ? validateTextLength(req.body.context, 1000, 'context') : null;
    const fromUserId = requireUserId(req);

    if (toUserId === fromUserId) throw new AppError('Cannot hand off to yourself', 400);

    const ticket = await adb.get<{ id: number; assigned_to: number | null }>(
      'SELECT id, assigned_to FROM tickets WHERE id = ? AND is_deleted = 0', ticketId,
    );
    if (!ticket) throw new AppError('Ticket not found', 404);

    // Optional sanity: only the current assignee or a manager+ can hand off.
    if (ticket.assigned_to && ticket.assigned_to !== fromUserId) {
      requireAdminOrManager(req);
    }
    const target = await adb.get<{ id: number }>('SELECT id FROM users WHERE id = ? AND is_active = 1', toUserId);
    if (!target) throw new AppError('Target user not found', 404);

    // BUGHUNT-2026-05-17: atomic — the audit row (ticket_handoffs) and the
    // tickets.assigned_to UPDATE must commit together. A crash between them
    // leaves either a handoff audit pointing to a ticket still owned by the
    // old tech (post-mortem mismatch) or a silently reassigned ticket with no
    // handoff context (accountability gap).
    await adb.transaction([
      {
        sql: `INSERT INTO ticket_handoffs (ticket_id, from_user_id, to_user_id, reason, context)
              VALUES (?, ?, ?, ?, ?)`,
        params: [ticketId, fromUserId, toUserId, reason, context],
      },
      {
        sql: "UPDATE tickets SET assigned_to = ?, updated_at = datetime('now') WHERE id = ?",
        params: [toUserId, ticketId],
      },
    ]);
    audit(req.db, 'ticket_handed_off', fromUserId, req.ip || 'unknown', {
      ticket_id: ticketId, to_user_id: toUserId,
    });
    res.json({ success: true, data: { ticket_id: ticketId, to_user_id: toUserId } });
  }),
);

router.get(
  '/handoff/:ticketId',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const ticketId = parseId(req.params.ticketId, 'ticket id');
    const rows = await adb.all(`
      SELECT h.*, fu.first_name AS from_first, fu.last_name AS from_last,
             tu.first_name AS to_first, tu.last_name AS to_last
      FROM ticket_handoffs h
      LEFT JOIN users fu ON fu.id = h.from_user_id
      LEFT JOIN users tu ON tu.id = h.to_user_id
      WHERE h.ticket_id = ?
      ORDER BY handed_off_at DESC LIMIT 50
    `, ticketId);
    res.json({ success: true, data: rows });
  }),
);

// ============================================================================
// MENTIONS — inbox + mark-read
// ============================================================================

router.get(
  '/mentions',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const userId = requireUserId(req);
    const onlyUnread = String(req.query.unread || '') === '1';
    const sql = `SELECT m.*, u.first_name AS by_first, u.last_name AS by_last
                 FROM team_mentions m
                 LEFT JOIN users u ON u.id = m.mentioned_by_user_id
                 WHERE m.mentioned_user_id = ?
                 ${onlyUnread ? 'AND m.read_at IS NULL' : ''}
                 ORDER BY created_at DESC LIMIT 100`;
    const rows = await adb.all(sql, userId);
    res.json({ success: true, data: rows });
  }),
);

router.post(
  '/mentions',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const mentionedUserId = parseId(String(req.body?.mentioned_user_id ?? ''), 'mentioned_user_id');
    const contextType = validateEnum(
      req.body?.context_type,
      ['ticket_note', 'chat', 'invoice_note', 'customer_note'] as const,
      'context_type',
      true,
    )!;
    const contextId = parseId(String(req.body?.context_id ?? ''), 'context_id');
    const snippet = req.body?.message_snippet
      ? validateTextLength(req.body.message_snippet, 280, 'message_snippet')
      : null;

    const result = await adb.run(
      `INSERT INTO team_mentions (mentioned_user_id, mentioned_by_user_id, context_type, context_id, message_snippet)
       VALUES (?, ?, ?, ?, ?)`,
      mentionedUserId, requireUserId(req), contextType, contextId, snippet,
    );
    audit(req.db, 'team_mention_created', requireUserId(req), req.ip || 'unknown', {
      mention_id: Number(result.lastInsertRowid),
      mentioned_user_id: mentionedUserId,
      context_type: contextType,
      context_id: contextId,
    });
    res.json({
      success: true,
      data: { id: Number(result.lastInsertRowid), mentioned_user_id: mentionedUserId },
    });
  }),
);

router.post(
  '/mentions/:id/read',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'mention id');
    const userId = requireUserId(req);
    const result = await adb.run(
      `UPDATE team_mentions SET read_at = datetime('now')
       WHERE id = ? AND mentioned_user_id = ? AND read_at IS NULL`,
      id, userId,
    );
    audit(req.db, 'team_mention_read', userId, req.ip || 'unknown', {
      mention_id: id,
      marked: result.changes > 0,
    });
    res.json({ success: true, data: { id, marked: result.changes > 0 } });
  }),
);

// ============================================================================
// GOALS
// ============================================================================

// WEB-W3-037: All supported metric keys + labels. Adding a new metric here
// automatically surfaces it in the GoalsPage create form without any frontend
// change (beyond what the dynamic fetch provides).
const GOAL_METRIC_DEFINITIONS = [
  { key: 'tickets_closed_week',  label: 'Tickets closed (week)',   unit: 'count'    },
  { key: 'revenue_week',         label: 'Revenue (week)',           unit: 'currency' },
  { key: 'csat',                 label: 'CSAT score',               unit: 'score'    },
  { key: 'avg_repair_hours',     label: 'Avg repair time (hours)',  unit: 'hours'    },
  { key: 'first_response_mins',  label: 'First response time (min)',unit: 'minutes'  },
] as const;

const VALID_METRICS = GOAL_METRIC_DEFINITIONS.map((m) => m.key) as unknown as readonly [string, ...string[]];
type GoalMetric = typeof GOAL_METRIC_DEFINITIONS[number]['key'];

// GET /team/goal-metrics — returns supported metric keys + labels (WEB-W3-037)
router.get(
  '/goal-metrics',
  asyncHandler(async (_req, res) => {
    res.json({ success: true, data: GOAL_METRIC_DEFINITIONS });
  }),
);

router.get(
  '/goals',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const userId = req.query.user_id ? parseId(String(req.query.user_id), 'user_id') : null;
    const sql = `SELECT g.*, u.first_name, u.last_name
                 FROM team_goals g
                 LEFT JOIN users u ON u.id = g.user_id
                 ${userId ? 'WHERE g.user_id = ?' : ''}
                 ORDER BY g.period_start DESC LIMIT 200`;
    const rows = userId ? await adb.all(sql, userId) : await adb.all(sql);

    // Compute progress: query the relevant table per metric. Cheap N+1 here is
    // fine — bounded to ~200 rows.
    const out = await Promise.all(rows.map(async (g: any) => {
      const progress = await computeGoalProgress(adb, g);
      return { ...g, progress };
    }));
    res.json({ success: true, data: out });
  }),
);

async function computeGoalProgress(
  adb: AsyncDb,
  goal: { user_id: number; metric: string; period_start: string; period_end: string },
): Promise<number> {
  try {
    if (goal.metric === 'tickets_closed_week') {
      const row = await adb.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM tickets t
         LEFT JOIN ticket_statuses ts ON ts.id = t.status_id
         WHERE t.assigned_to = ? AND ts.is_closed = 1
           AND t.updated_at BETWEEN ? AND ?`,
        goal.user_id, goal.period_start, goal.period_end,
      );
      return row?.n ?? 0;
    }
    if (goal.metric === 'revenue_week') {
      const row = await adb.get<{ n: number }>(
        `SELECT COALESCE(SUM(total),0) AS n FROM tickets
         WHERE assigned_to = ? AND created_at BETWEEN ? AND ?`,
        goal.user_id, goal.period_start, goal.period_end,
      );
      return row?.n ?? 0;
    }
    return 0;
  } catch (err) {
    logger.warn('goal progress compute failed', { goal_user: goal.user_id, error: err instanceof Error ? err.message : 'unknown' });
    return 0;
  }
}

router.post(
  '/goals',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const userId = parseId(String(req.body?.user_id ?? ''), 'user_id');
    const metric = validateEnum(req.body?.metric, VALID_METRICS, 'metric', true)! as GoalMetric;
    const target = validatePositiveAmount(req.body?.target_value, 'target_value');
    const periodStart = validateIsoDate(req.body?.period_start, 'period_start', true)!;
    const periodEnd = validateIsoDate(req.body?.period_end, 'period_end', true)!;
    if (new Date(periodEnd).getTime() < new Date(periodStart).getTime()) {
      throw new AppError('period_end must be on/after period_start', 400);
    }

    const result = await adb.run(
      `INSERT INTO team_goals (user_id, metric, target_value, period_start, period_end)
       VALUES (?, ?, ?, ?, ?)`,
      userId, metric, target, periodStart, periodEnd,
    );
    audit(req.db, 'goal_created', requireUserId(req), req.ip || 'unknown', {
      goal_id: Number(result.lastInsertRowid), user_id: userId, metric,
    });
    const row = await adb.get('SELECT * FROM team_goals WHERE id = ?', result.lastInsertRowid);
    res.json({ success: true, data: row });
  }),
);

router.put(
  '/goals/:id',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'goal id');

    const existing = await adb.get<{ id: number; user_id: number; metric: string; target_value: number; period_start: string; period_end: string }>(
      'SELECT id, user_id, metric, target_value, period_start, period_end FROM team_goals WHERE id = ?', id,
    );
    if (!existing) throw new AppError('Goal not found', 404);

    const userId = req.body?.user_id != null
      ? parseId(String(req.body.user_id), 'user_id')
      : existing.user_id;
    const metric = req.body?.metric != null
      ? (validateEnum(req.body.metric, VALID_METRICS, 'metric', true)! as GoalMetric)
      : existing.metric as GoalMetric;
    const target = req.body?.target_value != null
      ? validatePositiveAmount(req.body.target_value, 'target_value')
      : existing.target_value;
    const periodStart = req.body?.period_start != null
      ? validateIsoDate(req.body.period_start, 'period_start', true)!
      : existing.period_start;
    const periodEnd = req.body?.period_end != null
      ? validateIsoDate(req.body.period_end, 'period_end', true)!
      : existing.period_end;

    if (new Date(periodEnd).getTime() < new Date(periodStart).getTime()) {
      throw new AppError('period_end must be on/after period_start', 400);
    }

    await adb.run(
      `UPDATE team_goals SET user_id = ?, metric = ?, target_value = ?, period_start = ?, period_end = ? WHERE id = ?`,
      userId, metric, target, periodStart, periodEnd, id,
    );
    audit(req.db, 'goal_updated', requireUserId(req), req.ip || 'unknown', { goal_id: id });
    const row = await adb.get('SELECT * FROM team_goals WHERE id = ?', id);
    res.json({ success: true, data: row });
  }),
);

router.delete(
  '/goals/:id',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'goal id');
    await adb.run('DELETE FROM team_goals WHERE id = ?', id);
    audit(req.db, 'goal_deleted', requireUserId(req), req.ip || 'unknown', { goal_id: id });
    res.json({ success: true, data: { id } });
  }),
);

// ============================================================================
// PERFORMANCE REVIEWS — admin only
// ============================================================================

router.get(
  '/reviews',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const userId = req.query.user_id ? parseId(String(req.query.user_id), 'user_id') : null;
    const sql = `SELECT r.*, u.first_name, u.last_name, ru.first_name AS reviewer_first, ru.last_name AS reviewer_last
                 FROM performance_reviews r
                 LEFT JOIN users u  ON u.id  = r.user_id
                 LEFT JOIN users ru ON ru.id = r.reviewer_user_id
                 ${userId ? 'WHERE r.user_id = ?' : ''}
                 ORDER BY r.created_at DESC LIMIT 100`;
    const rows = userId ? await adb.all(sql, userId) : await adb.all(sql);
    res.json({ success: true, data: rows });
  }),
);

router.post(
  '/reviews',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const adb: AsyncDb = req.asyncDb;
    const userId = parseId(String(req.body?.user_id ?? ''), 'user_id');
    const notes = validateRequiredString(req.body?.notes, 'notes', 5000);
    const periodStart = validateIsoDate(req.body?.period_start, 'period_start', false);
    const periodEnd = validateIsoDate(req.body?.period_end, 'period_end', false);
    const ratingRaw = req.body?.rating;
    const rating = ratingRaw == null || ratingRaw === '' ? null : Number(ratingRaw);
    if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
      throw new AppError('rating must be 1-5', 400);
    }
    const result = await adb.run(
      `INSERT INTO performance_reviews
         (user_id, reviewer_user_id, period_start, period_end, notes, rating)
       VALUES (?, ?, ?, ?, ?, ?)`,
      userId, requireUserId(req), periodStart, periodEnd, notes, rating,
    );
    audit(req.db, 'review_created', requireUserId(req), req.ip || 'unknown', {
      review_id: Number(result.lastInsertRowid), user_id: userId,
    });
    const row = await adb.get('SELECT * FROM performance_reviews WHERE id = ?', result.lastInsertRowid);
    res.json({ success: true, data: row });
  }),
);

router.delete(
  '/reviews/:id',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'review id');
    await adb.run('DELETE FROM performance_reviews WHERE id = ?', id);
    audit(req.db, 'review_deleted', requireUserId(req), req.ip || 'unknown', { review_id: id });
    res.json({ success: true, data: { id } });
  }),
);

// ============================================================================
// KNOWLEDGE BASE — explicitly empty by default; CRUD is open to all staff so
// each shop can build their own. No seeds (audit instruction).
// ============================================================================

router.get(
  '/kb',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const q = req.query.q ? validateTextLength(String(req.query.q), 100, 'q') : '';
    const rows = q
      ? await adb.all(
          `SELECT id, title, tags, created_at, updated_at
           FROM knowledge_base_articles
           WHERE title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\'
           ORDER BY CASE WHEN updated_at IS NULL THEN 1 ELSE 0 END,
                    updated_at DESC, created_at DESC LIMIT 200`,
          `%${escapeLike(q)}%`, `%${escapeLike(q)}%`,
        )
      : await adb.all(
          `SELECT id, title, tags, created_at, updated_at
           FROM knowledge_base_articles
           ORDER BY CASE WHEN updated_at IS NULL THEN 1 ELSE 0 END,
                    updated_at DESC, created_at DESC LIMIT 200`,
        );
    res.json({ success: true, data: rows });
  }),
);

router.get(
  '/kb/:id',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'article id');
    const row = await adb.get('SELECT * FROM knowledge_base_articles WHERE id = ?', id);
    if (!row) throw new AppError('Article not found', 404);
    res.json({ success: true, data: row });
  }),
);

router.post(
  '/kb',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const title = validateRequiredString(req.body?.title, 'title', 200);
    const body = validateRequiredString(req.body?.body, 'body', 50_000);
    const tags = req.body?.tags ? validateTextLength(req.body.tags, 200, 'tags') : null;
    const result = await adb.run(
      `INSERT INTO knowledge_base_articles (title, body, tags, created_by_user_id)
       VALUES (?, ?, ?, ?)`,
      title, body, tags, requireUserId(req),
    );
    audit(req.db, 'kb_article_created', requireUserId(req), req.ip || 'unknown', {
      article_id: Number(result.lastInsertRowid),
    });
    const row = await adb.get('SELECT * FROM knowledge_base_articles WHERE id = ?', result.lastInsertRowid);
    res.json({ success: true, data: row });
  }),
);

router.put(
  '/kb/:id',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'article id');
    const title = req.body?.title !== undefined ? validateRequiredString(req.body.title, 'title', 200) : null;
    const body = req.body?.body !== undefined ? validateRequiredString(req.body.body, 'body', 50_000) : null;
    const tags = req.body?.tags !== undefined
      ? (req.body.tags ? validateTextLength(req.body.tags, 200, 'tags') : null)
      : undefined;

    const fields: string[] = [];
    const params: unknown[] = [];
    if (title !== null) {
      fields.push('title = ?');
      params.push(title);
    }
    if (body !== null) {
      fields.push('body = ?');
      params.push(body);
    }
    if (tags !== undefined) {
      fields.push('tags = ?');
      params.push(tags);
    }
    if (fields.length === 0) throw new AppError('No fields to update', 400);
    fields.push("updated_at = datetime('now')");
    params.push(id);

    const result = await adb.run(
      `UPDATE knowledge_base_articles SET ${fields.join(', ')} WHERE id = ?`,
      ...params,
    );
    if (result.changes === 0) throw new AppError('Article not found', 404);
    audit(req.db, 'kb_article_updated', requireUserId(req), req.ip || 'unknown', {
      article_id: id,
    });
    const row = await adb.get('SELECT * FROM knowledge_base_articles WHERE id = ?', id);
    res.json({ success: true, data: row });
  }),
);

router.delete(
  '/kb/:id',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.id, 'article id');
    await adb.run('DELETE FROM knowledge_base_articles WHERE id = ?', id);
    audit(req.db, 'kb_article_deleted', requireUserId(req), req.ip || 'unknown', { article_id: id });
    res.json({ success: true, data: { id } });
  }),
);

// ============================================================================
// PAYROLL — periods + lock + CSV export
// ============================================================================

router.get(
  '/payroll/periods',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    // WEB-UIUX-1148: paginate so periods 101+ stop silently falling off
    // the end on weekly-cadence tenants past the first 2 years.
    // year filter narrows further when admin is auditing a fiscal window.
    const yearRaw = typeof req.query.year === 'string' ? req.query.year.trim() : '';
    const year = /^\d{4}$/.test(yearRaw) ? yearRaw : null;
    const page = Math.max(1, Number.parseInt(String(req.query.page ?? '1'), 10) || 1);
    const perPageRaw = Math.max(1, Number.parseInt(String(req.query.per_page ?? '50'), 10) || 50);
    const perPage = Math.min(perPageRaw, 200);
    const offset = (page - 1) * perPage;
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (year) {
      conditions.push("strftime('%Y', start_date) = ?");
      params.push(year);
    }
    const whereClause = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ count } = { count: 0 }, rows] = await Promise.all([
      adb.get<{ count: number }>(
        `SELECT COUNT(*) AS count FROM payroll_periods ${whereClause}`,
        ...params,
      ).then((r) => r ?? { count: 0 }),
      adb.all(
        `SELECT * FROM payroll_periods ${whereClause} ORDER BY start_date DESC LIMIT ? OFFSET ?`,
        ...params, perPage, offset,
      ),
    ]);
    res.json({
      success: true,
      data: rows,
      pagination: {
        page,
        per_page: perPage,
        total: count,
        total_pages: Math.max(1, Math.ceil(count / perPage)),
      },
    });
  }),
);

router.post(
  '/payroll/periods',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const name = validateRequiredString(req.body?.name, 'name', 100);
    const startDate = validateIsoDate(req.body?.start_date, 'start_date', true)!;
    const endDate = validateIsoDate(req.body?.end_date, 'end_date', true)!;
    if (new Date(endDate).getTime() < new Date(startDate).getTime()) {
      throw new AppError('end_date must be on/after start_date', 400);
    }
    // WEB-UIUX-1147: refuse duplicate names + overlapping ranges. Without this
    // two periods covering the same calendar days both include the overlap
    // rows in their CSVs (SUM-by-range, not dedup'd), double-counting payroll.
    //
    // BUGHUNT-2026-05-17: payroll_periods has no UNIQUE on name and no
    // range-exclusion constraint (migration 096), so two concurrent admin
    // POSTs both passed the SELECT pre-checks and both INSERTed — the
    // exact double-count the dedupe was supposed to prevent. Fold both
    // dup checks into the INSERT via WHERE NOT EXISTS so SQLite's writer
    // lock serialises the race; loser sees changes=0 -> 409.
    const notes = req.body?.notes ? validateTextLength(req.body.notes, 500, 'notes') : null;
    const result = await adb.run(
      `INSERT INTO payroll_periods (name, start_date, end_date, notes)
       SELECT ?, ?, ?, ?
        WHERE NOT EXISTS (SELECT 1 FROM payroll_periods WHERE name = ?)
          AND NOT EXISTS (
            SELECT 1 FROM payroll_periods
             WHERE start_date <= ? AND end_date >= ?
          )`,
      name, startDate, endDate, notes,
      name,
      endDate, startDate,
    );
    if (result.changes === 0) {
      const nameClash = await adb.get<{ id: number; name: string }>(
        'SELECT id, name FROM payroll_periods WHERE name = ?',
        name,
      );
      if (nameClash) {
        throw new AppError(`A payroll period named "${name}" already exists.`, 409);
      }
      const overlap = await adb.get<{ id: number; name: string; start_date: string; end_date: string }>(
        `SELECT id, name, start_date, end_date FROM payroll_periods
          WHERE start_date <= ? AND end_date >= ?
          LIMIT 1`,
        endDate, startDate,
      );
      throw new AppError(
        overlap
          ? `Date range overlaps existing period "${overlap.name}" (${overlap.start_date} to ${overlap.end_date}). Periods must not overlap — payroll CSVs would double-count rows in the overlap.`
          : 'A concurrent request created a conflicting period. Refresh and try again.',
        409,
      );
    }
    audit(req.db, 'payroll_period_created', requireUserId(req), req.ip || 'unknown', {
      period_id: Number(result.lastInsertRowid),
    });
    const row = await adb.get('SELECT * FROM payroll_periods WHERE id = ?', result.lastInsertRowid);
    res.json({ success: true, data: row });
  }),
);

/**
 * WEB-UIUX-1145: read-only preview of what a payroll-period lock will freeze.
 * Drives the "X commissions, Y time entries, Z employees, $W gross" expander
 * shown next to Lock so admin sees consequences before clicking. Mirrors the
 * SUM-by-range scoping used by /payroll/export.csv so the preview matches the
 * CSV that lock will eventually produce.
 */
router.get(
  '/payroll/periods/:periodId/summary',
  asyncHandler(async (req, res) => {
    requireAdminOrManager(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.periodId, 'period id');
    const period = await adb.get<{
      id: number; name: string; start_date: string; end_date: string; locked_at: string | null;
    }>('SELECT id, name, start_date, end_date, locked_at FROM payroll_periods WHERE id = ?', id);
    if (!period) throw new AppError('Payroll period not found', 404);

    const periodStart = period.start_date;
    const periodEnd = /^\d{4}-\d{2}-\d{2}$/.test(period.end_date)
      ? `${period.end_date} 23:59:59`
      : period.end_date;

    // Counts per axis. Same range scoping as /payroll/export.csv (commissions
    // via created_at, time entries via clock_in + clock_out IS NOT NULL).
    const [commissionsAgg, timeAgg, tipsAgg] = await Promise.all([
      adb.get<{ count: number; total: number; employees: number }>(
        `SELECT COUNT(*) AS count,
                COALESCE(SUM(amount), 0) AS total,
                COUNT(DISTINCT user_id) AS employees
           FROM commissions
          WHERE created_at BETWEEN ? AND ?`,
        periodStart, periodEnd,
      ),
      adb.get<{ count: number; total_hours: number; employees: number }>(
        `SELECT COUNT(*) AS count,
                COALESCE(SUM(total_hours), 0) AS total_hours,
                COUNT(DISTINCT user_id) AS employees
           FROM clock_entries
          WHERE clock_in BETWEEN ? AND ? AND clock_out IS NOT NULL`,
        periodStart, periodEnd,
      ),
      // employee_tips may not exist on older tenants; mirror the try/catch path
      // already used in /payroll/export.csv so a missing table doesn't 500.
      (async () => {
        try {
          return await adb.get<{ count: number; total: number; employees: number }>(
            `SELECT COUNT(*) AS count,
                    COALESCE(SUM(tip_amount), 0) AS total,
                    COUNT(DISTINCT employee_id) AS employees
               FROM employee_tips
              WHERE created_at BETWEEN ? AND ?`,
            periodStart, periodEnd,
          );
        } catch { return { count: 0, total: 0, employees: 0 }; }
      })(),
    ]);

    // Distinct employees touched by ANY of the three axes — uses a UNION
    // subquery so a tech who only worked hours (no commission, no tips) still
    // counts toward the "Y employees" figure on the lock-consequences row.
    const distinctRow = await adb.get<{ employees: number }>(
      `SELECT COUNT(*) AS employees FROM (
         SELECT user_id FROM commissions WHERE created_at BETWEEN ? AND ?
         UNION
         SELECT user_id FROM clock_entries WHERE clock_in BETWEEN ? AND ? AND clock_out IS NOT NULL
         UNION
         SELECT employee_id AS user_id FROM employee_tips WHERE created_at BETWEEN ? AND ?
       )`,
      periodStart, periodEnd, periodStart, periodEnd, periodStart, periodEnd,
    );

    const grossTotal = (commissionsAgg?.total ?? 0) + (tipsAgg?.total ?? 0);

    res.json({
      success: true,
      data: {
        period: { id: period.id, name: period.name, start_date: period.start_date, end_date: period.end_date, locked_at: period.locked_at },
        commission_count: commissionsAgg?.count ?? 0,
        commission_total: commissionsAgg?.total ?? 0,
        time_entry_count: timeAgg?.count ?? 0,
        total_hours: timeAgg?.total_hours ?? 0,
        tip_count: tipsAgg?.count ?? 0,
        tip_total: tipsAgg?.total ?? 0,
        distinct_employee_count: distinctRow?.employees ?? 0,
        gross_total: grossTotal,
      },
    });
  }),
);

/**
 * WEB-UIUX-1158: bulk-lock every closed payroll period whose end_date is
 * before the supplied cutoff. Saves admin clicks for monthly catch-up
 * (4 weekly periods × N months) while preserving safety: only periods
 * with end_date strictly < cutoff are locked, and already-locked rows
 * are silently skipped (returned as `skipped_already_locked` count).
 * Each lock writes its own audit row so a future investigation can
 * see the operator + timestamp per period, not just the bulk action.
 */
router.post(
  '/payroll/lock-bulk',
  asyncHandler(async (req, res) => {
    requireAdmin(req);
    const adb: AsyncDb = req.asyncDb;
    const beforeDate = validateIsoDate(req.body?.before_date, 'before_date', true)!;
    // Find every unlocked period with end_date strictly before the cutoff.
    // We snapshot the ids first so the audit log lines up with what we
    // actually mutated — concurrent writes inside the transaction would
    // otherwise diverge from the count we return.
    const targets = await adb.all<{ id: number; name: string; end_date: string }>(
      `SELECT id, name, end_date FROM payroll_periods
        WHERE end_date < ? AND locked_at IS NULL
        ORDER BY end_date ASC`,
      beforeDate,
    );
    if (targets.length === 0) {
      res.json({ success: true, data: { locked: 0, period_ids: [], cutoff: beforeDate } });
      return;
    }
    const now = new Date().toISOString();
    const userId = requireUserId(req);
    const lockedIds: number[] = [];
    for (const target of targets) {
      const result = await adb.run(
        `UPDATE payroll_periods SET locked_at = ?, locked_by_user_id = ?
          WHERE id = ? AND locked_at IS NULL`,
        now, userId, target.id,
      );
      if (result.changes && result.changes > 0) {
        lockedIds.push(target.id);
        audit(req.db, 'payroll_period_locked', userId, req.ip || 'unknown', {
          period_id: target.id,
          via: 'bulk_lock',
          cutoff: beforeDate,
        });
      }
    }
    audit(req.db, 'payroll_period_bulk_locked', userId, req.ip || 'unknown', {
      cutoff: beforeDate,
      locked_count: lockedIds.length,
    });
    res.json({
      success: true,
      data: {
        locked: lockedIds.length,
        period_ids: lockedIds,
        cutoff: beforeDate,
      },
    });
  }),
);

router.post(
  '/payroll/lock/:periodId',
  asyncHandler(async (req, res) => {
    // SEC (post-enrichment audit §6): payroll lock freezes commissions and
    // time entries for a period — admin only per audit scope.
    requireAdmin(req);
    const adb: AsyncDb = req.asyncDb;
    const id = parseId(req.params.periodId, 'period id');
    const period = await adb.get<{ id: number; locked_at: string | null }>(
      'SELECT id, locked_at FROM payroll_periods WHERE id = ?', id,
    );
    if (!period) throw new AppError('Payroll period not found', 404);
    if (period.locked_at) throw new AppError('Payroll period is already locked', 409);
    const now = new Date().toISOString();
    await adb.run(
      `UPDATE payroll_periods SET locked_at = ?, locked_by_user_id = ? WHERE id = ?`,
      now, requireUserId(req), id,
    );
    audit(req.db, 'payroll_period_locked', requireUserId(req), req.ip || 'unknown', { period_id: id });
    res.json({ success: true, data: { id, locked_at: now } });
  }),
);

router.get(
  '/payroll/export.csv',
  asyncHandler(async (req, res) => {
    // SEC (post-enrichment audit §6): CSV contains commission + tip totals
    // per employee — admin only per audit scope.
    requireAdmin(req);
    const adb: AsyncDb = req.asyncDb;
    const periodId = parseId(String(req.query.period ?? ''), 'period id');
    const period = await adb.get<{ id: number; name: string; start_date: string; end_date: string }>(
      'SELECT id, name, start_date, end_date FROM payroll_periods WHERE id = ?', periodId,
    );
    if (!period) throw new AppError('Payroll period not found', 404);

    // Upper boundary: include the full end_date day by widening to 23:59:59.
    const periodStart = period.start_date;
    const periodEnd = /^\d{4}-\d{2}-\d{2}$/.test(period.end_date)
      ? `${period.end_date} 23:59:59`
      : period.end_date;

    // Hours per user
    const hours = await adb.all<{ user_id: number; hours: number }>(
      `SELECT user_id, COALESCE(SUM(total_hours), 0) AS hours
       FROM clock_entries
       WHERE clock_in BETWEEN ? AND ? AND clock_out IS NOT NULL
       GROUP BY user_id`,
      periodStart, periodEnd,
    );

    // Commissions per user (includes reversal rows which carry negative amount)
    const commissions = await adb.all<{ user_id: number; commission: number }>(
      `SELECT user_id, COALESCE(SUM(amount), 0) AS commission
       FROM commissions
       WHERE created_at BETWEEN ? AND ?
       GROUP BY user_id`,
      periodStart, periodEnd,
    );

    // POST-ENRICH §28: tips pull from employee_tips (the actual table from
    // migration 075_pos_payment_tracking.sql). The prior `pos_tips` name was
    // a typo — every query silently returned 0 tips via the try/catch.
    let tips: Array<{ user_id: number; tips: number }> = [];
    try {
      tips = await adb.all<{ user_id: number; tips: number }>(
        `SELECT employee_id AS user_id, COALESCE(SUM(tip_amount), 0) AS tips
         FROM employee_tips
         WHERE created_at BETWEEN ? AND ?
         GROUP BY employee_id`,
        periodStart, periodEnd,
      );
    } catch {
      tips = [];
    }

    // Stitch users
    const users = await adb.all<{ id: number; first_name: string; last_name: string; username: string }>(
      `SELECT id, first_name, last_name, username FROM users WHERE is_active = 1 ORDER BY first_name`,
    );
    const hMap = new Map(hours.map(h => [h.user_id, h.hours]));
    const cMap = new Map(commissions.map(c => [c.user_id, c.commission]));
    const tMap = new Map(tips.map(t => [t.user_id, t.tips]));

    // POST-ENRICH §28: Gusto / ADP-compatible column set.
    // Employee ID, First Name, Last Name, Username, Regular Hours, Overtime
    // Hours, Commissions, Tips, Gross Pay, Pay Period Start, Pay Period End.
    // Overtime column is always 0 until the overtime feature is requested
    // (per the audit scope, overtime is explicitly opt-in).
    const csvLines: string[] = [
      'employee_id,first_name,last_name,username,regular_hours,overtime_hours,commissions,tips,gross,period_start,period_end',
    ];
    // SCAN-1161: neutralise leading formula triggers before quoting so an
    // employee whose first name starts with `=`/`+`/`-`/`@`/TAB/CR doesn't
    // execute inside Excel/Calc when payroll ops opens the CSV.
    const sanitize = (s: string | null | undefined) => {
      const str = (s ?? '').replace(/[",\n\r]/g, ' ').trim();
      return /^[=+\-@\t\r]/.test(str) ? `'${str}` : str;
    };
    // BUGHUNT-2026-05-19: usernames are user-chosen, never regex-restricted
    // (see settings.routes.ts /users POST), and were previously inlined raw
    // and UNQUOTED into the payroll CSV. A username like `=cmd|'/C calc'!A0`
    // (or a comma/quote-bearing one) skips both the formula guard AND the
    // CSV quoting, so opening the export in Excel/Calc/Sheets executed the
    // injected formula. Quote + sanitize alongside first/last name.
    // WEB-UIUX-1156: detect empty payroll periods so the export doesn't
    // hand the operator a "header + zeros for every employee" CSV without
    // any signal. We aggregate as we build each row; if every user landed
    // 0/0/0 we prepend an explicit comment header that names the period
    // boundaries + a hint to recheck the period selection.
    let totalActivity = 0;
    for (const u of users) {
      const h = Number(hMap.get(u.id) ?? 0).toFixed(2);
      const c = Number(cMap.get(u.id) ?? 0).toFixed(2);
      const t = Number(tMap.get(u.id) ?? 0).toFixed(2);
      const gross = (Number(h) + Number(c) + Number(t)).toFixed(2);
      totalActivity += Number(h) + Number(c) + Number(t);
      csvLines.push(
        `${u.id},"${sanitize(u.first_name)}","${sanitize(u.last_name)}","${sanitize(u.username)}",${h},0.00,${c},${t},${gross},${period.start_date},${period.end_date}`,
      );
    }
    const isEmpty = totalActivity === 0;
    if (isEmpty) {
      // CSV comment lines starting with `#` are tolerated by every payroll
      // tool we target (Gusto, ADP, QuickBooks); spreadsheets render them
      // as a literal first cell, which is preferable to silently shipping a
      // wall of zeros that looks like real data.
      csvLines.unshift(
        `# No payroll data for ${period.name} (${period.start_date} → ${period.end_date}) — zero commissions, time entries, and tips in this window. Verify period selection or check the lock-consequences summary before re-exporting.`,
      );
      // Surface the same signal on a response header so callers that
      // bypass the body (e.g. test harnesses) can detect the empty case.
      res.setHeader('X-Payroll-Empty', '1');
    }

    const csv = csvLines.join('\n');
    const filename = isEmpty
      ? `payroll_${period.name.replace(/[^a-z0-9_\-]/gi, '_')}_EMPTY.csv`
      : `payroll_${period.name.replace(/[^a-z0-9_\-]/gi, '_')}.csv`;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    res.send(csv);
  }),
);

// Read-only check used by other routes (e.g. tickets/commissions) to enforce
// the lock. Exposed via a tiny helper module so we don't have a circular
// import here.
router.get(
  '/payroll/lock-check',
  asyncHandler(async (req, res) => {
    const adb: AsyncDb = req.asyncDb;
    const ts = validateIsoDate(req.query.at, 'at', true)!;
    const locked = await isCommissionLocked(adb, ts);
    res.json({ success: true, data: { locked } });
  }),
);

export default router;
