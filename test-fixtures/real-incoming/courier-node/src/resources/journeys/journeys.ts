// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../core/resource';
import * as JourneysAPI from './journeys';
import * as Shared from '../shared';
import * as RunsAPI from './runs';
import { RunListParams, Runs } from './runs';
import * as TemplatesAPI from './templates';
import {
  TemplateArchiveParams,
  TemplateCreateParams,
  TemplateListParams,
  TemplateListVersionsParams,
  TemplatePublishParams,
  TemplatePutContentParams,
  TemplatePutLocaleParams,
  TemplateReplaceParams,
  TemplateRetrieveContentParams,
  TemplateRetrieveParams,
  Templates,
} from './templates';
import { APIPromise } from '../../core/api-promise';
import { buildHeaders } from '../../internal/headers';
import { RequestOptions } from '../../internal/request-options';
import { path } from '../../internal/utils/path';

/**
 * Build, version, publish, invoke, and cancel multi-step notification workflows, along with the templates scoped to them.
 */
export class Journeys extends APIResource {
  templates: TemplatesAPI.Templates = new TemplatesAPI.Templates(this._client);
  runs: RunsAPI.Runs = new RunsAPI.Runs(this._client);

  /**
   * Creates a journey from a set of nodes, in draft state unless you pass a
   * published state. Send nodes cannot be included until their templates exist.
   *
   * @example
   * ```ts
   * const journeyResponse = await client.journeys.create({
   *   name: 'Welcome Journey',
   *   nodes: [
   *     {
   *       id: 'trigger-1',
   *       type: 'trigger',
   *       trigger_type: 'api-invoke',
   *     },
   *     {
   *       id: 'send-1',
   *       type: 'send',
   *       message: {
   *         template: 'nt_01kx4h2jdafq8bk9aftxak4b40',
   *       },
   *     },
   *     { id: 'exit-1', type: 'exit' },
   *   ],
   *   enabled: true,
   *   state: 'DRAFT',
   * });
   * ```
   */
  create(params: JourneyCreateParams, options?: RequestOptions): APIPromise<JourneyResponse> {
    const {
      'Idempotency-Key': idempotencyKey,
      'x-idempotency-expiration': xIdempotencyExpiration,
      ...body
    } = params;
    return this._client.post('/journeys', {
      body,
      ...options,
      headers: buildHeaders([
        {
          ...(idempotencyKey != null ? { 'Idempotency-Key': idempotencyKey } : undefined),
          ...(xIdempotencyExpiration != null ?
            { 'x-idempotency-expiration': xIdempotencyExpiration }
          : undefined),
        },
        options?.headers,
      ]),
    });
  }

