import { Histogram, SpanStatusCode } from "@opentelemetry/api";
import { Context } from "@temporalio/activity";
import { and, eq, inArray } from "drizzle-orm";
import { ENTRY_TYPES } from "isomorphic-lib/src/constants";
import { schemaValidateWithErr } from "isomorphic-lib/src/resultHandling/schemaValidation";
import { sleep } from "isomorphic-lib/src/time";
import { err, Result } from "neverthrow";
import pRetry from "p-retry";
import { omit } from "remeda";

import { submitTrack } from "../../apps/track";
import { getEarliestComputePropertyPeriod } from "../../computedProperties/periods";
import config from "../../config";
import {
  WORKFLOW_HISTORY_LENGTH_METRIC,
  WORKFLOW_HISTORY_SIZE_METRIC,
} from "../../constants";
import { db } from "../../db";
import {
  journey as dbJourney,
  segment as dbSegment,
  userJourneyEvent as dbUserJourneyEvent,
  workspace as dbWorkspace,
} from "../../db/schema";
import logger from "../../logger";
import { Sender, sendMessage, SendMessageParameters } from "../../messaging";
import { getMeter, withSpan } from "../../openTelemetry";
import { calculateKeyedSegment, getSegmentAssignmentDb } from "../../segments";
import {
  getSubscriptionGroupDetails,
  getSubscriptionGroupWithAssignment,
} from "../../subscriptionGroups";
import {
  BackendMessageSendResult,
  BadWorkspaceConfigurationType,
  InternalEventType,
  JourneyDefinition,
  JourneyNodeType,
  JSONValue,
  MessageSendFailure,
  MessageSuccess,
  MessageTags,
  MessageVariant,
  RenameKey,
  SegmentAssignment,
  SegmentDefinition,
  SegmentNodeType,
  TrackData,
  UserWorkflowTrackEvent,
} from "../../types";
import {
  GetEventsByIdParams,
  getTrackEventsById as gebi,
} from "../../userEvents";
import { findAllUserPropertyAssignments } from "../../userProperties";
import {
  recordNodeProcessed,
  RecordNodeProcessedParams,
} from "../recordNodeProcessed";
import { GetSegmentAssignmentVersion } from "./types";

export {
  findNextLocalizedTime,
  findNextLocalizedTimeV2,
  getUserPropertyDelay,
} from "../../dates";
export { findAllUserPropertyAssignments } from "../../userProperties";
export { getEarliestComputePropertyPeriod };

function safeWorkflowId(): string | undefined {
  try {
    return Context.current().info.workflowExecution.workflowId;
  } catch (error) {
    logger().debug({ err: error }, "failed to read workflow id from context");
    return undefined;
  }
}

export async function getEventsById(
  params: GetEventsByIdParams,
  metadata?: { journeyId?: string; userId: string },
): Promise<UserWorkflowTrackEvent[]> {
  const events = await gebi(params);
  const missing = params.eventIds.filter(
    (id) => !events.some((e) => e.messageId === id),
  );
  if (missing.length > 0) {
    const workflowId = safeWorkflowId();
    logger().info(
      {
        workspaceId: params.workspaceId,
        missing,
        journeyId: metadata?.journeyId,
        userId: metadata?.userId,
        workflowId,
      },
      "not all events found for user journey",
    );
    throw new Error("not all events found for user journey");
  }
  return events;
}

export async function getEventsByIdWithRetry(
  params: GetEventsByIdParams,
  metadata: { journeyId?: string; userId: string },
) {
  try {
    // Retry policy (bounded for workflow/test safety):
    // - up to 10 retries
    // - retry delays are clamped to 50ms–1000ms
    // - stop retrying after ~60s total (maxRetryTime), even if retries remain
    //
    // This keeps workflows responsive while still handling brief ClickHouse
    // visibility lag right after writing events.
    const events = await pRetry(() => getEventsById(params, metadata), {
      retries: 10,
      minTimeout: 50,
      maxTimeout: 1000,
      maxRetryTime: 60_000,
    });
    return events;
  } catch (e) {
    const workflowId = safeWorkflowId();
    logger().error(
      {
        err: e,
        workspaceId: params.workspaceId,
        journeyId: metadata.journeyId,
        userId: metadata.userId,
        workflowId,
      },
      "not all events found for user journey after retries",
    );
    throw e;
  }
}

