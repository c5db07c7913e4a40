import type { AxiosAppError } from '@/bcsc-theme/api/clientErrorPolicies'
import { navigationRef } from '@/contexts/NavigationContainerContext'
import { AppEventCode } from '@/events/appEventCode'
import { Analytics } from '@/utils/analytics/analytics-singleton'
import { isAxiosError } from 'axios'
import { ErrorCategory, ErrorDefinition } from './errorRegistry'

type AppErrorOptions = ErrorOptions & {
  /**
   * Whether to automatically track this error in analytics upon creation. Defaults to true.
   */
  track?: boolean
  /**
   * Optional context object to provide additional information about the error.
   */
  context?: Record<string, unknown>
}

export type ErrorIdentity = {
  category: ErrorCategory
  appEvent: AppEventCode
  statusCode: number
}

/**
 * Reduce a `cause` to a small, safe-to-serialize summary.
 *
 * The raw cause of an HTTP failure is often an AxiosError whose `config.data` holds the
 * full request body — for an evidence upload that is the multi-MB photo/video Buffer.
 * Serializing it (JSON.stringify expands a Buffer to a per-byte number array) can exhaust
 * memory, so toJSON() keeps only lightweight identifying fields and drops the nested
 * chain/body. The live `cause` property is left untouched for runtime logic.
 */
const summarizeCause = (cause: unknown): unknown => {
  if (!(cause instanceof Error)) {
    return cause
  }

  const { code, status, userInfo } = cause as { code?: unknown; status?: unknown; userInfo?: unknown }
  const summary: Record<string, unknown> = { name: cause.name, message: cause.message }
  if (code !== undefined) {
    summary.code = code
  }
  if (status !== undefined) {
    summary.status = status
  }
  if (userInfo !== undefined) {
    // Native-module rejections carry small, bridge-serializable diagnostics here
    summary.userInfo = userInfo
  }
  const responseData = (cause as { response?: { data?: unknown } }).response?.data
  if (typeof responseData === 'string' && responseData.length <= 500) {
    summary.responseData = responseData
  }
  return summary
}

/** Cap on the server reason lifted by {@link extractServerReason}, so oversized bodies never bloat logs. */
const MAX_SERVER_REASON_LENGTH = 500

/**
 * Lift a human-readable reason from an HTTP error response body.
 * Handles plain-string bodies (e.g. "email_address is invalid", 5xx HTML pages)
 * and JSON bodies with a string `message` (e.g. {"message":"unexpected images count"}).
 * Truncated to {@link MAX_SERVER_REASON_LENGTH} chars so oversized bodies never bloat logs.
 */
const extractServerReason = (responseData: unknown): string | undefined => {
  if (typeof responseData === 'string' && responseData.length > 0) {
    return responseData.slice(0, MAX_SERVER_REASON_LENGTH)
  }
  if (responseData && typeof responseData === 'object') {
    const message = (responseData as { message?: unknown }).message
    if (typeof message === 'string' && message.length > 0) {
      return message.slice(0, MAX_SERVER_REASON_LENGTH)
    }
  }
  return undefined
}

/**
 * Custom application error class with structured information.
 *
 * @extends {Error}
 * @class
 */
export class AppError extends Error {
  private tracked: boolean // Whether this error has been tracked in analytics

  code: string // ie: network.err_no_internet.2100
  appEvent: AppEventCode // ie: no_internet
  statusCode: number // ie: 2100
  timestamp: string // ISO timestamp of when the error was created
  handled: boolean // Whether this error has been handled by a policy

  context: Record<string, unknown> // Context object providing additional information about the error

  constructor(message: string, identity: ErrorIdentity, options?: AppErrorOptions) {
    super(message, options)
    this.name = this.constructor.name

    this.code = `${identity.category}.${identity.appEvent}.${identity.statusCode}` // ie: network.err_no_internet.2100
    this.appEvent = identity.appEvent
    this.statusCode = identity.statusCode
    this.timestamp = new Date().toISOString()
    this.handled = false
    this.tracked = false
    this.context = options?.context ?? {}

    if (navigationRef.isReady()) {
      this.context = { ...this.context, screen: navigationRef.getCurrentRoute()?.name }
    }

    // Track the error in analytics unless explicitly disabled
    if (options?.track !== false) {
      this.track()
    }
  }

  /**
   * Get the technical message from the original error, if available.
   *
   * @returns The technical message or null if not available.
   */
  get technicalMessage(): string | null {
    // QUESTION (MD): Should we have a max length? Or detect HTML strings or other non-user-friendly content and truncate/remove it?
    if (!(this.cause instanceof Error)) {
      return null
    }

    const cause = this.cause as Error & { code?: unknown; isAxiosError?: boolean; response?: { data?: unknown } }

    // AxiosErrors have their error code written into cause.code
    // That value is already captured in appEvent, so excluding it here
    // keeps technicalMessage as server description, which error policies policies match against
    const isAxiosError = Boolean(cause.isAxiosError) || cause.name === 'AxiosError'

    // For non-Axios errors (e.g. native module errors), cause.code is a meaningful prefix like "E_KEY_NOT_FOUND"
    const code = !isAxiosError && typeof cause.code === 'string' ? cause.code : undefined

    // Include the server's reason: a string body (truncated to the cap), or the `message` field of a JSON body
    const serverReason = extractServerReason(isAxiosError ? cause.response?.data : undefined)

    // When the cause is itself an AppError (e.g. a 2107 client error re-wrapped as a
    // 2404 file-upload error), its `technicalMessage` already carries the server reason;
    // the generic `message` does not. Prefer it so the reason survives re-wrapping.
    const causeDetail =
      this.cause instanceof AppError ? (this.cause.technicalMessage ?? this.cause.message) : cause.message

    return [code, causeDetail, serverReason].filter(Boolean).join(': ')
  }