  /**
   * Fetch a journey by id. Pass `?version=draft` (default `published`) to retrieve
   * the working draft, or `?version=vN` to retrieve a historical version.
   *
   * @example
   * ```ts
   * const journeyResponse = await client.journeys.retrieve('x');
   * ```
   */
  retrieve(
    templateID: string,
    query: JourneyRetrieveParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<JourneyResponse> {
    return this._client.get(path`/journeys/${templateID}`, { query, ...options });
  }

  /**
   * Lists the workspace's journeys, each carrying a name, state, and enabled flag.
   * Paged by cursor.
   *
   * @example
   * ```ts
   * const journeysListResponse = await client.journeys.list();
   * ```
   */
  list(
    query: JourneyListParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<JourneysListResponse> {
    return this._client.get('/journeys', { query, ...options });
  }

  /**
   * Archives a journey so it can no longer be invoked. Runs already in flight
   * continue to completion, so archiving never strands a user mid-sequence.
   *
   * @example
   * ```ts
   * await client.journeys.archive('x');
   * ```
   */
  archive(templateID: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path`/journeys/${templateID}`, {
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Cancels in-flight journey runs, either every run sharing a cancelation token or
   * one run by id. Use it to stop a sequence when the event resolves.
   *
   * @example
   * ```ts
   * const cancelJourneyResponse = await client.journeys.cancel({
   *   cancelation_token: 'order-1234',
   * });
   * ```
   */
  cancel(params: JourneyCancelParams, options?: RequestOptions): APIPromise<CancelJourneyResponse> {
    const {
      'Idempotency-Key': idempotencyKey,
      'x-idempotency-expiration': xIdempotencyExpiration,
      ...body
    } = params;
    return this._client.post('/journeys/cancel', {
      body,
      ...options,
      headers: buildHeaders([
        {
          ...(idempotencyKey != null ? { 'Idempotency-Key': idempotencyKey } : undefined),
          ...(xIdempotencyExpiration != null ?
            { 'x-idempotency-expiration': xIdempotencyExpiration }
          : undefined),
        },
        options?.headers,
      ]),
    });
  }

  /**
   * Starts a journey run for one user and returns a runId. Runs execute
   * asynchronously, so the response arrives before any message is sent.
   *
   * @example
   * ```ts
   * const journeysInvokeResponse = await client.journeys.invoke(
   *   'templateId',
   *   {
   *     data: { order_id: 'order-456', amount: 99.99 },
   *     user_id: 'user-123',
   *   },
   * );
   * ```
   */
  invoke(
    templateID: string,
    params: JourneyInvokeParams,
    options?: RequestOptions,
  ): APIPromise<JourneysInvokeResponse> {
    const {
      'Idempotency-Key': idempotencyKey,
      'x-idempotency-expiration': xIdempotencyExpiration,
      ...body
    } = params;
    return this._client.post(path`/journeys/${templateID}/invoke`, {
      body,
      ...options,
      headers: buildHeaders([
        {
          ...(idempotencyKey != null ? { 'Idempotency-Key': idempotencyKey } : undefined),
          ...(xIdempotencyExpiration != null ?
            { 'x-idempotency-expiration': xIdempotencyExpiration }
          : undefined),
        },
        options?.headers,
      ]),
    });
  }

  /**
   * Lists a journey's published versions, most recent first, so you have a version
   * id to roll back to. Paged by cursor.
   *
   * @example
   * ```ts
   * const journeyVersionsListResponse =
   *   await client.journeys.listVersions('x');
   * ```
   */
  listVersions(templateID: string, options?: RequestOptions): APIPromise<JourneyVersionsListResponse> {
    return this._client.get(path`/journeys/${templateID}/versions`, options);
  }

  /**
   * Publishes a journey's current draft as a new version, making it live for new
   * runs. Pass a version instead to roll back to an earlier one.
   *
   * @example
   * ```ts
   * const journeyResponse = await client.journeys.publish('x');
   * ```
   */
  publish(
    templateID: string,
    params: JourneyPublishParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<JourneyResponse> {
    const {
      'Idempotency-Key': idempotencyKey,
      'x-idempotency-expiration': xIdempotencyExpiration,
      ...body
    } = params ?? {};
    return this._client.post(path`/journeys/${templateID}/publish`, {
      body,
      ...options,
      headers: buildHeaders([
        {
          ...(idempotencyKey != null ? { 'Idempotency-Key': idempotencyKey } : undefined),
          ...(xIdempotencyExpiration != null ?
            { 'x-idempotency-expiration': xIdempotencyExpiration }
          : undefined),
        },
        options?.headers,
      ]),
    });
  }

  /**
   * Replaces a journey's working draft, leaving the published version live until you
   * publish. Reach for this when editing a journey already running.
   *
   * @example
   * ```ts
   * const journeyResponse = await client.journeys.replace('x', {
   *   name: 'Welcome Journey v2',
   *   nodes: [],
   *   enabled: true,
   *   state: 'DRAFT',
   * });
   * ```
   */
  replace(
    templateID: string,
    body: JourneyReplaceParams,
    options?: RequestOptions,
  ): APIPromise<JourneyResponse> {
    return this._client.put(path`/journeys/${templateID}`, { body, ...options });
  }
}

/**
 * Request body for `POST /journeys/cancel`. Provide EXACTLY ONE of
 * `cancelation_token` (cancels every run associated with the token) or `run_id`
 * (cancels a single tenant-scoped run).
 */
export type CancelJourneyRequest = CancelJourneyRequest.ByCancelationToken | CancelJourneyRequest.ByRunID;

export namespace CancelJourneyRequest {
  export interface ByCancelationToken {
    cancelation_token: string;
  }

  export interface ByRunID {
    run_id: string;
  }
}

/**
 * `202 Accepted` body for `POST /journeys/cancel`, returning the submitted
 * identifier. When called with `cancelation_token`, returns
 * `{ cancelation_token }`; when called with `run_id`, returns
 * `{ run_id, status }`.
 */
export type CancelJourneyResponse = CancelJourneyResponse.TokenBranch | CancelJourneyResponse.RunIDBranch;

export namespace CancelJourneyResponse {
  export interface TokenBranch {
    cancelation_token: string;
  }

  export interface RunIDBranch {
    run_id: string;

    /**
     * The run's resulting status. `CANCELED` when the run was active and has been
     * canceled; `PROCESSED` or `ERROR` when the run had already finished and was left
     * unchanged; `CANCELED` for an already-canceled run.
     */
    status: string;
  }
}

/**
 * Request body for creating a journey.
 */
export interface CreateJourneyRequest {
  name: string;

  nodes: Array<JourneyNode>;

  enabled?: boolean;

  /**
   * Lifecycle state of a journey.
   */
  state?: JourneyState;
}

/**
 * A journey template representing an automation workflow.
 */
export interface Journey {
  /**
   * The unique identifier of the journey.
   */
  id: string;

  /**
   * The name of the journey.
   */
  name: string;

  /**
   * The version of the journey (published or draft).
   */
  version: 'published' | 'draft';

  /**
   * ISO 8601 timestamp when the journey was created.
   */
  createdAt?: string;

  /**
   * ISO 8601 timestamp when the journey was last updated.
   */
  updatedAt?: string;
}

/**
 * Invoke an AI step with `user_prompt` and optional `web_search`. Returns a
 * structured response conforming to `output_schema`.
 */
export interface JourneyAINode {
  /**
   * A JSONSchema object (Draft-07-compatible). Validated at runtime by Ajv.
   */
  output_schema: { [key: string]: unknown };

  type: 'ai';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;

  model?: string;

  user_prompt?: string;

  web_search?: boolean;
}

/**
 * Trigger fired when the journey is invoked via the API. The optional `schema`
 * field is a JSON Schema that validates the invocation payload.
 */
export interface JourneyAPIInvokeTriggerNode {
  trigger_type: 'api-invoke';

  type: 'trigger';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;

  /**
   * A JSONSchema object (Draft-07-compatible). Validated at runtime by Ajv.
   */
  schema?: { [key: string]: unknown };
}

/**
 * Trigger fired when a user newly matches an Audience. Leaving and re-joining the
 * Audience re-enters the Journey. Membership is new-members-only: users already in
 * the Audience when the Journey is published do not enter. Unlike the v2
 * Automations audience trigger, there is no member scope, event type, or frequency
 * mode to configure, and `audience_id` must name one Audience — wildcards are not
 * supported.
 */
export interface JourneyAudienceTriggerNode {
  /**
   * The Audience to watch. Must name a single Audience; wildcards are not supported.
   */
  audience_id: string;

  trigger_type: 'audience';

  type: 'trigger';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;
}

/**
 * A single condition expressed as a positional tuple of strings.
 *
 * - Binary form (3 elements): `[path, operator, value]` where `operator` is one of
 *   `is equal`, `is not equal`, `contains`, `does not contain`, `starts with`,
 *   `ends with`, `greater than`, `greater than or equal`, `less than`,
 *   `less than or equal`.
 *
 *   Example: `["user.tier", "is equal", "gold"]`.
 *
 * - Unary form (2 elements): `[path, operator]` where `operator` is one of
 *   `exists`, `does not exist`.
 *
 *   Example: `["user.email", "exists"]`.
 *
 * The first element is a non-empty dot-path. The second element is the operator
 * (must come from one of the two operator sets above). For the binary form, the
 * third element is the comparison value (string). Runtime validation of the
 * operator value and arity is performed by the backend; SDKs surface this as a
 * string list.
 */
export type JourneyConditionAtom = Array<string>;

/**
 * A leaf condition group. Exactly one of `AND` or `OR` must be present at runtime;
 * each is a list of `JourneyConditionAtom` tuples.
 */
export interface JourneyConditionGroup {
  AND?: Array<JourneyConditionAtom>;

  OR?: Array<JourneyConditionAtom>;
}

/**
 * A nested condition group. Exactly one of `AND` or `OR` must be present at
 * runtime; each is a list of `JourneyConditionGroup` items.
 */
export interface JourneyConditionNestedGroup {
  AND?: Array<JourneyConditionGroup>;

  OR?: Array<JourneyConditionGroup>;
}

/**
 * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
 * group, or an AND/OR nested group. Omit the `conditions` property entirely to
 * express "no conditions".
 */
export type JourneyConditionsField =
  | JourneyConditionAtom
  | JourneyConditionGroup
  | JourneyConditionNestedGroup;

/**
 * Pause the journey run for a fixed `duration`.
 */
export interface JourneyDelayDurationNode {
  duration: string;

  mode: 'duration';

  type: 'delay';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;
}

/**
 * Pause the journey run `until` a specific time.
 */
export interface JourneyDelayUntilNode {
  mode: 'until';

  type: 'delay';

  until: string;

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;
}

/**
 * Terminate the journey run.
 */
export interface JourneyExitNode {
  type: 'exit';

  id?: string;
}

/**
 * A/B experiment config for a send node. The recipient is deterministically
 * bucketed by `bucketingKey` and routed to one of the `variants` in proportion to
 * its `weight`. Present on a send node INSTEAD OF `message.template`.
 */
export interface JourneyExperiment {
  /**
   * The value used to deterministically assign a recipient to a variant. Must be
   * non-empty with no leading or trailing whitespace.
   */
  bucketingKey: string;

  /**
   * Between 2 and 10 weighted template variants.
   */
  variants: Array<JourneyExperimentVariant>;

  /**
   * Unique experiment id (prefixed `exp_`). Omit to have one generated
   * automatically; when supplied it must be a valid `exp_` id.
   */
  id?: string;

  /**
   * Optional display name for the experiment.
   */
  name?: string;
}

/**
 * A single weighted variant of an experiment. Variant ids must be unique within
 * the experiment and the sum of all variant weights must be greater than 0.
 * Weights are relative (no sum-to-100 requirement) — routing normalizes them
 * proportionally.
 */
export interface JourneyExperimentVariant {
  id: string;

  /**
   * The notification template sent for this variant.
   */
  templateId: string;

  /**
   * Relative routing weight. Must be non-negative.
   */
  weight: number;

  /**
   * Optional display name for the variant.
   */
  name?: string;
}

/**
 * Issue an HTTP GET or DELETE request and merge the response into the journey
 * state per `merge_strategy`.
 */
export interface JourneyFetchGetDeleteNode {
  /**
   * Strategy for merging a fetch response into the journey run state.
   */
  merge_strategy: JourneyMergeStrategy;

  method: 'get' | 'delete';

  type: 'fetch';

  url: string;

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;

  headers?: { [key: string]: string };

  query_params?: { [key: string]: string };

  /**
   * A JSONSchema object (Draft-07-compatible). Validated at runtime by Ajv.
   */
  response_schema?: { [key: string]: unknown };
}

/**
 * Issue an HTTP POST or PUT request with a `body` and merge the response into the
 * journey state per `merge_strategy`.
 */
export interface JourneyFetchPostPutNode {
  /**
   * Strategy for merging a fetch response into the journey run state.
   */
  merge_strategy: JourneyMergeStrategy;

  method: 'post' | 'put';

  type: 'fetch';

  url: string;

  id?: string;

  body?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;

  headers?: { [key: string]: string };

  query_params?: { [key: string]: string };

  /**
   * A JSONSchema object (Draft-07-compatible). Validated at runtime by Ajv.
   */
  response_schema?: { [key: string]: unknown };
}

/**
 * Strategy for merging a fetch response into the journey run state.
 */
export type JourneyMergeStrategy = 'overwrite' | 'soft-merge' | 'replace' | 'none';

/**
 * A single node in a journey DAG. Discriminated by `type`, with a secondary
 * discriminator on some variants (`trigger_type` for trigger, `mode` for delay,
 * `method` for fetch, `scope` for throttle).
 */
export type JourneyNode =
  | JourneyAPIInvokeTriggerNode
  | JourneySegmentTriggerNode
  | JourneyAudienceTriggerNode
  | JourneyWebhookTriggerNode
  | JourneySendNode
  | JourneyDelayDurationNode
  | JourneyDelayUntilNode
  | JourneyFetchGetDeleteNode
  | JourneyFetchPostPutNode
  | JourneyAINode
  | JourneyThrottleStaticNode
  | JourneyThrottleDynamicNode
  | JourneyNode.JourneyBatchNode
  | JourneyNode.JourneyAddToDigestNode
  | JourneyExitNode
  | JourneyNode.JourneyBranchNode;

export namespace JourneyNode {
  /**
   * Collect events arriving at the node into a single batch and fire one downstream
   * step with the aggregated payload. The first event into a batch owns the run;
   * later contributing events terminate at the batch step. The batch releases when
   * any of `max_items` is reached, a quiet window of `wait_period` elapses, or the
   * `max_wait_period` ceiling hits.
   */
  export interface JourneyBatchNode {
    /**
     * ISO 8601 duration. Hard ceiling from the first event into the batch; releases
     * the batch unconditionally when it elapses.
     */
    max_wait_period: string;

    /**
     * How to select which collected events to retain in the aggregated payload when
     * the batch releases.
     */
    retain: JourneyBatchNode.Retain;

    scope: 'user';

    type: 'batch';

    /**
     * ISO 8601 duration. Quiet window that releases the batch when it elapses with no
     * new contributing events. Must be less than `max_wait_period`.
     */
    wait_period: string;

    id?: string;

    /**
     * Optional partition key. Events with the same `category_key` are batched
     * together; events with different values are batched separately.
     */
    category_key?: string;

    /**
     * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
     * group, or an AND/OR nested group. Omit the `conditions` property entirely to
     * express "no conditions".
     */
    conditions?: JourneysAPI.JourneyConditionsField;

    /**
     * Releases the batch once this many events have been collected.
     */
    max_items?: number;
  }

  export namespace JourneyBatchNode {
    /**
     * How to select which collected events to retain in the aggregated payload when
     * the batch releases.
     */
    export interface Retain {
      count: number;

      type: 'first' | 'last' | 'highest' | 'lowest';

      /**
       * Dot-path into the event payload (e.g. `data.priority`). Required when `type` is
       * `highest` or `lowest`.
       */
      sort_key?: string;
    }
  }

  /**
   * Add the current event to a digest keyed by the given subscription topic. The
   * digest accumulates events and releases them on the schedule configured for the
   * topic.
   */
  export interface JourneyAddToDigestNode {
    /**
     * The subscription topic that owns the digest the event is added to.
     */
    subscription_topic_id: string;

    type: 'add-to-digest';

    id?: string;

    /**
     * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
     * group, or an AND/OR nested group. Omit the `conditions` property entirely to
     * express "no conditions".
     */
    conditions?: JourneysAPI.JourneyConditionsField;
  }

  /**
   * Branch node. Routes to the first entry in `paths[]` whose `conditions` match,
   * else falls through to `default.nodes`.
   */
  export interface JourneyBranchNode {
    default: JourneyBranchNode.Default;

    paths: Array<JourneyBranchNode.Path>;

    type: 'branch';

    id?: string;
  }

  export namespace JourneyBranchNode {
    export interface Default {
      nodes: Array<JourneysAPI.JourneyNode>;

      label?: string;
    }

    export interface Path {
      /**
       * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
       * group, or an AND/OR nested group. Omit the `conditions` property entirely to
       * express "no conditions".
       */
      conditions: JourneysAPI.JourneyConditionsField;

      nodes: Array<JourneysAPI.JourneyNode>;

      label?: string;
    }
  }
}

/**
 * Request body for publishing a journey. Pass `version` to roll back to a prior
 * version; omit to publish the current draft.
 */
export interface JourneyPublishRequest {
  version?: string;
}

/**
 * A journey, with its current draft or published nodes and metadata.
 */
export interface JourneyResponse {
  id: string;

  created: number | null;

  creator: string | null;

  enabled: boolean;

  name: string;

  nodes: Array<JourneyNode>;

  published: number | null;

  /**
   * Lifecycle state of a journey.
   */
  state: JourneyState;

  updated: number | null;

  updater: string | null;
}

/**
 * One run of a Journey. `status` and `created_at` are absent on a small number of
 * legacy runs stored without them.
 */
export interface JourneyRun {
  /**
   * A unique identifier representing the run.
   */
  run_id: string;

  /**
   * Internal provenance strings describing what started the run, e.g.
   * `invoke/<journey_id>` or `segment/page/Pricing Page`. Diagnostic only — the
   * format is unstable and should not be parsed.
   */
  source: Array<string>;

  /**
   * When the run started, as an ISO 8601 timestamp.
   */
  created_at?: string;

  /**
   * The state of the run: `PROCESSING`, `PROCESSED`, `WAITING`, `CANCELED`, `ERROR`,
   * `THROTTLED`, or `NOT PROCESSED`. Not an enum — new values have been added
   * before.
   */
  status?: string;

  /**
   * The id of the Journey this run belongs to.
   */
  template_id?: string;

  /**
   * When the run last changed state, as an ISO 8601 timestamp.
   */
  updated_at?: string;
}

/**
 * A Journey run as it appears in a list response, without `updated_at`.
 */
export interface JourneyRunListItem {
  /**
   * A unique identifier representing the run.
   */
  run_id: string;

  /**
   * Internal provenance strings describing what started the run. Diagnostic only.
   */
  source: Array<string>;

  /**
   * When the run started, as an ISO 8601 timestamp.
   */
  created_at?: string;

  /**
   * The state of the run. See `JourneyRun.status` for the values it takes.
   */
  status?: string;

  /**
   * The id of the Journey this run belongs to.
   */
  template_id?: string;
}

/**
 * A page of Journey runs.
 */
export interface JourneyRunListResponse {
  runs: Array<JourneyRunListItem>;

  /**
   * Pass back as `cursor` to fetch the next page. Absent on the last page.
   */
  next_cursor?: string;

  /**
   * Pass back as `cursor` to fetch the previous page. Absent on the first page.
   */
  prev_cursor?: string;
}

/**
 * A single Journey run.
 */
export interface JourneyRunResponse {
  /**
   * One run of a Journey. `status` and `created_at` are absent on a small number of
   * legacy runs stored without them.
   */
  run: JourneyRun;
}

/**
 * One executed node of a Journey run. `node_id` is the id of the node in the
 * published Journey, so a step maps directly onto the Journey graph.
 */
export interface JourneyRunStep {
  /**
   * The kind of node that ran, e.g. `send`, `delay`, or `exit`.
   */
  action: string;

  /**
   * The state of the step: the seven run statuses, plus `SKIPPED` and `COMPUTING`.
   * Not an enum — new values have been added before.
   */
  status: string;

  /**
   * When the step started, as an ISO 8601 timestamp.
   */
  created_at?: string;

  /**
   * The message this step produced, present on send steps. Pass it to
   * `GET /messages/{message_id}` for delivery status. A send to a List or an
   * Audience yields one id for the request, not one per recipient.
   */
  message_id?: string;

  /**
   * The id of the node in the published Journey that this step executed.
   */
  node_id?: string;

  /**
   * When the step last changed state, as an ISO 8601 timestamp.
   */
  updated_at?: string;
}

/**
 * Every step of a Journey run. Not paginated.
 */
export interface JourneyRunStepsResponse {
  steps: Array<JourneyRunStep>;
}

/**
 * Trigger fired by a segment event (`identify`, `group`, `track`, or `page`). A
 * trigger with no `event_id` fires on any event of its type — the only shape
 * `identify` and `group` can take, and the one that catches a stock
 * `analytics.page()` call.
 */
export interface JourneySegmentTriggerNode {
  request_type: 'identify' | 'group' | 'track' | 'page';

  trigger_type: 'segment';

  type: 'trigger';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;

  event_id?: string;
}

/**
 * Send to the recipient. A send node sources its content from EXACTLY ONE of
 * `message.template` (a single notification template) or `experiment` (an A/B
 * split across weighted template variants) — supplying both, or neither, is
 * rejected. Optionally override the recipient address, send as a tenant, delay the
 * send, or attach `data`.
 */
export interface JourneySendNode {
  message: JourneySendNode.Message;

  type: 'send';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;

  /**
   * A/B experiment config for a send node. The recipient is deterministically
   * bucketed by `bucketingKey` and routed to one of the `variants` in proportion to
   * its `weight`. Present on a send node INSTEAD OF `message.template`.
   */
  experiment?: JourneyExperiment;
}

export namespace JourneySendNode {
  export interface Message {
    /**
     * Tenant context for this send. Set it to deliver on behalf of one of your
     * customers, so the message uses that tenant's brand and settings.
     */
    context?: Message.Context;

    data?: { [key: string]: unknown };

    delay?: Message.Delay;

    template?: string;

    to?: Message.To;
  }

  export namespace Message {
    /**
     * Tenant context for this send. Set it to deliver on behalf of one of your
     * customers, so the message uses that tenant's brand and settings.
     */
    export interface Context {
      /**
       * The tenant to send as. Accepts either a literal tenant id (`acme-tenant`) or a
       * whole-string mustache reference to a value the run already holds —
       * `{{data.tenant_id}}` from the invocation payload, or `{{f1.body.tenant_id}}`
       * from the response of an earlier fetch node with id `f1`. A reference is resolved
       * separately on every run, so a single journey can deliver as many tenants. Two
       * forms are rejected with `400`: mid-string interpolation such as
       * `tenant-{{data.region}}`, and any value beginning with `refs.`, which is
       * reserved for internal use. A reference that resolves to nothing at run time does
       * not stop the run — the message is still sent, with no tenant context — so make
       * sure the referenced value is always present. `GET` returns the value in the same
       * form it was supplied.
       */
      tenant_id: string;
    }

    export interface Delay {
      until: string;

      timezone?: string;
    }

    export interface To {
      email_override?: string;

      phone_number_override?: string;

      user_id_override?: string;
    }
  }
}

/**
 * Lifecycle state of a journey.
 */
export type JourneyState = 'DRAFT' | 'PUBLISHED';

/**
 * Request body for creating a notification template scoped to a journey.
 */
export interface JourneyTemplateCreateRequest {
  channel: string;

  notification: JourneyTemplateCreateRequest.Notification;

  providerKey?: string;

  state?: string;
}

export namespace JourneyTemplateCreateRequest {
  export interface Notification {
    brand: Notification.Brand | null;

    content: Notification.Content;

    name: string;

    subscription: Notification.Subscription | null;

    tags: Array<string>;
  }

  export namespace Notification {
    export interface Brand {
      id: string;
    }

    export interface Content {
      elements: Array<Shared.ElementalNode>;

      version: '2022-01-01';

      scope?: 'default' | 'strict';
    }

    export interface Subscription {
      topic_id: string;
    }
  }
}

/**
 * A journey-scoped notification template.
 */
export interface JourneyTemplateGetResponse {
  id: string;

  brand: JourneyTemplateGetResponse.Brand | null;

  content: JourneyTemplateGetResponse.Content;

  created: number;

  creator: string;

  name: string;

  state: 'DRAFT' | 'PUBLISHED';

  subscription: JourneyTemplateGetResponse.Subscription | null;

  tags: Array<string>;

  updated?: number;

  updater?: string;
}

export namespace JourneyTemplateGetResponse {
  export interface Brand {
    id: string;
  }

  export interface Content {
    elements: Array<Shared.ElementalNode>;

    version: '2022-01-01';

    scope?: 'default' | 'strict';
  }

  export interface Subscription {
    topic_id: string;
  }
}

/**
 * Paged list of journey-scoped notification templates.
 */
export interface JourneyTemplateListResponse {
  paging: Shared.Paging;

  results: Array<JourneyTemplateSummary>;
}

/**
 * Request body for publishing a journey-scoped notification template. Pass
 * `version` to roll back to a prior version; omit to publish the current draft.
 */
export interface JourneyTemplatePublishRequest {
  version?: string;
}

/**
 * Request body for replacing a journey-scoped notification template draft.
 */
export interface JourneyTemplateReplaceRequest {
  notification: JourneyTemplateReplaceRequest.Notification;

  state?: string;
}

export namespace JourneyTemplateReplaceRequest {
  export interface Notification {
    brand: Notification.Brand | null;

    content: Notification.Content;

    name: string;

    subscription: Notification.Subscription | null;

    tags: Array<string>;
  }

  export namespace Notification {
    export interface Brand {
      id: string;
    }

    export interface Content {
      elements: Array<Shared.ElementalNode>;

      version: '2022-01-01';

      scope?: 'default' | 'strict';
    }

    export interface Subscription {
      topic_id: string;
    }
  }
}

/**
 * Summary fields of a journey-scoped notification template returned in list
 * responses.
 */
export interface JourneyTemplateSummary {
  id: string;

  created: number;

  creator: string;

  name: string;

  state: string;

  tags: Array<string>;

  updated?: number;

  updater?: string;
}

/**
 * Throttle the journey by a dynamic `throttle_key`, allowing at most `max_allowed`
 * invocations per `period`.
 */
export interface JourneyThrottleDynamicNode {
  max_allowed: number;

  period: string;

  scope: 'dynamic';

  throttle_key: string;

  type: 'throttle';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;
}

/**
 * Throttle the journey by a static `scope` (`user` or `global`), allowing at most
 * `max_allowed` invocations per `period`.
 */
export interface JourneyThrottleStaticNode {
  max_allowed: number;

  period: string;

  scope: 'user' | 'global';

  type: 'throttle';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;
}

/**
 * A published version of a journey.
 */
export interface JourneyVersionItem {
  created: number | null;

  creator: string | null;

  name: string;

  published: number | null;

  version: string;
}

/**
 * Paged list of published journey versions, most recent first.
 */
export interface JourneyVersionsListResponse {
  paging: Shared.Paging;

  results: Array<JourneyVersionItem>;
}

/**
 * Trigger fired when an external system POSTs to the webhook URL minted for
 * `event_source`. Narrow it to one event with `event_id`, or omit `event_id` to
 * accept every event delivered to the URL.
 */
export interface JourneyWebhookTriggerNode {
  /**
   * The provider key the webhook URL is minted for. Required, and must not contain a
   * forward slash.
   */
  event_source: string;

  trigger_type: 'webhook';

  type: 'trigger';

  id?: string;

  /**
   * Condition spec for a journey node. Accepts a single condition atom, an AND/OR
   * group, or an AND/OR nested group. Omit the `conditions` property entirely to
   * express "no conditions".
   */
  conditions?: JourneyConditionsField;

  /**
   * An optional event filter, matched against the payload's `event` field. A sender
   * that supplies no `event` matches the literal `custom`. Must not contain a
   * forward slash. Omit to accept every event delivered to the URL.
   */
  event_id?: string;
}

/**
 * Request body for invoking a journey. Requires either a user identifier or a
 * profile with contact information. User identifiers can be provided via user_id
 * field, or resolved from profile/data objects (user_id, userId, or anonymousId
 * fields).
 */
export interface JourneysInvokeRequest {
  /**
   * Data payload passed to the journey. The expected shape can be predefined using
   * the schema builder in the journey editor. This data is available in journey
   * steps for condition evaluation and template variable interpolation. Can also
   * contain user identifiers (user_id, userId, anonymousId) if not provided
   * elsewhere.
   */
  data?: { [key: string]: unknown };

  /**
   * Profile data for the user. Can contain contact information (email,
   * phone_number), user identifiers (user_id, userId, anonymousId), or any custom
   * profile fields. Profile fields are merged with any existing stored profile for
   * the user. Include context.tenant_id to load a tenant-scoped profile for
   * multi-tenant scenarios.
   */
  profile?: { [key: string]: unknown };

  /**
   * A unique identifier for the user. If not provided, the system will attempt to
   * resolve the user identifier from profile or data objects.
   */
  user_id?: string;
}

export interface JourneysInvokeResponse {
  /**
   * A unique identifier for the journey run that was created.
   */
  runId: string;
}

export interface JourneysListResponse {
  /**
   * A cursor token for pagination. Present when there are more results available.
   */
  cursor?: string;

  templates?: Array<Journey>;
}

export interface JourneyCreateParams {
  /**
   * Body param
   */
  name: string;

  /**
   * Body param
   */
  nodes: Array<JourneyNode>;

  /**
   * Body param
   */
  enabled?: boolean;

  /**
   * Body param: Lifecycle state of a journey.
   */
  state?: JourneyState;

  /**
   * Header param: A unique key that makes this request idempotent. If Courier
   * receives another request with the same `Idempotency-Key`, it returns the stored
   * response from the first request without performing the operation again
   * (including the original status code and any error). Use it to safely retry
   * `POST` requests after network failures without risking duplicate sends. The key
   * is scoped to this endpoint.
   */
  'Idempotency-Key'?: string;

  /**
   * Header param: How long the idempotency key remains valid, as a Unix epoch
   * timestamp in seconds or an ISO 8601 date string. Only applies when
   * `Idempotency-Key` is provided. If omitted, the key is retained for 25 hours; the
   * maximum is 1 year.
   */
  'x-idempotency-expiration'?: string;
}

export interface JourneyRetrieveParams {
  /**
   * Version selector: `draft`, `published` (default), or `vN`.
   */
  version?: string;
}

export interface JourneyListParams {
  /**
   * A cursor token for pagination. Use the cursor from the previous response to
   * fetch the next page of results.
   */
  cursor?: string;

  /**
   * The version of journeys to retrieve. Accepted values are published (for
   * published journeys) or draft (for draft journeys). Defaults to published.
   */
  version?: 'published' | 'draft';
}

export type JourneyCancelParams = JourneyCancelParams.ByCancelationToken | JourneyCancelParams.ByRunID;

export declare namespace JourneyCancelParams {
  export interface ByCancelationToken {
    /**
     * Body param
     */
    cancelation_token: string;

    /**
     * Header param: A unique key that makes this request idempotent. If Courier
     * receives another request with the same `Idempotency-Key`, it returns the stored
     * response from the first request without performing the operation again
     * (including the original status code and any error). Use it to safely retry
     * `POST` requests after network failures without risking duplicate sends. The key
     * is scoped to this endpoint.
     */
    'Idempotency-Key'?: string;

    /**
     * Header param: How long the idempotency key remains valid, as a Unix epoch
     * timestamp in seconds or an ISO 8601 date string. Only applies when
     * `Idempotency-Key` is provided. If omitted, the key is retained for 25 hours; the
     * maximum is 1 year.
     */
    'x-idempotency-expiration'?: string;
  }

  export interface ByRunID {
    /**
     * Body param
     */
    run_id: string;

    /**
     * Header param: A unique key that makes this request idempotent. If Courier
     * receives another request with the same `Idempotency-Key`, it returns the stored
     * response from the first request without performing the operation again
     * (including the original status code and any error). Use it to safely retry
     * `POST` requests after network failures without risking duplicate sends. The key
     * is scoped to this endpoint.
     */
    'Idempotency-Key'?: string;

    /**
     * Header param: How long the idempotency key remains valid, as a Unix epoch
     * timestamp in seconds or an ISO 8601 date string. Only applies when
     * `Idempotency-Key` is provided. If omitted, the key is retained for 25 hours; the
     * maximum is 1 year.
     */
    'x-idempotency-expiration'?: string;
  }
}

export interface JourneyInvokeParams {
  /**
   * Body param: Data payload passed to the journey. The expected shape can be
   * predefined using the schema builder in the journey editor. This data is
   * available in journey steps for condition evaluation and template variable
   * interpolation. Can also contain user identifiers (user_id, userId, anonymousId)
   * if not provided elsewhere.
   */
  data?: { [key: string]: unknown };

  /**
   * Body param: Profile data for the user. Can contain contact information (email,
   * phone_number), user identifiers (user_id, userId, anonymousId), or any custom
   * profile fields. Profile fields are merged with any existing stored profile for
   * the user. Include context.tenant_id to load a tenant-scoped profile for
   * multi-tenant scenarios.
   */
  profile?: { [key: string]: unknown };

  /**
   * Body param: A unique identifier for the user. If not provided, the system will
   * attempt to resolve the user identifier from profile or data objects.
   */
  user_id?: string;

  /**
   * Header param: A unique key that makes this request idempotent. If Courier
   * receives another request with the same `Idempotency-Key`, it returns the stored
   * response from the first request without performing the operation again
   * (including the original status code and any error). Use it to safely retry
   * `POST` requests after network failures without risking duplicate sends. The key
   * is scoped to this endpoint.
   */
  'Idempotency-Key'?: string;

  /**
   * Header param: How long the idempotency key remains valid, as a Unix epoch
   * timestamp in seconds or an ISO 8601 date string. Only applies when
   * `Idempotency-Key` is provided. If omitted, the key is retained for 25 hours; the
   * maximum is 1 year.
   */
  'x-idempotency-expiration'?: string;
}

export interface JourneyPublishParams {
  /**
   * Body param
   */
  version?: string;

  /**
   * Header param: A unique key that makes this request idempotent. If Courier
   * receives another request with the same `Idempotency-Key`, it returns the stored
   * response from the first request without performing the operation again
   * (including the original status code and any error). Use it to safely retry
   * `POST` requests after network failures without risking duplicate sends. The key
   * is scoped to this endpoint.
   */
  'Idempotency-Key'?: string;

  /**
   * Header param: How long the idempotency key remains valid, as a Unix epoch
   * timestamp in seconds or an ISO 8601 date string. Only applies when
   * `Idempotency-Key` is provided. If omitted, the key is retained for 25 hours; the
   * maximum is 1 year.
   */
  'x-idempotency-expiration'?: string;
}

export interface JourneyReplaceParams {
  name: string;

  nodes: Array<JourneyNode>;

  enabled?: boolean;

  /**
   * Lifecycle state of a journey.
   */
  state?: JourneyState;
}

Journeys.Templates = Templates;
Journeys.Runs = Runs;

export declare namespace Journeys {
  export {
    type CancelJourneyRequest as CancelJourneyRequest,
    type CancelJourneyResponse as CancelJourneyResponse,
    type CreateJourneyRequest as CreateJourneyRequest,
    type Journey as Journey,
    type JourneyAINode as JourneyAINode,
    type JourneyAPIInvokeTriggerNode as JourneyAPIInvokeTriggerNode,
    type JourneyAudienceTriggerNode as JourneyAudienceTriggerNode,
    type JourneyConditionAtom as JourneyConditionAtom,
    type JourneyConditionGroup as JourneyConditionGroup,
    type JourneyConditionNestedGroup as JourneyConditionNestedGroup,
    type JourneyConditionsField as JourneyConditionsField,
    type JourneyDelayDurationNode as JourneyDelayDurationNode,
    type JourneyDelayUntilNode as JourneyDelayUntilNode,
    type JourneyExitNode as JourneyExitNode,
    type JourneyExperiment as JourneyExperiment,
    type JourneyExperimentVariant as JourneyExperimentVariant,
    type JourneyFetchGetDeleteNode as JourneyFetchGetDeleteNode,
    type JourneyFetchPostPutNode as JourneyFetchPostPutNode,
    type JourneyMergeStrategy as JourneyMergeStrategy,
    type JourneyNode as JourneyNode,
    type JourneyPublishRequest as JourneyPublishRequest,
    type JourneyResponse as JourneyResponse,
    type JourneyRun as JourneyRun,
    type JourneyRunListItem as JourneyRunListItem,
    type JourneyRunListResponse as JourneyRunListResponse,
    type JourneyRunResponse as JourneyRunResponse,
    type JourneyRunStep as JourneyRunStep,
    type JourneyRunStepsResponse as JourneyRunStepsResponse,
    type JourneySegmentTriggerNode as JourneySegmentTriggerNode,
    type JourneySendNode as JourneySendNode,
    type JourneyState as JourneyState,
    type JourneyTemplateCreateRequest as JourneyTemplateCreateRequest,
    type JourneyTemplateGetResponse as JourneyTemplateGetResponse,
    type JourneyTemplateListResponse as JourneyTemplateListResponse,
    type JourneyTemplatePublishRequest as JourneyTemplatePublishRequest,
    type JourneyTemplateReplaceRequest as JourneyTemplateReplaceRequest,
    type JourneyTemplateSummary as JourneyTemplateSummary,
    type JourneyThrottleDynamicNode as JourneyThrottleDynamicNode,
    type JourneyThrottleStaticNode as JourneyThrottleStaticNode,
    type JourneyVersionItem as JourneyVersionItem,
    type JourneyVersionsListResponse as JourneyVersionsListResponse,
    type JourneyWebhookTriggerNode as JourneyWebhookTriggerNode,
    type JourneysInvokeRequest as JourneysInvokeRequest,
    type JourneysInvokeResponse as JourneysInvokeResponse,
    type JourneysListResponse as JourneysListResponse,
    type JourneyCreateParams as JourneyCreateParams,
    type JourneyRetrieveParams as JourneyRetrieveParams,
    type JourneyListParams as JourneyListParams,
    type JourneyCancelParams as JourneyCancelParams,
    type JourneyInvokeParams as JourneyInvokeParams,
    type JourneyPublishParams as JourneyPublishParams,
    type JourneyReplaceParams as JourneyReplaceParams,
  };

  export {
    Templates as Templates,
    type TemplateCreateParams as TemplateCreateParams,
    type TemplateRetrieveParams as TemplateRetrieveParams,
    type TemplateListParams as TemplateListParams,
    type TemplateArchiveParams as TemplateArchiveParams,
    type TemplateListVersionsParams as TemplateListVersionsParams,
    type TemplatePublishParams as TemplatePublishParams,
    type TemplatePutContentParams as TemplatePutContentParams,
    type TemplatePutLocaleParams as TemplatePutLocaleParams,
    type TemplateReplaceParams as TemplateReplaceParams,
    type TemplateRetrieveContentParams as TemplateRetrieveContentParams,
  };

  export { Runs as Runs, type RunListParams as RunListParams };
}