type BaseSendParams = {
  userId: string;
  workspaceId: string;
  runId: string;
  nodeId: string;
  journeyId: string;
  messageId: string;
  subscriptionGroupId?: string;
  triggeringMessageId?: string;
} & RenameKey<MessageVariant, "type", "channel">;

export type SendParams = Omit<BaseSendParams, "channel">;

export type SendParamsV2 = BaseSendParams & {
  context?: Record<string, JSONValue>;
  events?: UserWorkflowTrackEvent[];
  eventIds?: string[];
  isHidden?: boolean;
  retryCount?: number;
};

export type SendParamsInner = SendParamsV2 & {
  sender: (params: SendMessageParameters) => Promise<BackendMessageSendResult>;
};

interface JourneyEarlyExit {
  type: InternalEventType.JourneyEarlyExit;
  message: string;
}

type SendMessageInnerResult = Result<
  MessageSuccess,
  MessageSendFailure | JourneyEarlyExit
>;

async function sendMessageInner({
  userId,
  workspaceId,
  runId,
  nodeId,
  templateId,
  journeyId,
  messageId,
  subscriptionGroupId,
  context: deprecatedContext,
  events,
  sender,
  retryCount,
  ...rest
}: SendParamsInner): Promise<SendMessageInnerResult> {
  let context: Record<string, JSONValue>[] | undefined;
  // passing full events is also deprecated
  if (events) {
    context = events.flatMap((e) => e.properties ?? []);
  } else if (rest.eventIds) {
    const eventsById = await getEventsByIdWithRetry(
      {
        workspaceId,
        eventIds: rest.eventIds,
      },
      {
        journeyId,
        userId,
      },
    );
    context = eventsById.flatMap((e) => e.properties ?? []);
  } else if (deprecatedContext) {
    context = [deprecatedContext];
  }
  const [userPropertyAssignments, journey, subscriptionGroup] =
    await Promise.all([
      findAllUserPropertyAssignments({ userId, workspaceId, context }),
      db().query.journey.findFirst({ where: eq(dbJourney.id, journeyId) }),
      subscriptionGroupId
        ? getSubscriptionGroupWithAssignment({
            userId,
            workspaceId,
            subscriptionGroupId,
          })
        : null,
    ]);

  const subscriptionGroupDetails = subscriptionGroup
    ? {
        ...getSubscriptionGroupDetails(subscriptionGroup),
        name: subscriptionGroup.name,
      }
    : undefined;

  if (!journey) {
    return err({
      type: InternalEventType.BadWorkspaceConfiguration,
      variant: {
        type: BadWorkspaceConfigurationType.JourneyNotFound,
      },
    });
  }

  if (!(journey.status === "Running" || journey.status === "Broadcast")) {
    return err({
      type: InternalEventType.JourneyEarlyExit,
      message: `Journey is not running: ${journey.status}`,
    });
  }

  const messageTags: MessageTags = {
    workspaceId,
    runId,
    nodeId,
    journeyId,
    templateId,
    messageId,
    userId,
    channel: rest.channel,
  };
  if (rest.triggeringMessageId) {
    messageTags.triggeringMessageId = rest.triggeringMessageId;
  }

  try {
    const result = await sender({
      workspaceId,
      useDraft: false,
      templateId,
      userId,
      userPropertyAssignments,
      subscriptionGroupDetails,
      messageTags,
      ...rest,
    });
    return result;
  } catch (senderError) {
    // Check if we're in the final retry attempt
    const activityInfo = Context.current().info;
    const isLastAttempt = activityInfo.attempt >= (retryCount ?? 3);

    if (isLastAttempt) {
      logger().error("sender failed after maximum retry attempts", {
        workspaceId,
        userId,
        messageId,
        templateId,
        attempt: activityInfo.attempt,
        maxAttempts: retryCount,
        err: senderError,
      });

      const senderErrorString =
        senderError instanceof Error
          ? senderError.message
          : String(senderError);

      // Return a MessageSkipped result instead of throwing
      return err({
        type: InternalEventType.JourneyEarlyExit,
        message: `Message failed after maximum retry attempts: ${senderErrorString}`,
      });
    }

    // Not the final attempt, rethrow to allow retry
    throw senderError;
  }
}

