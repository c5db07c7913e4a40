// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../core/resource';
import * as TenantsAPI from './tenants';
import * as Shared from '../shared';
import * as PreferencesAPI from './preferences/preferences';
import { Preferences } from './preferences/preferences';
import * as TemplatesAPI from './templates/templates';
import {
  TemplateDeleteParams,
  TemplateListParams,
  TemplateListResponse,
  TemplatePublishParams,
  TemplateReplaceParams,
  TemplateRetrieveParams,
  Templates,
} from './templates/templates';
import { APIPromise } from '../../core/api-promise';
import { buildHeaders } from '../../internal/headers';
import { RequestOptions } from '../../internal/request-options';
import { path } from '../../internal/utils/path';

/**
 * Manage tenants — the organizations, teams, or accounts your users belong to — along with their users and default preferences.
 */
export class Tenants extends APIResource {
  preferences: PreferencesAPI.Preferences = new PreferencesAPI.Preferences(this._client);
  templates: TemplatesAPI.Templates = new TemplatesAPI.Templates(this._client);

  /**
   * Returns one tenant with its name, parent tenant id, default preferences,
   * properties, and the user profile applied to its members.
   *
   * @example
   * ```ts
   * const tenant = await client.tenants.retrieve('tenant_id');
   * ```
   */
  retrieve(tenantID: string, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.get(path`/tenants/${tenantID}`, options);
  }

  /**
   * Creates or replaces a tenant from a name, parent, brand, properties, and default
   * preferences supplied in the request body.
   *
   * @example
   * ```ts
   * const tenant = await client.tenants.update('tenant_id', {
   *   name: 'Acme Corp',
   *   brand_id: 'bnd_01kx4mrd0pfzw8wt7pn7p2fzag',
   *   properties: { plan: 'enterprise' },
   * });
   * ```
   */
  update(tenantID: string, body: TenantUpdateParams, options?: RequestOptions): APIPromise<Tenant> {
    return this._client.put(path`/tenants/${tenantID}`, { body, ...options });
  }

