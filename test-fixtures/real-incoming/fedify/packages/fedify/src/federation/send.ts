import type { Recipient } from "@fedify/vocab";
import { FetchError } from "@fedify/vocab-runtime";
import { getLogger } from "@logtape/logtape";
import {
  type Attributes,
  type MeterProvider,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type TracerProvider,
} from "@opentelemetry/api";
import metadata from "../../deno.json" with { type: "json" };
import {
  doubleKnock,
  type HttpMessageSignaturesSpecDeterminer,
} from "../sig/http.ts";
import { getDurationMs, getFederationMetrics } from "./metrics.ts";

/**
 * Parameters for {@link extractInboxes}.
 */
export interface ExtractInboxesParameters {
  /**
   * Actors to extract the inboxes from.
   */
  readonly recipients: readonly Recipient[];

  /**
   * Whether to prefer the shared inbox over the personal inbox.
   * Defaults to `false`.
   */
  readonly preferSharedInbox?: boolean;

  /**
   * The base URIs to exclude from the recipients' inboxes.  It is useful
   * for excluding the recipients having the same shared inbox with the sender.
   *
   * Note that the only `origin` parts of the `URL`s are compared.
   *
   * @since 0.9.0
   */
  readonly excludeBaseUris?: readonly URL[];
}

/**
 * Extracts the inbox URLs from recipients.
 * @param parameters The parameters to extract the inboxes.
 *                   See also {@link ExtractInboxesParameters}.
 * @returns The inboxes as a map of inbox URL to actor URIs.
 */
export function extractInboxes(
  { recipients, preferSharedInbox, excludeBaseUris }: ExtractInboxesParameters,
): Record<string, { actorIds: Set<string>; sharedInbox: boolean }> {
  const inboxes: Record<
    string,
    { actorIds: Set<string>; sharedInbox: boolean }
  > = {};
  for (const recipient of recipients) {
    let inbox: URL | null;
    let sharedInbox = false;
    if (preferSharedInbox && recipient.endpoints?.sharedInbox != null) {
      inbox = recipient.endpoints.sharedInbox;
      sharedInbox = true;
    } else {
      inbox = recipient.inboxId;
    }
    if (inbox != null && recipient.id != null) {
      if (
        excludeBaseUris != null &&
        excludeBaseUris.some((u) => u.origin === inbox?.origin)
      ) {
        continue;
      }
      inboxes[inbox.href] ??= { actorIds: new Set(), sharedInbox };
      inboxes[inbox.href].actorIds.add(recipient.id.href);
    }
  }
  return inboxes;
}

/**
 * A key pair for an actor who sends an activity.
 * @since 0.10.0
 */
export interface SenderKeyPair {
  /**
   * The actor's private key to sign the request.
   */
  readonly privateKey: CryptoKey;

  /**
   * The public key ID that corresponds to the private key.
   */
  readonly keyId: URL;
}

/**
 * Parameters for {@link sendActivity}.
 */
export interface SendActivityParameters {
  /**
   * The activity to send.
   */
  readonly activity: unknown;

  /**
   * The activity ID to send.
   * @since 1.0.0
   */
  readonly activityId?: string | null;

  /**
   * The qualified URI of the activity type.
   * @since 1.3.0
   */
  readonly activityType?: string;

  /**
   * The key pairs of the sender to sign the request.  It must not be empty.
   * @since 0.10.0
   */
  readonly keys: readonly SenderKeyPair[];

  /**
   * The inbox URL to send the activity to.
   */
  readonly inbox: URL;

  /**
   * Whether the inbox is a shared inbox.
   * @since 1.3.0
   */
  readonly sharedInbox?: boolean;

  /**
   * Additional headers to include in the request.
   */
  readonly headers?: Headers;

  /**
   * The spec determiner to use for signing requests with double-knocking.
   * @since 1.6.0
   */
  readonly specDeterminer?: HttpMessageSignaturesSpecDeterminer;

