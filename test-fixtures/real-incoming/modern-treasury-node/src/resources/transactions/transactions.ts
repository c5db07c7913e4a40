// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../core/resource';
import * as Shared from '../shared';
import * as LineItemsAPI from './line-items';
import {
  LineItemCreateParams,
  LineItemListParams,
  LineItems,
  TransactionLineItem,
  TransactionLineItemsPage,
} from './line-items';
import { APIPromise } from '../../core/api-promise';
import { Page, type PageParams, PagePromise } from '../../core/pagination';
import { buildHeaders } from '../../internal/headers';
import { RequestOptions } from '../../internal/request-options';
import { path } from '../../internal/utils/path';

export class Transactions extends APIResource {
  lineItems: LineItemsAPI.LineItems = new LineItemsAPI.LineItems(this._client);

  /**
   * Get a list of all transactions.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const transaction of client.transactions.list()) {
   *   // ...
   * }
   * ```
   */
  list(
    query: TransactionListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<TransactionsPage, Transaction> {
    return this._client.getAPIList('/api/transactions', Page<Transaction>, { query, ...options });
  }

  /**
   * Get details on a single transaction.
   *
   * @example
   * ```ts
   * const transaction = await client.transactions.retrieve(
   *   'id',
   * );
   * ```
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Transaction> {
    return this._client.get(path`/api/transactions/${id}`, options);
  }

  /**
   * Update a single transaction.
   *
   * @example
   * ```ts
   * const transaction = await client.transactions.update('id');
   * ```
   */
  update(
    id: string,
    body: TransactionUpdateParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<Transaction> {
    return this._client.patch(path`/api/transactions/${id}`, { body, ...options });
  }

  /**
   * create transaction
   *
   * @example
   * ```ts
   * const transaction = await client.transactions.create({
   *   as_of_date: '2019-12-27',
   *   direction: 'direction',
   *   internal_account_id:
   *     '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   *   vendor_code: 'vendor_code',
   *   vendor_code_type: 'vendor_code_type',
   * });
   * ```
   */
  create(body: TransactionCreateParams, options?: RequestOptions): APIPromise<Transaction> {
    return this._client.post('/api/transactions', { body, ...options });
  }

  /**
   * delete transaction
   *
   * @example
   * ```ts
   * await client.transactions.delete('id');
   * ```
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return this._client.delete(path`/api/transactions/${id}`, {
      ...options,
      headers: buildHeaders([{ Accept: '*/*' }, options?.headers]),
    });
  }
}

export type TransactionsPage = Page<Transaction>;

export interface Transaction {
  id: string;

  /**
   * Value in specified currency's smallest unit. e.g. $10 would be represented
   * as 1000.
   */
  amount: number;

  /**
   * The amount of the transaction as a string, preserving full precision for values
   * that may exceed safe integer limits in some languages.
   */
  amount_string: string;

  /**
   * The date on which the transaction occurred.
   */
  as_of_date: string | null;

  /**
   * The time on which the transaction occurred. Depending on the granularity of the
   * timestamp information received from the bank, it may be `null`.
   */
  as_of_time: string | null;

  /**
   * The timezone in which the `as_of_time` is represented. Can be `null` if the bank
   * does not provide timezone info.
   */
  as_of_timezone: string | null;

  created_at: string;

  /**
   * Currency that this transaction is denominated in.
   */
  currency: Shared.Currency;

  /**
   * An object containing key-value pairs, each with a custom identifier as the key
   * and a string value.
   */
  custom_identifiers: { [key: string]: string };

  /**
   * Either `credit` or `debit`.
   */
  direction: string;

  discarded_at: string | null;

  /**
   * Associated serialized foreign exchange rate information.
   */
  foreign_exchange_rate: Shared.ForeignExchangeRate | null;

  /**
   * The ID of the relevant Internal Account.
   */
  internal_account_id: string;

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

  object: string;

  /**
   * This field will be `true` if the transaction has posted to the account.
   */
  posted: boolean;

  /**
   * This field will be `true` if a transaction is reconciled by the Modern Treasury
   * system. This means that it has transaction line items that sum up to the
   * transaction's amount.
   */
  reconciled: boolean;

  /**
   * The type of the transaction. Examples could be
   * `card, `ach`, `wire`, `check`, `rtp`, or `book`.
   */
  type:
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
    | 'zengin'
    | 'other';

  updated_at: string;

  /**
   * When applicable, the bank-given code that determines the transaction's category.
   * For most banks this is the BAI2/BTRS transaction code.
   */
  vendor_code: string | null;

  /**
   * The type of `vendor_code` being reported. Can be one of `bai2`, `bankprov`,
   * `bnk_dev`, `cleartouch`, `currencycloud`, `cross_river`, `dc_bank`, `dwolla`,
   * `evolve`, `goldman_sachs`, `iso20022`, `jpmc`, `mx`, `silvergate`, `swift`,
   * `us_bank`, or others.
   */
  vendor_code_type:
    | 'bai2'
    | 'banking_circle'
    | 'bankprov'
    | 'bnk_dev'
    | 'cleartouch'
    | 'coinbase_prime'
    | 'column'
    | 'cross_river'
    | 'currencycloud'
    | 'dc_bank'
    | 'dwolla'
    | 'evolve'
    | 'fake_vendor'
    | 'goldman_sachs'
    | 'iso20022'
    | 'jpmc'
    | 'modern_treasury'
    | 'mx'
    | 'paxos'
    | 'paypal'
    | 'pnc'
    | 'silvergate'
    | 'swift'
    | 'turnkey'
    | 'us_bank'
    | 'user'
    | 'western_alliance'
    | null;