export function sendMessageFactory(sender: Sender) {
  return async function sendMessageWithSender(
    params: SendParamsV2,
  ): Promise<boolean> {
    const journey = await db().query.journey.findFirst({
      where: and(
        eq(dbJourney.id, params.journeyId),
        eq(dbJourney.workspaceId, params.workspaceId),
      ),
    });
    if (!journey || journey.status !== "Running") {
      logger().debug(
        {
          journeyId: params.journeyId,
          workspaceId: params.workspaceId,
          journeyStatus: journey?.status,
        },
        "journey not found or not running",
      );
      return false;
    }

    return withSpan({ name: "sendMessageWithSender" }, async (span) => {
      span.setAttributes({
        workspaceId: params.workspaceId,
        messageId: params.messageId,
        userId: params.userId,
        journeyId: params.journeyId,
        nodeId: params.nodeId,
        templateId: params.templateId,
        runId: params.runId,
        triggeringMessageId: params.triggeringMessageId,
      });
      const { messageId, userId, journeyId, nodeId, templateId, runId } =
        params;
      const now = new Date();
      const sendResult = await sendMessageInner({
        ...params,
        sender,
      });
      let shouldContinue: boolean;
      let event: InternalEventType;
      let trackingProperties: TrackData["properties"] = {
        journeyId,
        nodeId,
        templateId,
        runId,
        triggeringMessageId: params.triggeringMessageId,
      };

      if (sendResult.isErr()) {
        shouldContinue = false;
        event = sendResult.error.type;

        trackingProperties = {
          ...trackingProperties,
          ...omit(sendResult.error, ["type"]),
        };
      } else {
        shouldContinue = true;
        event = sendResult.value.type;

        trackingProperties = {
          ...trackingProperties,
          ...omit(sendResult.value, ["type"]),
        };
      }

      const context: TrackData["context"] = {};
      if (params.isHidden) {
        context.hidden = true;
      }
      const trackData: TrackData = {
        userId,
        messageId,
        event,
        timestamp: now.toISOString(),
        context,
        properties: trackingProperties,
      };
      logger().debug({ trackData }, "send message track data");

      await submitTrack({
        workspaceId: params.workspaceId,
        data: trackData,
      });
      return shouldContinue;
    });
  };
}

export const sendMessageV2 = sendMessageFactory(sendMessage);