  /**
   * The meter provider for recording metrics.
   * If omitted, the global meter provider is used.
   * @since 2.3.0
   */
  readonly meterProvider?: MeterProvider;

  /**
   * The tracer provider for tracing the request.
   * If omitted, the global tracer provider is used.
   * @since 1.3.0
   */
  readonly tracerProvider?: TracerProvider;
}

/**
 * Sends an {@link Activity} to an inbox.
 *
 * @param parameters The parameters for sending the activity.
 *                   See also {@link SendActivityParameters}.
 * @throws {Error} If the activity fails to send.
 */
export function sendActivity(
  options: SendActivityParameters,
): Promise<void> {
  const tracerProvider = options.tracerProvider ?? trace.getTracerProvider();
  const tracer = tracerProvider.getTracer(metadata.name, metadata.version);
  return tracer.startActiveSpan(
    "activitypub.send_activity",
    {
      kind: SpanKind.CLIENT,
      attributes: {
        "activitypub.shared_inbox": options.sharedInbox ?? false,
      },
    },
    async (span) => {
      if (options.activityId != null) {
        span.setAttribute("activitypub.activity.id", options.activityId);
      }
      if (options.activityType != null) {
        span.setAttribute("activitypub.activity.type", options.activityType);
      }
      try {
        await sendActivityInternal({ ...options, tracerProvider }, span);
      } catch (e) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: String(e) });
        throw e;
      } finally {
        span.end();
      }
    },
  );
}

const MAX_ERROR_RESPONSE_BODY_BYTES = 1024;

function getActivityActorId(activity: unknown): string | undefined {
  if (!isRecord(activity)) return undefined;
  return getIdValue(activity.actor);
}

function getIdValue(value: unknown): string | undefined {
  if (typeof value === "string" && value !== "") return value;
  if (value instanceof URL) return value.href;
  if (Array.isArray(value)) {
    for (const item of value) {
      const id = getIdValue(item);
      if (id != null) return id;
    }
    return undefined;
  }
  if (isRecord(value)) return getIdValue(value.id);
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value != null;
}

async function readLimitedResponseBody(
  response: Response,
  maxBytes: number,
): Promise<string> {
  if (response.body == null) {
    return "";
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  let totalBytes = 0;
  let truncated = false;
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      if (totalBytes + value.length > maxBytes) {
        const remaining = maxBytes - totalBytes;
        if (remaining > 0) {
          chunks.push(
            decoder.decode(value.slice(0, remaining), { stream: true }),
          );
        }
        truncated = true;
        break;
      }
      chunks.push(decoder.decode(value, { stream: true }));
      totalBytes += value.length;
    }
  } finally {
    reader.releaseLock();
  }
  let result = chunks.join("");
  if (truncated) {
    result += "… (truncated)";
  }
  return result;
}

