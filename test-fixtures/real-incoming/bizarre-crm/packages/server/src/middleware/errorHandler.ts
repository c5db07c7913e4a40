import { Request, Response, NextFunction } from 'express';
import { WorkerPoolQueueFullError } from '../db/worker-pool.js';
import { ERROR_CODES, type ErrorCode } from '../utils/errorCodes.js';
import { createLogger } from '../utils/logger.js';

const logger = createLogger('errorHandler');

/**
 * Thrown inside route handlers to surface a specific HTTP status + message
 * to the client through the central errorHandler. The optional `code` field
 * carries a stable ERR_* identifier so support / the client UI can branch
 * on error kind without parsing `message`.
 */
export class AppError extends Error {
  statusCode: number;
  code: ErrorCode | string;
  extra?: Record<string, unknown>;
  constructor(
    message: string,
    statusCode: number = 400,
    code: ErrorCode | string = ERROR_CODES.ERR_INT_GENERIC,
    extra?: Record<string, unknown>,
  ) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.extra = extra;
    this.name = 'AppError';
  }
}

function pickRequestId(res: Response): string | undefined {
  const id = res.locals?.requestId;
  return typeof id === 'string' ? id : undefined;
}

export function errorHandler(err: Error, _req: Request, res: Response, _next: NextFunction): void {
  // SEC-L28: Stack traces are only logged outside production to avoid leaking
  // internal file paths / source-structure hints through any log shipper that
  // forwards stderr to a less-trusted sink. `err.message` remains for triage.
  // Client responses never include the stack regardless of env — that was
  // already the case and is preserved below.
  //
  // Note on the meta-key rename: passing `{ message: ... }` as meta caused the
  // logger's `...meta` spread (in buildEntry) to overwrite the positional
  // first-arg `'unhandled_error'`. When `err.message` was undefined/empty,
  // JSON.stringify dropped the merged-undefined field, producing an empty log
  // line ({"level":"error","timestamp":...,"module":"errorHandler"}) and
  // leaving operators with no signal about the actual crash. Use `err_message`
  // / `err_stack` / `err_name` instead so the literal log message survives
  // and the error fields show up as their own keys.
  // err.message can be a non-string (someone wrapped a SqliteError with
  // `new Error(someObject)` — message becomes "[object Object]"). Coerce
  // safely via JSON.stringify so the original error fields surface.
  const rawMessage = err?.message;
  let messageStr: string;
  if (typeof rawMessage === 'string') {
    messageStr = rawMessage;
  } else if (rawMessage && typeof rawMessage === 'object') {
    try {
      messageStr = JSON.stringify(rawMessage);
    } catch {
      messageStr = String(rawMessage);
    }
  } else {
    messageStr = String(err);
  }

  const errCode = (err as { code?: unknown })?.code;

  logger.error('unhandled_error', {
    err_name: err?.name,
    err_message: messageStr,
    err_code: errCode,
    err_status: (err as { statusCode?: unknown })?.statusCode,
    // SQLite errors include the original SQL query / column name in the
    // message — those carry no auth secrets / PII so logging is safe even
    // in production. Helps diagnose schema-vs-code drift on hosts.
    ...(typeof errCode === 'string' && errCode.startsWith('SQLITE_')
      ? { err_sql: (err as { sql?: unknown })?.sql }
      : {}),
  });

  // Stack trace: log in dev unconditionally; in production log ONLY for
  // SqliteError (path leaked is bounded to better-sqlite3 + Node stdlib;
  // no secrets) so operators can pinpoint the broken query without flipping
  // the whole server to dev mode.
  const isSqliteError = typeof errCode === 'string' && errCode.startsWith('SQLITE_');
  if (process.env.NODE_ENV !== 'production' || isSqliteError) {
    // Some throw sites wrap the original SqliteError so badly that
    // err.stack is undefined and err.message is "[object Object]". Dump
    // every own property + the prototype chain so operators see SOMETHING
    // identifying. better-sqlite3 errors have message/code/.../sql on the
    // prototype — Object.getOwnPropertyNames + getOwnPropertyDescriptors
    // surfaces them all, including non-enumerable.
    let dumped = '';
    try {
      const seen: Record<string, unknown> = {};
      if (err && typeof err === 'object') {
        for (const k of Object.getOwnPropertyNames(err)) {
          try {
            seen[k] = (err as unknown as Record<string, unknown>)[k];
          } catch { /* property accessor threw — skip */ }
        }
        const proto = Object.getPrototypeOf(err);
        if (proto && proto !== Object.prototype) {
          for (const k of Object.getOwnPropertyNames(proto)) {
            if (k === 'constructor') continue;
            if (k in seen) continue;
            try {
              const v = (err as unknown as Record<string, unknown>)[k];
              if (typeof v !== 'function') seen[k] = v;
            } catch { /* skip */ }
          }
        }
      }
      dumped = JSON.stringify(seen, (_k, v) => {
        if (v instanceof Error) return { name: v.name, message: v.message, stack: v.stack };
        return v;
      });
    } catch (dumpErr) {
      dumped = `<dump-failed: ${dumpErr instanceof Error ? dumpErr.message : String(dumpErr)}>`;
    }
    logger.error('unhandled_error_dump', {
      err_stack: err?.stack || '<no stack>',
      err_dump: dumped,
      err_constructor: err?.constructor?.name,
    });
  }

  // @audit-fixed: Guard against headers already sent — writing a status
  // after `res.end()` has been called throws ERR_HTTP_HEADERS_SENT which
  // becomes an unhandledException and can crash the process.
  if (res.headersSent) return;

  const requestId = pickRequestId(res);

  // SEC-M48: Worker pool queue full → 503 with Retry-After so upstream
  // proxies and clients back off rather than hammering the already-saturated
  // pool. 2 s is conservative; at ~50-100 ops/s per thread the 200-slot
  // queue drains in well under 2 s under normal load.
  if (err instanceof WorkerPoolQueueFullError) {
    res.setHeader('Retry-After', '2');
    res.status(503).json({
      success: false,
      code: ERROR_CODES.ERR_SERVER_BUSY,
      message: 'Server busy, retry',
      request_id: requestId,
    });
    return;
  }

  if (err instanceof AppError) {
    res.status(err.statusCode).json({
      success: false,
      code: err.code,
      message: err.message,
      request_id: requestId,
      ...(err.extra ?? {}),
    });
    return;
  }

  // Malformed JSON body → 400 not 500
  // @audit-fixed: `'body' in err` without the instanceof narrowing can throw
  // on primitive err values ("in" requires an object on the RHS). Guard it.
  if (err instanceof SyntaxError && typeof err === 'object' && err !== null && 'body' in err) {
    res.status(400).json({
      success: false,
      code: ERROR_CODES.ERR_INPUT_JSON_MALFORMED,
      message: 'Invalid JSON in request body',
      request_id: requestId,
    });
    return;
  }

  res.status(500).json({
    success: false,
    code: ERROR_CODES.ERR_INT_GENERIC,
    message: 'Internal server error',
    request_id: requestId,
  });
}