export async function isRunnable({
  workspaceId,
  journeyId,
  userId,
  eventKey,
  eventKeyName,
}: {
  // optional so that this is backwards compatible, but should be provided
  // moving forward
  workspaceId?: string;
  journeyId: string;
  userId: string;
  eventKey?: string;
  eventKeyName?: string;
}): Promise<boolean> {
  const [previousExitEvent, journey, workspace] = await Promise.all([
    db().query.userJourneyEvent.findFirst({
      where: and(
        eq(dbUserJourneyEvent.journeyId, journeyId),
        eq(dbUserJourneyEvent.userId, userId),
        eventKey ? eq(dbUserJourneyEvent.eventKey, eventKey) : undefined,
        eventKeyName
          ? eq(dbUserJourneyEvent.eventKeyName, eventKeyName)
          : undefined,
        inArray(dbUserJourneyEvent.type, Array.from(ENTRY_TYPES)),
      ),
    }),
    db().query.journey.findFirst({ where: eq(dbJourney.id, journeyId) }),
    workspaceId
      ? db().query.workspace.findFirst({
          where: eq(dbWorkspace.id, workspaceId),
        })
      : null,
  ]);
  logger().debug(
    {
      previousExitEvent,
      journeyId,
      userId,
      eventKey,
      eventKeyName,
    },
    "previous exit event found, checking if journey is runnable",
  );
  if (!previousExitEvent) {
    return true;
  }

  logger().debug(
    {
      previousExitEvent,
    },
    "previous exit event found, checking if journey is runnable",
  );
  const canRunMultiple = !!journey?.canRunMultiple;
  if (!canRunMultiple) {
    logger().debug(
      {
        canRunMultiple,
        previousExitEvent,
      },
      "can run multiple is false, journey is not runnable",
    );
  }
  if (workspace?.status !== "Active") {
    logger().debug(
      {
        workspace: workspace ?? "missing",
      },
      "workspace is not active, journey is not runnable",
    );
    return false;
  }
  return canRunMultiple;
}

export async function onNodeProcessedV2(params: RecordNodeProcessedParams) {
  await recordNodeProcessed(params);
}

export interface BaseGetSegmentAssignmentParams {
  workspaceId: string;
  segmentId: string;
  userId: string;
  journeyId?: string;
}

export interface KeyedGetSegmentAssignmentParamsV1
  extends BaseGetSegmentAssignmentParams {
  keyValue: string;
  nowMs: number;
  events: UserWorkflowTrackEvent[];
  version: GetSegmentAssignmentVersion.V1;
}

export interface KeyedGetSegmentAssignmentParamsV2
  extends BaseGetSegmentAssignmentParams {
  keyValue: string;
  nowMs: number;
  eventIds: string[];
  version: GetSegmentAssignmentVersion.V2;
}

export type GetSegmentAssignmentParams =
  | BaseGetSegmentAssignmentParams
  | KeyedGetSegmentAssignmentParamsV1
  | KeyedGetSegmentAssignmentParamsV2;

export async function getSegmentAssignment(
  params: GetSegmentAssignmentParams,
): Promise<SegmentAssignment | null> {
  return withSpan({ name: "get-segment-assignment" }, async (span) => {
    span.setAttributes({
      workspaceId: params.workspaceId,
      segmentId: params.segmentId,
      userId: params.userId,
    });
    const { workspaceId, segmentId, userId } = params;
    const segment = await db().query.segment.findFirst({
      where: eq(dbSegment.id, segmentId),
    });
    if (!segment) {
      logger().error(
        {
          segmentId,
          workspaceId,
        },
        "segment not found",
      );
      span.setStatus({
        code: SpanStatusCode.ERROR,
        message: "segment not found",
      });
      return null;
    }
    if (!("version" in params)) {
      const assignment =
        (await getSegmentAssignmentDb({
          workspaceId,
          segmentId,
          userId,
        })) ?? false;

      span.setAttributes({
        source: "db",
        inSegment: String(assignment),
      });

      return {
        userId,
        workspaceId,
        segmentId,
        inSegment: assignment,
      };
    }
    let events: UserWorkflowTrackEvent[];
    switch (params.version) {
      case GetSegmentAssignmentVersion.V1:
        events = params.events;
        break;
      case GetSegmentAssignmentVersion.V2: {
        events = await getEventsByIdWithRetry(
          {
            workspaceId,
            eventIds: params.eventIds,
          },
          {
            userId,
            journeyId: params.journeyId,
          },
        );
        break;
      }
    }
    const definitionResult = schemaValidateWithErr(
      segment.definition,
      SegmentDefinition,
    );
    if (definitionResult.isErr()) {
      logger().error(
        {
          err: definitionResult.error,
        },
        "Invalid segment definition",
      );
      return null;
    }
    const { entryNode } = definitionResult.value;
    if (entryNode.type !== SegmentNodeType.KeyedPerformed) {
      const assignment =
        (await getSegmentAssignmentDb({
          workspaceId,
          segmentId,
          userId,
        })) ?? false;
      span.setAttributes({
        source: "db",
        inSegment: String(assignment),
      });
      return {
        userId,
        workspaceId,
        segmentId,
        inSegment: assignment,
      };
    }
    const inSegment = calculateKeyedSegment({
      events,
      keyValue: params.keyValue,
      definition: entryNode,
    });
    span.setAttributes({
      source: "mem",
      inSegment,
    });
    return {
      userId,
      workspaceId,
      segmentId,
      inSegment,
    };
  });
}

