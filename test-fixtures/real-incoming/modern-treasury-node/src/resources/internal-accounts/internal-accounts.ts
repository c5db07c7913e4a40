// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../core/resource';
import * as AccountDetailsAPI from '../account-details';
import * as ConnectionsAPI from '../connections';
import * as RoutingDetailsAPI from '../routing-details';
import * as Shared from '../shared';
import * as BalanceReportsAPI from './balance-reports';
import {
  BalanceReport,
  BalanceReportCreateParams,
  BalanceReportDeleteParams,
  BalanceReportListParams,
  BalanceReportRetrieveParams,
  BalanceReports,
  BalanceReportsPage,
} from './balance-reports';
import { APIPromise } from '../../core/api-promise';
import { Page, type PageParams, PagePromise } from '../../core/pagination';
import { RequestOptions } from '../../internal/request-options';
import { path } from '../../internal/utils/path';

export class InternalAccounts extends APIResource {
  balanceReports: BalanceReportsAPI.BalanceReports = new BalanceReportsAPI.BalanceReports(this._client);

  /**
   * list internal accounts
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const internalAccount of client.internalAccounts.list()) {
   *   // ...
   * }
   * ```
   */
  list(
    query: InternalAccountListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<InternalAccountsPage, InternalAccount> {
    return this._client.getAPIList('/api/internal_accounts', Page<InternalAccount>, { query, ...options });
  }

  /**
   * create internal account
   *
   * @example
   * ```ts
   * const internalAccount =
   *   await client.internalAccounts.create({
   *     currency: 'USD',
   *     name: 'name',
   *   });
   * ```
   */
  create(body: InternalAccountCreateParams, options?: RequestOptions): APIPromise<InternalAccount> {
    return this._client.post('/api/internal_accounts', { body, ...options });
  }

  /**
   * get internal account
   *
   * @example
   * ```ts
   * const internalAccount =
   *   await client.internalAccounts.retrieve('id');
   * ```
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<InternalAccount> {
    return this._client.get(path`/api/internal_accounts/${id}`, options);
  }

  /**
   * update internal account
   *
   * @example
   * ```ts
   * const internalAccount =
   *   await client.internalAccounts.update('id');
   * ```
   */
  update(
    id: string,
    body: InternalAccountUpdateParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<InternalAccount> {
    return this._client.patch(path`/api/internal_accounts/${id}`, { body, ...options });
  }

  /**
   * update account_capability
   *
   * @example
   * ```ts
   * const response =
   *   await client.internalAccounts.updateAccountCapability(
   *     'id',
   *     {
   *       internal_account_id: 'internal_account_id',
   *       identifier: 'identifier',
   *     },
   *   );
   * ```
   */
  updateAccountCapability(
    id: string,
    params: InternalAccountUpdateAccountCapabilityParams,
    options?: RequestOptions,
  ): APIPromise<InternalAccountUpdateAccountCapabilityResponse> {
    const { internal_account_id, ...body } = params;
    return this._client.patch(
      path`/api/internal_accounts/${internal_account_id}/account_capabilities/${id}`,
      { body, ...options },
    );
  }

  /**
   * request closure of internal account
   *
   * @example
   * ```ts
   * const internalAccount =
   *   await client.internalAccounts.requestClosure('id');
   * ```
   */
  requestClosure(id: string, options?: RequestOptions): APIPromise<InternalAccount> {
    return this._client.post(path`/api/internal_accounts/${id}/request_closure`, options);
  }
}

export type InternalAccountsPage = Page<InternalAccount>;

export interface InternalAccount {
  id: string;

  /**
   * An array of AccountCapability objects that list the originating abilities of the
   * internal account and any relevant information for them.
   */
  account_capabilities: Array<InternalAccount.AccountCapability>;

  /**
   * An array of account detail objects.
   */
  account_details: Array<AccountDetailsAPI.AccountDetail>;

  /**
   * Can be checking, savings or other.
   */
  account_type:
    | 'base_wallet'
    | 'cash'
    | 'checking'
    | 'crypto_wallet'
    | 'ethereum_wallet'
    | 'general_ledger'
    | 'loan'
    | 'non_resident'
    | 'other'
    | 'overdraft'
    | 'polygon_wallet'
    | 'savings'
    | 'solana_wallet'
    | null;

  /**
   * Specifies which financial institution the accounts belong to.
   */
  connection: ConnectionsAPI.Connection;

  /**
   * If the internal account links to a contra ledger account in Modern Treasury, the
   * id of the contra ledger account will be populated here.
   */
  contra_ledger_account_id: string | null;

  /**
   * The Counterparty associated to this account.
   */
  counterparty_id: string | null;

  created_at: string;

  /**
   * The currency of the account.
   */
  currency: Shared.Currency;

  /**
   * Whether this account can receive ACH debits. Only applicable to accounts created
   * under a Modern Treasury PSP connection, or `null` for Bring Your Own Bank
   * accounts. Defaults to `false`. Configurable only on creation. Please reach out
   * to your customer success manager to enable this capability for your connection.
   */
  debitable: boolean | null;

  /**
   * An optional user-defined 180 character unique identifier.
   */
  external_id: string | null;

  /**
   * If the internal account links to a ledger account in Modern Treasury, the id of
   * the ledger account will be populated here.
   */
  ledger_account_id: string | null;

  /**
   * The Legal Entity associated to this account.
   */
  legal_entity_id: string | null;

  /**
   * This field will be true if this object exists in the live environment or false
   * if it exists in the test environment.
   */
  live_mode: boolean;

  /**
   * Additional data represented as key-value pairs. Both the key and value must be
   * strings.
   */
  metadata: { [key: string]: string };

  /**
   * A nickname for the account.
   */
  name: string | null;

  object: string;

  /**
   * The parent InternalAccount of this account.
   */
  parent_account_id: string | null;

  /**
   * The address associated with the owner or null.
   */
  party_address: Shared.Address | null;

  /**
   * The legal name of the entity which owns the account.
   */
  party_name: string;

  /**
   * Either individual or business.
   */
  party_type: 'business' | 'individual' | null;

  /**
   * An array of routing detail objects.
   */
  routing_details: Array<RoutingDetailsAPI.RoutingDetail>;

  /**
   * The internal account status.
   */
  status: 'active' | 'closed' | 'pending_activation' | 'pending_closure' | 'suspended' | null;

  updated_at: string;

  /**
   * The vendor ID associated with this account.
   */
  vendor_id: string | null;
}

export namespace InternalAccount {
  export interface AccountCapability {
    id: string;

    created_at: string;

    /**
     * One of `debit` or `credit`. Indicates the direction of money movement this
     * capability is responsible for.
     */
    direction: Shared.TransactionDirection;

    discarded_at: string | null;

    /**
     * A unique reference assigned by your bank for tracking and recognizing payment
     * files. It is important this is formatted exactly how the bank assigned it.
     */
    identifier: string | null;

    /**
     * This field will be true if this object exists in the live environment or false
     * if it exists in the test environment.
     */
    live_mode: boolean;

    object: string;

    /**
     * Indicates the the type of payment this capability is responsible for
     * originating.
     */
    payment_type:
      | 'ach'
      | 'au_becs'
      | 'bacs'
      | 'book'
      | 'card'
      | 'chats'
      | 'check'
      | 'cross_border'
      | 'dk_nets'
      | 'eft'
      | 'gb_fps'
      | 'masav'
      | 'mx_ccen'
      | 'neft'
      | 'nics'
      | 'nz_becs'
      | 'pl_elixir'
      | 'rtp'
      | 'se_bankgirot'
      | 'sepa'
      | 'sg_giro'
      | 'sic'
      | 'stablecoin'
      | 'wire'
      | 'zengin';

    updated_at: string;

    [k: string]: unknown;
  }
}

export interface InternalAccountUpdateAccountCapabilityResponse {
  id: string;

  created_at: string;

  /**
   * One of `debit` or `credit`. Indicates the direction of money movement this
   * capability is responsible for.
   */
  direction: Shared.TransactionDirection;

  discarded_at: string | null;

  /**
   * A unique reference assigned by your bank for tracking and recognizing payment
   * files. It is important this is formatted exactly how the bank assigned it.
   */
  identifier: string | null;

  /**
   * This field will be true if this object exists in the live environment or false
   * if it exists in the test environment.
   */
  live_mode: boolean;

  object: string;

  /**
   * Indicates the the type of payment this capability is responsible for
   * originating.
   */
  payment_type:
    | 'ach'
    | 'au_becs'
    | 'bacs'
    | 'book'
    | 'card'
    | 'chats'
    | 'check'
    | 'cross_border'
    | 'dk_nets'
    | 'eft'
    | 'gb_fps'
    | 'masav'
    | 'mx_ccen'
    | 'neft'
    | 'nics'
    | 'nz_becs'
    | 'pl_elixir'
    | 'rtp'
    | 'se_bankgirot'
    | 'sepa'
    | 'sg_giro'
    | 'sic'
    | 'stablecoin'
    | 'wire'
    | 'zengin';

  updated_at: string;

  [k: string]: unknown;
}

export interface InternalAccountListParams extends PageParams {
  /**
   * Only return internal accounts associated with this counterparty.
   */
  counterparty_id?: string;

  /**
   * Only return internal accounts with this currency.
   */
  currency?: Shared.Currency;

  /**
   * An optional user-defined 180 character unique identifier.
   */
  external_id?: string;

  /**
   * Only return internal accounts associated with this legal entity.
   */
  legal_entity_id?: string;

  /**
   * For example, if you want to query for records with metadata key `Type` and value
   * `Loan`, the query would be `metadata%5BType%5D=Loan`. This encodes the query
   * parameters.
   */
  metadata?: { [key: string]: string };

  /**
   * Only return internal accounts that can originate payments with this direction.
   */
  payment_direction?: Shared.TransactionDirection;

  /**
   * Only return internal accounts that can make this type of payment.
   */
  payment_type?:
    | 'ach'
    | 'au_becs'
    | 'bacs'
    | 'book'
    | 'card'
    | 'chats'
    | 'check'
    | 'cross_border'
    | 'dk_nets'
    | 'eft'
    | 'gb_fps'
    | 'masav'
    | 'mx_ccen'
    | 'neft'
    | 'nics'
    | 'nz_becs'
    | 'pl_elixir'
    | 'rtp'
    | 'se_bankgirot'
    | 'sepa'
    | 'sg_giro'
    | 'sic'
    | 'stablecoin'
    | 'wire'
    | 'zengin';

  /**
   * Only return internal accounts with this status.
   */
  status?: 'active' | 'pending_activation' | 'suspended' | 'pending_closure' | 'closed';
}

export interface InternalAccountCreateParams {
  /**
   * The currency of the internal account. Supports fiat and stablecoin currencies.
   */
  currency: 'USD' | 'CAD' | 'USDC' | 'USDT' | 'PYUSD' | 'USDG';

  /**
   * The nickname of the account.
   */
  name: string;

  /**
   * An array of AccountCapability objects that list the originating abilities of the
   * internal account and any relevant information for them.
   */
  account_capabilities?: Array<InternalAccountCreateParams.AccountCapability>;

  /**
   * The account type, used to provision the appropriate account at the financial
   * institution.
   */
  account_type?:
    | 'base_wallet'
    | 'cash'
    | 'checking'
    | 'crypto_wallet'
    | 'ethereum_wallet'
    | 'general_ledger'
    | 'loan'
    | 'non_resident'
    | 'other'
    | 'overdraft'
    | 'polygon_wallet'
    | 'savings'
    | 'solana_wallet';

  /**
   * The identifier of the financial institution the account belongs to. If not
   * provided, defaults to the default connection, or the sole connection if only one
   * exists.
   */
  connection_id?: string;

  /**
   * The Counterparty associated to this account.
   */
  counterparty_id?: string;

  /**
   * Whether this account can receive ACH debits. Only applicable to accounts created
   * under a Modern Treasury PSP connection, or `null` for Bring Your Own Bank
   * accounts. Defaults to `false`. Configurable only on creation. Please reach out
   * to your customer success manager to enable this capability for your connection.
   */
  debitable?: boolean | null;

  /**
   * An optional user-defined 180 character unique identifier.
   */
  external_id?: string | null;

  /**
   * The LegalEntity associated to this account.
   */
  legal_entity_id?: string;

  /**
   * Additional data represented as key-value pairs. Both the key and value must be
   * strings.
   */
  metadata?: { [key: string]: string };

  /**
   * The parent internal account of this new account.
   */
  parent_account_id?: string;

  /**
   * The address associated with the owner or null.
   */
  party_address?: InternalAccountCreateParams.PartyAddress;

  /**
   * The legal name of the entity which owns the account.
   */
  party_name?: string | null;

  /**
   * An array of account number types requested for provisioning.
   */
  requested_account_number_types?: Array<
    'ethereum_address' | 'solana_address' | 'polygon_address' | 'base_address'
  >;

  /**
   * A hash of vendor specific attributes that will be used when creating the account
   * at the vendor specified by the given connection.
   */
  vendor_attributes?: { [key: string]: string };
}

export namespace InternalAccountCreateParams {
  export interface AccountCapability {
    id: string;

    created_at: string;

    /**
     * One of `debit` or `credit`. Indicates the direction of money movement this
     * capability is responsible for.
     */
    direction: Shared.TransactionDirection;

    discarded_at: string | null;

    /**
     * A unique reference assigned by your bank for tracking and recognizing payment
     * files. It is important this is formatted exactly how the bank assigned it.
     */
    identifier: string | null;

    /**
     * This field will be true if this object exists in the live environment or false
     * if it exists in the test environment.
     */
    live_mode: boolean;

    object: string;

    /**
     * Indicates the the type of payment this capability is responsible for
     * originating.
     */
    payment_type:
      | 'ach'
      | 'au_becs'
      | 'bacs'
      | 'book'
      | 'card'
      | 'chats'
      | 'check'
      | 'cross_border'
      | 'dk_nets'
      | 'eft'
      | 'gb_fps'
      | 'masav'
      | 'mx_ccen'
      | 'neft'
      | 'nics'
      | 'nz_becs'
      | 'pl_elixir'
      | 'rtp'
      | 'se_bankgirot'
      | 'sepa'
      | 'sg_giro'
      | 'sic'
      | 'stablecoin'
      | 'wire'
      | 'zengin';

    updated_at: string;

    [k: string]: unknown;
  }

  /**
   * The address associated with the owner or null.
   */
  export interface PartyAddress {
    /**
     * Country code conforms to [ISO 3166-1 alpha-2]
     */
    country: string;

    line1: string;

    /**
     * Locality or City. Use the full city name rather than an abbreviation (e.g. San
     * Francisco).
     */
    locality: string;

    /**
     * The postal code of the address.
     */
    postal_code: string;

    /**
     * Region or State. This field is free-form; for US states, we recommend a
     * two-letter code (e.g. CA). Full state names are also accepted.
     */
    region: string;

    line2?: string;
  }
}

export interface InternalAccountUpdateParams {
  /**
   * The Contra Ledger Account associated to this account.
   */
  contra_ledger_account_id?: string;

  /**
   * The Counterparty associated to this account.
   */
  counterparty_id?: string;

  /**
   * An optional user-defined 180 character unique identifier.
   */
  external_id?: string | null;

  /**
   * The Ledger Account associated to this account.
   */
  ledger_account_id?: string;

  /**
   * Additional data in the form of key-value pairs. Pairs can be removed by passing
   * an empty string or `null` as the value.
   */
  metadata?: { [key: string]: string };

  /**
   * The nickname for the internal account.
   */
  name?: string;

  /**
   * The parent internal account for this account.
   */
  parent_account_id?: string;
}

export interface InternalAccountUpdateAccountCapabilityParams {
  /**
   * Path param: Unique identifier for the internal account.
   */
  internal_account_id: string;

  /**
   * Body param: A unique reference assigned by your bank for tracking and
   * recognizing payment files. It is important this is formatted exactly how the
   * bank assigned it.
   */
  identifier: string;
}

InternalAccounts.BalanceReports = BalanceReports;

export declare namespace InternalAccounts {
  export {
    type InternalAccount as InternalAccount,
    type InternalAccountUpdateAccountCapabilityResponse as InternalAccountUpdateAccountCapabilityResponse,
    type InternalAccountsPage as InternalAccountsPage,
    type InternalAccountListParams as InternalAccountListParams,
    type InternalAccountCreateParams as InternalAccountCreateParams,
    type InternalAccountUpdateParams as InternalAccountUpdateParams,
    type InternalAccountUpdateAccountCapabilityParams as InternalAccountUpdateAccountCapabilityParams,
  };

  export {
    BalanceReports as BalanceReports,
    type BalanceReport as BalanceReport,
    type BalanceReportsPage as BalanceReportsPage,
    type BalanceReportListParams as BalanceReportListParams,
    type BalanceReportRetrieveParams as BalanceReportRetrieveParams,
    type BalanceReportCreateParams as BalanceReportCreateParams,
    type BalanceReportDeleteParams as BalanceReportDeleteParams,
  };
}
