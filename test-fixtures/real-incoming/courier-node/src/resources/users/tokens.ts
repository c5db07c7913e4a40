// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../core/resource';
import { APIPromise } from '../../core/api-promise';
import { buildHeaders } from '../../internal/headers';
import { RequestOptions } from '../../internal/request-options';
import { path } from '../../internal/utils/path';

/**
 * Register and manage the APNS and FCM device tokens Courier delivers push notifications to.
 */
export class Tokens extends APIResource {
  /**
   * Returns one device token with its provider key, status and status reason, expiry
   * date, and any properties stored alongside it.
   *
   * @example
   * ```ts
   * const token = await client.users.tokens.retrieve('token', {
   *   user_id: 'user_id',
   * });
   * ```
   */
  retrieve(
    token: string,
    params: TokenRetrieveParams,
    options?: RequestOptions,
  ): APIPromise<TokenRetrieveResponse> {
    const { user_id } = params;
    return this._client.get(path`/users/${user_id}/tokens/${token}`, options);
  }

  /**
   * Applies a JSON Patch to a device token, changing its status, expiry, or
   * properties without re-registering it.
   *
   * @example
   * ```ts
   * await client.users.tokens.update('token', {
   *   user_id: 'user_id',
   *   patch: [
   *     {
   *       op: 'replace',
   *       path: '/expiry_date',
   *       value: '2024-12-31T00:00:00.000Z',
   *     },
   *   ],
   * });
   * ```
   */
  update(token: string, params: TokenUpdateParams, options?: RequestOptions): APIPromise<void> {
    const { user_id, ...body } = params;
    return this._client.patch(path`/users/${user_id}/tokens/${token}`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Returns every device token registered for a user, each with its provider key,
   * status, and expiry date.
   *
   * @example
   * ```ts
   * const tokens = await client.users.tokens.list('user_id');
   * ```
   */
  list(userID: string, options?: RequestOptions): APIPromise<TokenListResponse> {
    return this._client.get(path`/users/${userID}/tokens`, options);
  }

  /**
   * Deletes one device token for a user, addressed by the token value, so push sends
   * no longer target that device.
   *
   * @example
   * ```ts
   * await client.users.tokens.delete('token', {
   *   user_id: 'user_id',
   * });
   * ```
   */
  delete(token: string, params: TokenDeleteParams, options?: RequestOptions): APIPromise<void> {
    const { user_id } = params;
    return this._client.delete(path`/users/${user_id}/tokens/${token}`, {
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Registers several device tokens for a user in one call, overwriting any stored
   * token with a matching value.
   *
   * @example
   * ```ts
   * await client.users.tokens.addMultiple('user_id');
   * ```
   */
  addMultiple(userID: string, options?: RequestOptions): APIPromise<void> {
    return this._client.put(path`/users/${userID}/tokens`, {
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Registers one device token for a user against a provider key, overwriting the
   * token if it already exists. Push sends resolve tokens per user.
   *
   * @example
   * ```ts
   * await client.users.tokens.addSingle('token', {
   *   user_id: 'user_id',
   *   provider_key: 'firebase-fcm',
   *   device: { app_id: 'com.example.app' },
   * });
   * ```
   */
  addSingle(token: string, params: TokenAddSingleParams, options?: RequestOptions): APIPromise<void> {
    const { user_id, ...body } = params;
    return this._client.put(path`/users/${user_id}/tokens/${token}`, {
      body,
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }
}

export interface UserToken {
  /**
   * Full body of the token. Must match token in URL path parameter.
   */
  token: string;

  provider_key: 'firebase-fcm' | 'apn' | 'expo' | 'onesignal';

  /**
   * Information about the device the token came from.
   */
  device?: UserToken.Device | null;

  /**
   * ISO 8601 formatted date the token expires. Defaults to 2 months. Set to false to
   * disable expiration.
   */
  expiry_date?: string | boolean | null;

  /**
   * Properties about the token.
   */
  properties?: unknown;

  /**
   * Tracking information about the device the token came from.
   */
  tracking?: UserToken.Tracking | null;
}

export namespace UserToken {
  /**
   * Information about the device the token came from.
   */
  export interface Device {
    /**
     * Id of the advertising identifier
     */
    ad_id?: string | null;

    /**
     * Id of the application the token is used for
     */
    app_id?: string | null;

    /**
     * Id of the device the token is associated with
     */
    device_id?: string | null;

    /**
     * The device manufacturer
     */
    manufacturer?: string | null;

    /**
     * The device model
     */
    model?: string | null;

    /**
     * The device platform i.e. android, ios, web
     */
    platform?: string | null;
  }

  /**
   * Tracking information about the device the token came from.
   */
  export interface Tracking {
    /**
     * The IP address of the device
     */
    ip?: string | null;

    /**
     * The latitude of the device
     */
    lat?: string | null;

    /**
     * The longitude of the device
     */
    long?: string | null;

    /**
     * The operating system version
     */
    os_version?: string | null;
  }
}

export interface TokenRetrieveResponse extends UserToken {
  status?: 'active' | 'unknown' | 'failed' | 'revoked' | null;

  /**
   * The reason for the token status.
   */
  status_reason?: string | null;
}

/**
 * A list of tokens registered with the user.
 */
export interface TokenListResponse {
  tokens: Array<UserToken>;
}

export interface TokenRetrieveParams {
  /**
   * The user's ID. This can be any uniquely identifiable string.
   */
  user_id: string;
}

export interface TokenUpdateParams {
  /**
   * Path param: The user's ID. This can be any uniquely identifiable string.
   */
  user_id: string;

  /**
   * Body param
   */
  patch: Array<TokenUpdateParams.Patch>;
}

export namespace TokenUpdateParams {
  export interface Patch {
    /**
     * The operation to perform.
     */
    op: string;

    /**
     * The JSON path specifying the part of the profile to operate on.
     */
    path: string;

    /**
     * The value for the operation.
     */
    value?: string | null;
  }
}

export interface TokenDeleteParams {
  /**
   * The user's ID. This can be any uniquely identifiable string.
   */
  user_id: string;
}

export interface TokenAddSingleParams {
  /**
   * Path param: The user's ID. This can be any uniquely identifiable string.
   */
  user_id: string;

  /**
   * Body param
   */
  provider_key: 'firebase-fcm' | 'apn' | 'expo' | 'onesignal';

  /**
   * Body param: Information about the device the token came from.
   */
  device?: TokenAddSingleParams.Device | null;

  /**
   * Body param: ISO 8601 formatted date the token expires. Defaults to 2 months. Set
   * to false to disable expiration.
   */
  expiry_date?: string | boolean | null;

  /**
   * Body param: Properties about the token.
   */
  properties?: unknown;

  /**
   * Body param: Tracking information about the device the token came from.
   */
  tracking?: TokenAddSingleParams.Tracking | null;
}

export namespace TokenAddSingleParams {
  /**
   * Information about the device the token came from.
   */
  export interface Device {
    /**
     * Id of the advertising identifier
     */
    ad_id?: string | null;

    /**
     * Id of the application the token is used for
     */
    app_id?: string | null;

    /**
     * Id of the device the token is associated with
     */
    device_id?: string | null;

    /**
     * The device manufacturer
     */
    manufacturer?: string | null;

    /**
     * The device model
     */
    model?: string | null;

    /**
     * The device platform i.e. android, ios, web
     */
    platform?: string | null;
  }

  /**
   * Tracking information about the device the token came from.
   */
  export interface Tracking {
    /**
     * The IP address of the device
     */
    ip?: string | null;

    /**
     * The latitude of the device
     */
    lat?: string | null;

    /**
     * The longitude of the device
     */
    long?: string | null;

    /**
     * The operating system version
     */
    os_version?: string | null;
  }
}

export declare namespace Tokens {
  export {
    type UserToken as UserToken,
    type TokenRetrieveResponse as TokenRetrieveResponse,
    type TokenListResponse as TokenListResponse,
    type TokenRetrieveParams as TokenRetrieveParams,
    type TokenUpdateParams as TokenUpdateParams,
    type TokenDeleteParams as TokenDeleteParams,
    type TokenAddSingleParams as TokenAddSingleParams,
  };
}
