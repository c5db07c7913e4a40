// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../core/resource';
import * as Shared from '../shared';
import { APIPromise } from '../../core/api-promise';
import { buildHeaders } from '../../internal/headers';
import { RequestOptions } from '../../internal/request-options';
import { path } from '../../internal/utils/path';

/**
 * Read and write a single user's notification preferences, per topic and per channel.
 */
export class Preferences extends APIResource {
  /**
   * Returns a user's preference overrides with paging, one entry per subscription
   * topic they have set a choice for.
   *
   * @example
   * ```ts
   * const preference = await client.users.preferences.retrieve(
   *   'user_id',
   * );
   * ```
   */
  retrieve(
    userID: string,
    query: PreferenceRetrieveParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<PreferenceRetrieveResponse> {
    return this._client.get(path`/users/${userID}/preferences`, { query, ...options });
  }

  /**
   * Replaces a user's entire set of preference overrides. Any topic you leave out is
   * reset to its default, so send the full set rather than a subset.
   *
   * @example
   * ```ts
   * const response = await client.users.preferences.bulkReplace(
   *   'user_id',
   *   {
   *     topics: [
   *       {
   *         topic_id: 'pt_01kx4h2jdafq8bk996nn92357r',
   *         status: 'OPTED_IN',
   *         has_custom_routing: true,
   *         custom_routing: ['inbox', 'email'],
   *       },
   *     ],
   *   },
   * );
   * ```
   */
  bulkReplace(
    userID: string,
    params: PreferenceBulkReplaceParams,
    options?: RequestOptions,
  ): APIPromise<PreferenceBulkReplaceResponse> {
    const { tenant_id, ...body } = params;
    return this._client.put(path`/users/${userID}/preferences`, { query: { tenant_id }, body, ...options });
  }

  /**
   * Adds or updates a user's preferences for several subscription topics at once.
   * Topics you leave out keep whatever they were set to before.
   *
   * @example
   * ```ts
   * const response = await client.users.preferences.bulkUpdate(
   *   'user_id',
   *   {
   *     topics: [
   *       {
   *         topic_id: 'pt_01kx4h2jdafq8bk996nn92357r',
   *         status: 'OPTED_IN',
   *         has_custom_routing: true,
   *         custom_routing: ['inbox', 'email'],
   *       },
   *       {
   *         topic_id: 'pt_01kx4h2jdafq8bk99eyt3dx43x',
   *         status: 'OPTED_OUT',
   *       },
   *     ],
   *   },
   * );
   * ```
   */
  bulkUpdate(
    userID: string,
    params: PreferenceBulkUpdateParams,
    options?: RequestOptions,
  ): APIPromise<PreferenceBulkUpdateResponse> {
    const {
      tenant_id,
      'Idempotency-Key': idempotencyKey,
      'x-idempotency-expiration': xIdempotencyExpiration,
      ...body
    } = params;
    return this._client.post(path`/users/${userID}/preferences`, {
      query: { tenant_id },
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
   * Removes a user's override for one subscription topic, resetting it to the
   * effective default from the tenant or workspace.
   *
   * @example
   * ```ts
   * await client.users.preferences.deleteTopic('topic_id', {
   *   user_id: 'user_id',
   * });
   * ```
   */
  deleteTopic(
    topicID: string,
    params: PreferenceDeleteTopicParams,
    options?: RequestOptions,
  ): APIPromise<void> {
    const { user_id, tenant_id } = params;
    return this._client.delete(path`/users/${user_id}/preferences/${topicID}`, {
      query: { tenant_id },
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Returns a user's opt-in status and channel choices for one subscription topic,
   * or the effective default if they have set no override.
   *
   * @example
   * ```ts
   * const response =
   *   await client.users.preferences.retrieveTopic('topic_id', {
   *     user_id: 'user_id',
   *   });
   * ```
   */
  retrieveTopic(
    topicID: string,
    params: PreferenceRetrieveTopicParams,
    options?: RequestOptions,
  ): APIPromise<PreferenceRetrieveTopicResponse> {
    const { user_id, ...query } = params;
    return this._client.get(path`/users/${user_id}/preferences/${topicID}`, { query, ...options });
  }

  /**
   * Sets a user's opt-in status and channel choices for one subscription topic,
   * overriding the tenant default for that topic only.
   *
   * @example
   * ```ts
   * const response =
   *   await client.users.preferences.updateOrCreateTopic(
   *     'topic_id',
   *     {
   *       user_id: 'user_id',
   *       topic: {
   *         status: 'OPTED_IN',
   *         has_custom_routing: true,
   *         custom_routing: ['inbox', 'email'],
   *       },
   *     },
   *   );
   * ```
   */
  updateOrCreateTopic(
    topicID: string,
    params: PreferenceUpdateOrCreateTopicParams,
    options?: RequestOptions,
  ): APIPromise<PreferenceUpdateOrCreateTopicResponse> {
    const { user_id, tenant_id, ...body } = params;
    return this._client.put(path`/users/${user_id}/preferences/${topicID}`, {
      query: { tenant_id },
      body,
      ...options,
    });
  }
}

/**
 * A single topic override echoed in a bulk preference response.
 */
export interface BulkPreferenceTopic {
  custom_routing: Array<Shared.ChannelClassification>;

  has_custom_routing: boolean;

  /**
   * The applied subscription status. Echoes the requested value, so it is always
   * OPTED_IN or OPTED_OUT.
   */
  status: 'OPTED_IN' | 'OPTED_OUT';

  topic_id: string;
}

export interface TopicPreference {
  /**
   * The topic's default status, returned on reads. It applies whenever the user has
   * no override of their own (status equals this value).
   */
  default_status: Shared.PreferenceStatus;

  /**
   * The user's subscription status for this topic. OPTED_IN or OPTED_OUT reflect the
   * user's own choice; REQUIRED is a topic-level default set in the preferences
   * editor, not a user choice.
   */
  status: Shared.PreferenceStatus;

  /**
   * The unique identifier of the subscription topic this preference applies to.
   */
  topic_id: string;

  /**
   * The display name of the subscription topic, returned on reads.
   */
  topic_name: string;

  /**
   * The channels the user has chosen to receive this topic on, present only when
   * has_custom_routing is true. One or more of: direct_message, email, push, sms,
   * webhook, inbox.
   */
  custom_routing?: Array<Shared.ChannelClassification> | null;

  /**
   * Whether the user has chosen specific delivery channels for this topic (listed in
   * custom_routing) rather than the topic's default routing.
   */
  has_custom_routing?: boolean | null;

  /**
   * The unique identifier of the section this topic belongs to. Always present when
   * listing a user's preferences; omitted by the single-topic read when the topic
   * has no resolvable section.
   */
  section_id?: string;

  /**
   * The display name of the section this topic belongs to. Always present when
   * listing a user's preferences; omitted by the single-topic read when the topic
   * has no resolvable section.
   */
  section_name?: string;
}

export interface PreferenceRetrieveResponse {
  /**
   * The Preferences associated with the user_id.
   */
  items: Array<TopicPreference>;

  /**
   * Deprecated - Paging not implemented on this endpoint
   */
  paging: Shared.Paging;
}

export interface PreferenceBulkReplaceResponse {
  /**
   * The ids of the overrides that were reset to their topic default.
   */
  deleted: Array<string>;

  /**
   * The complete resulting set of topic overrides for the user.
   */
  items: Array<BulkPreferenceTopic>;
}

export interface PreferenceBulkUpdateResponse {
  /**
   * The topics that could not be applied, each with a reason.
   */
  errors: Array<PreferenceBulkUpdateResponse.Error>;

  /**
   * The topics that were successfully created or updated.
   */
  items: Array<BulkPreferenceTopic>;
}

export namespace PreferenceBulkUpdateResponse {
  /**
   * A single topic that could not be applied in a bulk preference request.
   */
  export interface Error {
    /**
     * A human-readable explanation of why the topic could not be applied.
     */
    reason: string;

    topic_id: string;
  }
}

export interface PreferenceRetrieveTopicResponse {
  topic: TopicPreference;
}

export interface PreferenceUpdateOrCreateTopicResponse {
  message: string;
}

export interface PreferenceRetrieveParams {
  /**
   * Query the preferences of a user for this specific tenant context.
   */
  tenant_id?: string | null;
}

export interface PreferenceBulkReplaceParams {
  /**
   * Body param: The complete set of topic overrides for the user. Up to 50 topics
   * may be provided. Any existing override not listed here is reset to its topic
   * default; an empty array resets every existing override.
   */
  topics: Array<PreferenceBulkReplaceParams.Topic>;

  /**
   * Query param: Replace the preferences of a user for this specific tenant context.
   */
  tenant_id?: string | null;
}

export namespace PreferenceBulkReplaceParams {
  export interface Topic {
    /**
     * The subscription status to apply for this topic.
     */
    status: 'OPTED_IN' | 'OPTED_OUT';

    /**
     * A unique identifier associated with a subscription topic.
     */
    topic_id: string;

    /**
     * The channels a user has chosen to receive notifications through for this topic.
     */
    custom_routing?: Array<Shared.ChannelClassification>;

    /**
     * Whether the recipient has chosen specific delivery channels for this topic.
     */
    has_custom_routing?: boolean;
  }
}

export interface PreferenceBulkUpdateParams {
  /**
   * Body param: The topics to create or update. Between 1 and 50 topics may be
   * provided in a single request.
   */
  topics: Array<PreferenceBulkUpdateParams.Topic>;

  /**
   * Query param: Update the preferences of a user for this specific tenant context.
   */
  tenant_id?: string | null;

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

export namespace PreferenceBulkUpdateParams {
  export interface Topic {
    /**
     * The subscription status to apply for this topic.
     */
    status: 'OPTED_IN' | 'OPTED_OUT';

    /**
     * A unique identifier associated with a subscription topic.
     */
    topic_id: string;

    /**
     * The channels a user has chosen to receive notifications through for this topic.
     */
    custom_routing?: Array<Shared.ChannelClassification>;

    /**
     * Whether the recipient has chosen specific delivery channels for this topic.
     */
    has_custom_routing?: boolean;
  }
}

export interface PreferenceDeleteTopicParams {
  /**
   * Path param: A unique identifier associated with the user whose preferences you
   * wish to delete.
   */
  user_id: string;

  /**
   * Query param: Delete the preferences of a user for this specific tenant context.
   */
  tenant_id?: string | null;
}

export interface PreferenceRetrieveTopicParams {
  /**
   * Path param: A unique identifier associated with the user whose preferences you
   * wish to retrieve.
   */
  user_id: string;

  /**
   * Query param: Query the preferences of a user for this specific tenant context.
   */
  tenant_id?: string | null;
}

export interface PreferenceUpdateOrCreateTopicParams {
  /**
   * Path param: A unique identifier associated with the user whose preferences you
   * wish to retrieve.
   */
  user_id: string;

  /**
   * Body param
   */
  topic: PreferenceUpdateOrCreateTopicParams.Topic;

  /**
   * Query param: Update the preferences of a user for this specific tenant context.
   */
  tenant_id?: string | null;
}

export namespace PreferenceUpdateOrCreateTopicParams {
  export interface Topic {
    /**
     * The subscription status to set: OPTED_IN or OPTED_OUT. REQUIRED is a topic-level
     * default, not a user choice; the API rejects opting a user out of a REQUIRED
     * topic.
     */
    status: Shared.PreferenceStatus;

    /**
     * The channels to deliver this topic on when has_custom_routing is true. One or
     * more of: direct_message, email, push, sms, webhook, inbox.
     */
    custom_routing?: Array<Shared.ChannelClassification> | null;

    /**
     * Set to true to route this topic to the channels in custom_routing instead of the
     * topic's default routing.
     */
    has_custom_routing?: boolean | null;
  }
}

export declare namespace Preferences {
  export {
    type BulkPreferenceTopic as BulkPreferenceTopic,
    type TopicPreference as TopicPreference,
    type PreferenceRetrieveResponse as PreferenceRetrieveResponse,
    type PreferenceBulkReplaceResponse as PreferenceBulkReplaceResponse,
    type PreferenceBulkUpdateResponse as PreferenceBulkUpdateResponse,
    type PreferenceRetrieveTopicResponse as PreferenceRetrieveTopicResponse,
    type PreferenceUpdateOrCreateTopicResponse as PreferenceUpdateOrCreateTopicResponse,
    type PreferenceRetrieveParams as PreferenceRetrieveParams,
    type PreferenceBulkReplaceParams as PreferenceBulkReplaceParams,
    type PreferenceBulkUpdateParams as PreferenceBulkUpdateParams,
    type PreferenceDeleteTopicParams as PreferenceDeleteTopicParams,
    type PreferenceRetrieveTopicParams as PreferenceRetrieveTopicParams,
    type PreferenceUpdateOrCreateTopicParams as PreferenceUpdateOrCreateTopicParams,
  };
}