export function getWorkspace(workspaceId: string) {
  return db().query.workspace.findFirst({
    where: eq(dbWorkspace.id, workspaceId),
  });
}

export interface WaitForComputePropertiesParams {
  workspaceId: string;
  after: number;
  baseDelayMs?: number;
  maxAttempts?: number;
}

// Polls for the earliest compute-property period to advance beyond `after`.
// By default this will run up to ~18 minutes (5 attempts with exponential
// backoff; base delay is 36s, first sleep is 72s), but the base delay and
// attempt count can be tuned via config or per-call overrides.
const HEARTBEAT_CHUNK_MS = 10_000;

async function sleepWithHeartbeat({
  context,
  delayMs,
  heartbeatPayload,
}: {
  context: Context;
  delayMs: number;
  heartbeatPayload: Record<string, unknown>;
}) {
  let remaining = delayMs;
  while (remaining > 0) {
    const chunk = Math.min(HEARTBEAT_CHUNK_MS, remaining);
    // eslint-disable-next-line no-await-in-loop
    await sleep(chunk);
    remaining -= chunk;
    context.heartbeat(heartbeatPayload);
  }
}

// Polls for the earliest compute-property period to advance beyond `after`.
// By default this will run up to ~18 minutes (5 attempts with exponential
// backoff starting at 10s), but the base delay and attempt count can be tuned
// via config or per-call overrides.
export async function waitForComputeProperties({
  workspaceId,
  after,
  baseDelayMs,
  maxAttempts,
}: WaitForComputePropertiesParams): Promise<boolean> {
  const cfg = config();
  const effectiveBaseDelayMs =
    baseDelayMs ?? cfg.waitForComputePropertiesBaseDelayMs;
  const effectiveMaxAttempts =
    maxAttempts ?? cfg.waitForComputePropertiesMaxAttempts;
  const context = Context.current();
  logger().debug(
    {
      workspaceId,
      after,
      baseDelayMs: effectiveBaseDelayMs,
      maxAttempts: effectiveMaxAttempts,
    },
    "waitForComputeProperties started",
  );

  for (let attempt = 0; attempt < effectiveMaxAttempts; attempt += 1) {
    // eslint-disable-next-line no-await-in-loop
    const period = await getEarliestComputePropertyPeriod({ workspaceId });

    context.heartbeat({ attempt, period, workspaceId });
    logger().debug(
      {
        workspaceId,
        attempt,
        period,
        after,
      },
      "checking compute property sync progress",
    );

    const heartbeatPayload = { attempt, period, workspaceId, after };

    if (period > after) {
      logger().debug(
        {
          workspaceId,
          period,
          after,
        },
        "compute properties synced after message",
      );
      return true;
    }

    context.heartbeat(heartbeatPayload);

    if (attempt === effectiveMaxAttempts - 1) {
      break;
    }

    const delay = effectiveBaseDelayMs * 2 ** (attempt + 1);
    logger().debug(
      {
        workspaceId,
        delay,
        attempt,
      },
      "compute properties not synced, sleeping before retry",
    );

    // eslint-disable-next-line no-await-in-loop
    await sleepWithHeartbeat({
      context,
      delayMs: delay,
      heartbeatPayload,
    });
  }

  logger().warn(
    {
      workspaceId,
      after,
      attempts: effectiveMaxAttempts,
    },
    "waitForComputeProperties timed out",
  );
  return false;
}