  /**
   * Lists the workspace's tenants, each carrying a name, parent tenant, properties,
   * and default preferences. Paged.
   *
   * @example
   * ```ts
   * const tenants = await client.tenants.list();
   * ```
   */
  list(
    query: TenantListParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<TenantListResponse> {
    return this._client.get('/tenants', { query, ...options });
  }

  /**
   * Deletes a tenant. Its members' workspace-level profiles and preferences live
   * outside the tenant and are managed separately.
   *
   * @example
   * ```ts
   * await client.tenants.delete('tenant_id');
   * ```
   */
  delete(tenantID: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path`/tenants/${tenantID}`, {
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }

  /**
   * Returns the users belonging to a tenant with cursor paging. Use it to see who a
   * tenant-scoped send will reach.
   *
   * @example
   * ```ts
   * const response = await client.tenants.listUsers(
   *   'tenant_id',
   * );
   * ```
   */
  listUsers(
    tenantID: string,
    query: TenantListUsersParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<TenantListUsersResponse> {
    return this._client.get(path`/tenants/${tenantID}/users`, { query, ...options });
  }
}

export interface BaseTemplateTenantAssociation {
  /**
   * The template's id
   */
  id: string;

  /**
   * The timestamp at which the template was created
   */
  created_at: string;

  /**
   * The timestamp at which the template was published
   */
  published_at: string;

  /**
   * The timestamp at which the template was last updated
   */
  updated_at: string;

  /**
   * The version of the template
   */
  version: string;
}

export interface DefaultPreferences {
  items?: Array<DefaultPreferences.Item> | null;
}

export namespace DefaultPreferences {
  export interface Item extends TenantsAPI.SubscriptionTopicNew {
    /**
     * Topic ID
     */
    id: string;
  }
}

/**
 * Request body for publishing a tenant template version
 */
export interface PostTenantTemplatePublishRequest {
  /**
   * The version of the template to publish (e.g., "v1", "v2", "latest"). If not
   * provided, defaults to "latest".
   */
  version?: string;
}

/**
 * Response from publishing a tenant template
 */
export interface PostTenantTemplatePublishResponse {
  /**
   * The template ID
   */
  id: string;

  /**
   * The timestamp when the template was published
   */
  published_at: string;

  /**
   * The published version of the template
   */
  version: string;
}

/**
 * Request body for creating or updating a tenant notification template
 */
export interface PutTenantTemplateRequest {
  /**
   * Template configuration for creating or updating a tenant notification template
   */
  template: TenantTemplateInput;

  /**
   * Whether to publish the template immediately after saving. When true, the
   * template becomes the active/published version. When false (default), the
   * template is saved as a draft.
   */
  published?: boolean;
}

/**
 * Response from creating or updating a tenant notification template
 */
export interface PutTenantTemplateResponse {
  /**
   * The template ID
   */
  id: string;

  /**
   * The version of the saved template
   */
  version: string;

  /**
   * The timestamp when the template was published. Only present if the template was
   * published as part of this request.
   */
  published_at?: string | null;
}

export interface SubscriptionTopicNew {
  status: 'OPTED_OUT' | 'OPTED_IN' | 'REQUIRED';

  /**
   * The default channels to send to this tenant when has_custom_routing is enabled
   */
  custom_routing?: Array<Shared.ChannelClassification> | null;

  /**
   * Override channel routing with custom preferences. This will override any
   * template preferences that are set, but a user can still customize their
   * preferences
   */
  has_custom_routing?: boolean | null;
}

export interface Tenant {
  /**
   * Id of the tenant.
   */
  id: string;

  /**
   * Name of the tenant.
   */
  name: string;

  /**
   * Brand to be used for the account when one is not specified by the send call.
   */
  brand_id?: string | null;

  /**
   * Defines the preferences used for the account when the user hasn't specified
   * their own.
   */
  default_preferences?: DefaultPreferences | null;

  /**
   * Tenant's parent id (if any).
   */
  parent_tenant_id?: string | null;

  /**
   * Arbitrary properties accessible to a template.
   */
  properties?: { [key: string]: unknown } | null;

  /**
   * A user profile object merged with user profile on send.
   */
  user_profile?: { [key: string]: unknown } | null;
}

export interface TenantAssociation {
  /**
   * Tenant ID for the association between tenant and user
   */
  tenant_id: string;

  /**
   * Additional metadata to be applied to a user profile when used in a tenant
   * context
   */
  profile?: { [key: string]: unknown } | null;

  type?: 'user' | null;

  /**
   * User ID for the association between tenant and user
   */
  user_id?: string | null;
}

/**
 * Template configuration for creating or updating a tenant notification template
 */
export interface TenantTemplateInput {
  /**
   * Template content configuration including blocks, elements, and message structure
   */
  content: Shared.ElementalContent;

  /**
   * Channel-specific delivery configuration (email, SMS, push, etc.)
   */
  channels?: Shared.MessageChannels;

  /**
   * Provider-specific delivery configuration for routing to specific email/SMS
   * providers
   */
  providers?: Shared.MessageProviders;

  /**
   * Message routing configuration for multi-channel delivery strategies
   */
  routing?: Shared.MessageRouting;
}

export interface TenantListResponse {
  /**
   * Set to true when there are more pages that can be retrieved.
   */
  has_more: boolean;

  /**
   * An array of Tenants
   */
  items: Array<Tenant>;

  /**
   * Always set to "list". Represents the type of this object.
   */
  type: 'list';

  /**
   * A url that may be used to generate these results.
   */
  url: string;

  /**
   * A pointer to the next page of results. Defined only when has_more is set to
   * true.
   */
  cursor?: string | null;

  /**
   * A url that may be used to generate fetch the next set of results. Defined only
   * when has_more is set to true
   */
  next_url?: string | null;
}

export interface TenantListUsersResponse {
  /**
   * Set to true when there are more pages that can be retrieved.
   */
  has_more: boolean;

  /**
   * Always set to `list`. Represents the type of this object.
   */
  type: 'list';

  /**
   * A url that may be used to generate these results.
   */
  url: string;

  /**
   * A pointer to the next page of results. Defined only when `has_more` is set to
   * true
   */
  cursor?: string | null;

  items?: Array<TenantAssociation> | null;

  /**
   * A url that may be used to generate fetch the next set of results. Defined only
   * when `has_more` is set to true
   */
  next_url?: string | null;
}

export interface TenantUpdateParams {
  /**
   * Name of the tenant.
   */
  name: string;

  /**
   * Brand to be used for the account when one is not specified by the send call.
   */
  brand_id?: string | null;

  /**
   * Defines the preferences used for the tenant when the user hasn't specified their
   * own.
   */
  default_preferences?: DefaultPreferences | null;

  /**
   * Tenant's parent id (if any).
   */
  parent_tenant_id?: string | null;

  /**
   * Arbitrary properties accessible to a template.
   */
  properties?: { [key: string]: unknown } | null;

  /**
   * A user profile object merged with user profile on send.
   */
  user_profile?: { [key: string]: unknown } | null;
}

export interface TenantListParams {
  /**
   * Continue the pagination with the next cursor
   */
  cursor?: string | null;

  /**
   * The number of tenants to return (defaults to 20, maximum value of 100)
   */
  limit?: number | null;

  /**
   * Filter the list of tenants by parent_id
   */
  parent_tenant_id?: string | null;
}

export interface TenantListUsersParams {
  /**
   * Continue the pagination with the next cursor
   */
  cursor?: string | null;

  /**
   * The number of accounts to return (defaults to 20, maximum value of 100)
   */
  limit?: number | null;
}

Tenants.Preferences = Preferences;
Tenants.Templates = Templates;

export declare namespace Tenants {
  export {
    type BaseTemplateTenantAssociation as BaseTemplateTenantAssociation,
    type DefaultPreferences as DefaultPreferences,
    type PostTenantTemplatePublishRequest as PostTenantTemplatePublishRequest,
    type PostTenantTemplatePublishResponse as PostTenantTemplatePublishResponse,
    type PutTenantTemplateRequest as PutTenantTemplateRequest,
    type PutTenantTemplateResponse as PutTenantTemplateResponse,
    type SubscriptionTopicNew as SubscriptionTopicNew,
    type Tenant as Tenant,
    type TenantAssociation as TenantAssociation,
    type TenantTemplateInput as TenantTemplateInput,
    type TenantListResponse as TenantListResponse,
    type TenantListUsersResponse as TenantListUsersResponse,
    type TenantUpdateParams as TenantUpdateParams,
    type TenantListParams as TenantListParams,
    type TenantListUsersParams as TenantListUsersParams,
  };

  export { Preferences as Preferences };

  export {
    Templates as Templates,
    type TemplateListResponse as TemplateListResponse,
    type TemplateRetrieveParams as TemplateRetrieveParams,
    type TemplateListParams as TemplateListParams,
    type TemplateDeleteParams as TemplateDeleteParams,
    type TemplatePublishParams as TemplatePublishParams,
    type TemplateReplaceParams as TemplateReplaceParams,
  };
}