  /**
   * An identifier given to this transaction by the bank, often `null`.
   */
  vendor_customer_id: string | null;

  /**
   * An identifier given to this transaction by the bank.
   */
  vendor_id: string | null;

  /**
   * This field contains additional information that the bank provided about the
   * transaction. This is structured data. Some of the data in here might overlap
   * with what is in the `vendor_description`. For example, the OBI could be a part
   * of the vendor description, and it would also be included in here. The attributes
   * that are passed through the details field will vary based on your banking
   * partner. Currently, the following keys may be in the details object:
   * `originator_name`, `originator_to_beneficiary_information`.
   */
  details?: { [key: string]: string };

  /**
   * The transaction detail text that often appears in on your bank statement and in
   * your banking portal.
   */
  vendor_description?: string | null;
}

export interface TransactionListParams extends PageParams {
  /**
   * Filters transactions with an `as_of_date` starting on or before the specified
   * date (YYYY-MM-DD).
   */
  as_of_date_end?: string;

  /**
   * Filters transactions with an `as_of_date` starting on or after the specified
   * date (YYYY-MM-DD).
   */
  as_of_date_start?: string;

  counterparty_id?: string;

  /**
   * Filters for transactions including the queried string in the description.
   */
  description?: string;

  direction?: string;

  /**
   * Specify `internal_account_id` if you wish to see transactions to/from a specific
   * account.
   */
  internal_account_id?: string;

  /**
   * For example, if you want to query for records with metadata key `Type` and value
   * `Loan`, the query would be `metadata%5BType%5D=Loan`. This encodes the query
   * parameters.
   */
  metadata?: { [key: string]: string };

  payment_type?: string;

  /**
   * Either `true` or `false`.
   */
  posted?: boolean;

  transactable_type?: string;

  /**
   * Filters for transactions including the queried vendor id (an identifier given to
   * transactions by the bank).
   */
  vendor_id?: string;

  virtual_account_id?: string;
}

export interface TransactionUpdateParams {
  /**
   * Additional data in the form of key-value pairs. Pairs can be removed by passing
   * an empty string or `null` as the value.
   */
  metadata?: { [key: string]: string };
}

export interface TransactionCreateParams {
  /**
   * The date on which the transaction occurred.
   */
  as_of_date: string | null;

  /**
   * Either `credit` or `debit`.
   */
  direction: string;

  /**
   * The ID of the relevant Internal Account.
   */
  internal_account_id: string;

  /**
   * When applicable, the bank-given code that determines the transaction's category.
   * For most banks this is the BAI2/BTRS transaction code.
   */
  vendor_code: string | null;

  /**
   * The type of `vendor_code` being reported. Can be one of `bai2`, `bankprov`,
   * `bnk_dev`, `cleartouch`, `currencycloud`, `cross_river`, `dc_bank`, `dwolla`,
   * `evolve`, `goldman_sachs`, `iso20022`, `jpmc`, `mx`, `silvergate`, `swift`,
   * `us_bank`, or others.
   */
  vendor_code_type: string | null;

  /**
   * Value in specified currency's smallest unit. e.g. $10 would be represented
   * as 1000.
   */
  amount?: number;

  /**
   * The transaction amount as a string, preserving full precision for values that
   * may exceed safe integer limits in some languages.
   */
  amount_string?: string;

  /**
   * Additional data represented as key-value pairs. Both the key and value must be
   * strings.
   */
  metadata?: { [key: string]: string };

  /**
   * This field will be `true` if the transaction has posted to the account.
   */
  posted?: boolean;

  /**
   * The type of the transaction. Examples could be
   * `card, `ach`, `wire`, `check`, `rtp`, or `book`.
   */
  type?:
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
    | 'zengin'
    | 'other'
    | null;

  /**
   * An identifier given to this transaction by the bank, often `null`.
   */
  vendor_customer_id?: string | null;

  /**
   * The transaction detail text that often appears in on your bank statement and in
   * your banking portal.
   */
  vendor_description?: string | null;
}

Transactions.LineItems = LineItems;

export declare namespace Transactions {
  export {
    type Transaction as Transaction,
    type TransactionsPage as TransactionsPage,
    type TransactionListParams as TransactionListParams,
    type TransactionUpdateParams as TransactionUpdateParams,
    type TransactionCreateParams as TransactionCreateParams,
  };

  export {
    LineItems as LineItems,
    type TransactionLineItem as TransactionLineItem,
    type TransactionLineItemsPage as TransactionLineItemsPage,
    type LineItemListParams as LineItemListParams,
    type LineItemCreateParams as LineItemCreateParams,
  };
}