async function sendActivityInternal(
  {
    activity,
    activityId,
    activityType,
    keys,
    inbox,
    headers,
    specDeterminer,
    meterProvider,
    tracerProvider,
  }: SendActivityParameters,
  span: Span,
): Promise<void> {
  const logger = getLogger(["fedify", "federation", "outbox"]);
  const federationMetrics = getFederationMetrics(meterProvider);
  const started = performance.now();
  let deliverySuccess = false;
  headers = new Headers(headers);
  headers.set("Content-Type", "application/activity+json");
  const request = new Request(inbox, {
    method: "POST",
    headers,
    body: JSON.stringify(activity),
  });
  let rsaKey: SenderKeyPair | null = null;
  for (const key of keys) {
    if (key.privateKey.algorithm.name === "RSASSA-PKCS1-v1_5") {
      rsaKey = key;
      break;
    }
  }
  if (rsaKey == null) {
    logger.warn(
      "No supported key found to sign the request to {inbox}.  " +
        "The request will be sent without a signature.  " +
        "In order to sign the request, at least one RSASSA-PKCS1-v1_5 key " +
        "must be provided.",
      {
        inbox: inbox.href,
        keys: keys.map((pair) => ({
          keyId: pair.keyId.href,
          privateKey: pair.privateKey,
        })),
      },
    );
  }
  let response: Response;
  try {
    response = rsaKey == null
      ? await fetch(request)
      : await doubleKnock(request, rsaKey, { tracerProvider, specDeterminer });
  } catch (error) {
    const transportError = error instanceof FetchError
      ? error
      : createFetchError(inbox.href, error);
    logger.error(
      "Failed to send activity {activityId} to {inbox}:\n{error}",
      {
        activityId,
        inbox: inbox.href,
        error: transportError,
      },
    );
    federationMetrics.recordDelivery(
      inbox,
      getDurationMs(started),
      false,
      activityType,
    );
    throw transportError;
  }
  try {
    if (!response.ok) {
      let error: string;
      try {
        error = await readLimitedResponseBody(
          response,
          MAX_ERROR_RESPONSE_BODY_BYTES,
        );
      } catch (_) {
        error = "";
      }
      logger.error(
        "Failed to send activity {activityId} to {inbox} ({status} " +
          "{statusText}):\n{error}",
        {
          activityId,
          inbox: inbox.href,
          status: response.status,
          statusText: response.statusText,
          error,
        },
      );
      throw new SendActivityError(
        inbox,
        response.status,
        `Failed to send activity ${activityId} to ${inbox.href} ` +
          `(${response.status} ${response.statusText}):\n${error}`,
        error,
        response.headers,
      );
    }

    deliverySuccess = true;

    // Record the sent activity with delivery details
    const eventAttributes: Attributes = {
      "activitypub.inbox.url": inbox.href,
      "activitypub.activity.id": activityId ?? "",
    };
    if (activityType != null) {
      eventAttributes["activitypub.activity.type"] = activityType;
    }
    const actorId = getActivityActorId(activity);
    if (actorId != null) {
      eventAttributes["activitypub.actor.id"] = actorId;
    }
    span.addEvent("activitypub.activity.sent", eventAttributes);
  } finally {
    federationMetrics.recordDelivery(
      inbox,
      getDurationMs(started),
      deliverySuccess,
      activityType,
    );
  }
}

function createFetchError(url: string, cause: unknown): FetchError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const error = new FetchError(url, message);
  error.cause = cause;
  return error;
}

/**
 * An error that is thrown when an activity fails to send to a remote inbox.
 * It contains structured information about the failure, including the HTTP
 * status code, the inbox URL, and the response body.
 * @since 2.0.0
 */
export class SendActivityError extends Error {
  /**
   * The inbox URL that the activity was being sent to.
   */
  readonly inbox: URL;

  /**
   * The HTTP status code returned by the inbox.
   */
  readonly statusCode: number;

  /**
   * The response body from the inbox, if any.  Note that this may be
   * truncated to a maximum of 1 KiB to prevent excessive memory consumption
   * when remote servers return large error pages (e.g., Cloudflare error pages).
   * If truncated, the string will end with `"… (truncated)"`.
   */
  readonly responseBody: string;

  /**
   * The response headers from the inbox.
   * @since 2.3.0
   */
  readonly responseHeaders: Headers;

  /**
   * Creates a new {@link SendActivityError}.
   * @param inbox The inbox URL.
   * @param statusCode The HTTP status code.
   * @param message The error message.
   * @param responseBody The response body.
   * @param responseHeaders The response headers.
   */
  constructor(
    inbox: URL,
    statusCode: number,
    message: string,
    responseBody: string,
    responseHeaders?: HeadersInit,
  ) {
    super(message);
    this.name = "SendActivityError";
    this.inbox = inbox;
    this.statusCode = statusCode;
    this.responseBody = responseBody;
    this.responseHeaders = new Headers(responseHeaders);
  }
}