let WORKFLOW_HISTORY_SIZE_HISTOGRAM: Histogram | null = null;
let WORKFLOW_HISTORY_LENGTH_HISTOGRAM: Histogram | null = null;

function workflowHistorySizeHistogram() {
  if (WORKFLOW_HISTORY_SIZE_HISTOGRAM !== null) {
    return WORKFLOW_HISTORY_SIZE_HISTOGRAM;
  }
  const meter = getMeter();
  const histogram = meter.createHistogram(WORKFLOW_HISTORY_SIZE_METRIC, {
    description: "Histogram for workflow history size in bytes",
    unit: "bytes",
  });
  WORKFLOW_HISTORY_SIZE_HISTOGRAM = histogram;
  return histogram;
}

function workflowHistoryLengthHistogram() {
  if (WORKFLOW_HISTORY_LENGTH_HISTOGRAM !== null) {
    return WORKFLOW_HISTORY_LENGTH_HISTOGRAM;
  }
  const meter = getMeter();
  const histogram = meter.createHistogram(WORKFLOW_HISTORY_LENGTH_METRIC, {
    description: "Histogram for workflow history length in events",
    unit: "1",
  });
  WORKFLOW_HISTORY_LENGTH_HISTOGRAM = histogram;
  return histogram;
}

export async function shouldReEnter({
  journeyId,
  userId,
  workspaceId,
}: {
  journeyId: string;
  userId: string;
  workspaceId: string;
}): Promise<boolean> {
  const journey = await db().query.journey.findFirst({
    where: and(
      eq(dbJourney.id, journeyId),
      eq(dbJourney.workspaceId, workspaceId),
    ),
  });
  if (!journey) {
    return false;
  }
  if (!journey.canRunMultiple) {
    logger().info(
      {
        journeyId,
        workspaceId: journey.workspaceId,
      },
      "journey cannot run multiple, skipping re-entry",
    );
    return false;
  }
  if (journey.status !== "Running") {
    logger().info(
      {
        journeyId,
        workspaceId: journey.workspaceId,
      },
      "journey is not running, skipping re-entry",
    );
    return false;
  }
  const definitionResult = schemaValidateWithErr(
    journey.definition,
    JourneyDefinition,
  );
  if (definitionResult.isErr()) {
    logger().error(
      {
        err: definitionResult.error,
      },
      "Invalid journey definition",
    );
    return false;
  }
  const definition = definitionResult.value;
  if (definition.entryNode.type !== JourneyNodeType.SegmentEntryNode) {
    return false;
  }
  const assignment = await getSegmentAssignmentDb({
    workspaceId,
    segmentId: definition.entryNode.segment,
    userId,
  });
  return assignment === true && definition.entryNode.reEnter === true;
}

// eslint-disable-next-line @typescript-eslint/require-await
export async function reportWorkflowInfo({
  historySize,
  historyLength,
  workspaceId,
  journeyId,
}: {
  historySize: number;
  historyLength: number;
  workspaceId: string;
  journeyId: string;
}): Promise<void> {
  const sizeHistogram = workflowHistorySizeHistogram();
  const lengthHistogram = workflowHistoryLengthHistogram();
  const journey = await db().query.journey.findFirst({
    where: and(
      eq(dbJourney.id, journeyId),
      eq(dbJourney.workspaceId, workspaceId),
    ),
    columns: {
      name: true,
    },
  });
  if (!journey) {
    logger().error(
      {
        journeyId,
        workspaceId,
      },
      "journey not found",
    );
    return;
  }

  const attributes = {
    workspaceId,
    journeyName: journey.name,
  } as const;
  sizeHistogram.record(historySize, attributes);
  lengthHistogram.record(historyLength, attributes);
}

export { getRandomNumber } from "../../temporal/activities/shared";
