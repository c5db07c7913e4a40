// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../core/resource';
import * as Shared from './shared';
import * as UsersAPI from './users/users';
import { APIPromise } from '../core/api-promise';
import { buildHeaders } from '../internal/headers';
import { RequestOptions } from '../internal/request-options';
import { path } from '../internal/utils/path';

/**
 * An Audience is a segment of users.
 */
export class Audiences extends APIResource {
  /**
   * Adds one or more members to the specified audience.
   *
   * @example
   * ```ts
   * await client.audiences.addMembers('key', {
   *   members: [
   *     {
   *       tenant: 'ingen_isla_nublar',
   *       user: {
   *         email: 'ellie@ingen.net',
   *         id: 'dr_sattler',
   *         name: 'Dr. Ellie Sattler',
   *       },
   *     },
   *   ],
   * });
   * ```
   */
  addMembers(key: string, params: AudienceAddMembersParams, options?: RequestOptions): APIPromise<void> {
    const { create_audience, ...body } = params;
    return this._client.post(path`/v1/audiences/${key}/members`, {
      query: { create_audience },
      body,
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Returns a paginated list of members for the specified audience.
   *
   * @example
   * ```ts
   * const response = await client.audiences.listMembers('key');
   * ```
   */
  listMembers(key: string, options?: RequestOptions): APIPromise<AudienceListMembersResponse> {
    return this._client.get(path`/v1/audiences/${key}/members`, options);
  }

  /**
   * Removes one or more members from the specified audience.
   *
   * @example
   * ```ts
   * await client.audiences.removeMembers('key', {
   *   members: [{ user: { id: 'dr_sattler' } }],
   * });
   * ```
   */
  removeMembers(key: string, body: AudienceRemoveMembersParams, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path`/v1/audiences/${key}/members`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }
}

/**
 * An audience member.
 */
export interface AudienceMember {
  /**
   * The typename of the schema.
   */
  __typename: string;

  /**
   * Timestamp when the resource was created.
   */
  added_at: string;

  /**
   * A [User](/concepts/users) represents an individual in your system who can
   * receive notifications through Knock. Users are the most common recipients of
   * notifications and are always referenced by your internal identifier.
   */
  user: UsersAPI.User;

  /**
   * The unique identifier of the user.
   */
  user_id: string;

  /**
   * The unique identifier for the tenant.
   */
  tenant?: string | null;
}

/**
 * A paginated list of audience members.
 */
export interface AudienceListMembersResponse {
  /**
   * A list of audience members.
   */
  entries: Array<AudienceMember>;

  /**
   * Pagination information for a list of resources.
   */
  page_info: Shared.PageInfo;
}

export interface AudienceAddMembersParams {
  /**
   * Body param: A list of audience members to add. You can add up to 1,000 members
   * per request.
   */
  members: Array<AudienceAddMembersParams.Member>;

  /**
   * Query param: Create the audience if it does not exist.
   */
  create_audience?: boolean;
}

export namespace AudienceAddMembersParams {
  /**
   * An audience member.
   */
  export interface Member {
    /**
     * A set of parameters to inline-identify a user with. Inline identifying the user
     * will ensure that the user is available before the request is executed in Knock.
     * It will perform an upsert for the user you're supplying, replacing any
     * properties specified.
     */
    user: UsersAPI.InlineIdentifyUserRequest;

    /**
     * The unique identifier for the tenant.
     */
    tenant?: string | null;
  }
}

export interface AudienceRemoveMembersParams {
  /**
   * A list of audience members to remove. You can remove up to 1,000 members per
   * request.
   */
  members: Array<AudienceRemoveMembersParams.Member>;
}

export namespace AudienceRemoveMembersParams {
  /**
   * An audience member.
   */
  export interface Member {
    /**
     * A set of parameters to inline-identify a user with. Inline identifying the user
     * will ensure that the user is available before the request is executed in Knock.
     * It will perform an upsert for the user you're supplying, replacing any
     * properties specified.
     */
    user: UsersAPI.InlineIdentifyUserRequest;

    /**
     * The unique identifier for the tenant.
     */
    tenant?: string | null;
  }
}

export declare namespace Audiences {
  export {
    type AudienceMember as AudienceMember,
    type AudienceListMembersResponse as AudienceListMembersResponse,
    type AudienceAddMembersParams as AudienceAddMembersParams,
    type AudienceRemoveMembersParams as AudienceRemoveMembersParams,
  };
}