  /**
   * Get the full error message, including technical details if available.
   *
   * This is the user-facing details string (shown behind "Show details" in the error
   * modal), so it deliberately excludes the active screen and request URL — that infra
   * context could alarm users. Screen/Request are appended only to the "Report this
   * problem" payload sent to Loki, never shown to the user. See ErrorModal.handleReport.
   *
   * @example
   * `No internet connection
   * Debug: [network.err_no_internet.2100] Failed to fetch resource`
   *
   * @returns The full error message string.
   */
  get fullMessage(): string {
    let formattedMessage = this.message

    formattedMessage += `\nDebug: [${this.code}]`

    if (this.technicalMessage) {
      formattedMessage += ` ${this.technicalMessage}`
    }

    return formattedMessage
  }

  /**
   * Track the error in analytics.
   *
   * @returns void
   */
  track() {
    if (this.tracked) {
      return
    }

    // Surface the HTTP context (status + endpoint) when the cause is an HTTP/Axios error. Axios collapses
    // every 4xx into a single code, so without this the dashboard cannot tell 400/401/403/404 apart — nor
    // which endpoint produced the error.
    const httpStatus = (this.cause as { response?: { status?: number } } | undefined)?.response?.status
    const request = [this.context?.method, this.context?.url].filter(Boolean).join(' ')
    const context = [httpStatus ? `HTTP ${httpStatus}` : undefined, request || undefined].filter(Boolean).join(' ')

    Analytics.trackErrorEvent({
      /**
       * NOTE: We use AppEventCode as the error code for backwards compatibility with V3 and the
       * existing analytics dashboard. The AppError `code` property (which includes category and
       * status code) would provide better insights — worth considering for a future update.
       */
      code: this.appEvent,
      /**
       * TEMP: Inject the error code (plus HTTP status + endpoint when present) into the message for context.
       */
      message: context ? `[${this.code}] ${context} ${this.message}` : `[${this.code}] ${this.message}`,
    })

    this.tracked = true
  }

  /**
   * Create an AppError from an ErrorDefinition, with translated title and description.
   *
   * @param definition - The ErrorDefinition to create the AppError from.
   * @param options - Optional AppErrorOptions for additional context.
   * @returns An instance of AppError.
   */
  static fromErrorDefinition(definition: ErrorDefinition, options?: AppErrorOptions): AppError {
    return new AppError(
      definition.message,
      {
        category: definition.category,
        appEvent: definition.appEvent,
        statusCode: definition.statusCode,
      },
      options
    )
  }

  /**
   * Add additional context to the AppError. This can be useful for providing more information about the error.
   *
   * @param context - An object containing additional context to add to the error.
   * @returns void
   */
  addContext(context: Record<string, unknown>): void {
    this.context = { ...this.context, ...context }
  }

  /**
   * Serialize the AppError to a JSON object. Useful for logging.
   *
   * @return An object containing the serialized error details.
   */
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      technicalMessage: this.technicalMessage,
      appEvent: this.appEvent,
      code: this.code,
      timestamp: this.timestamp,
      handled: this.handled,
      context: this.context,
      cause: summarizeCause(this.cause),
    }
  }
}

/**
 * Check if an error is an AppError that has already been handled by an error policy.
 *
 * @param error - The error to check
 * @returns True if the error is an AppError and has been handled
 */
export function isHandledAppError(error: unknown): error is AppError {
  return error instanceof AppError && error.handled
}

/**
 * Check if an error is an instance of AppError, and optionally if it matches a specific app event code.
 *
 * @param error - The error to check
 * @param appEvent - Optional app event code to match against the error's appEvent property
 * @returns True if the error is an AppError (and matches the app event code if provided)
 */
export function isAppError<TAppEventCode extends AppEventCode>(
  error: unknown,
  appEvent?: TAppEventCode
): error is AppError & { appEvent: TAppEventCode } {
  if (appEvent) {
    return error instanceof AppError && error.appEvent === appEvent
  }

  return error instanceof AppError
}

/**
 * Check if an error is an AxiosAppError, which is an AppError with an AxiosError cause.
 *
 * @param error - The error to check
 * @param status - Optional HTTP status code to match against the error's cause response status
 * @returns True if the error is an AxiosAppError, false otherwise
 */
export function isAxiosAppError(error: unknown, status?: number): error is AxiosAppError {
  if (status !== undefined) {
    return isAppError(error) && isAxiosError(error.cause) && error.cause.response?.status === status
  }

  return isAppError(error) && isAxiosError(error.cause)
}
