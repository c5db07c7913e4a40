// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../../core/resource';
import * as Shared from '../shared';
import * as BalancesAPI from './balances';
import { BalanceListParams, Balances } from './balances';
import * as CreditConfigurationAPI from './credit-configuration';
import {
  CreditConfiguration as CreditConfigurationAPICreditConfiguration,
  CreditConfigurationUpdateParams,
  FinancialAccountCreditConfig,
} from './credit-configuration';
import * as FinancialTransactionsAPI from './financial-transactions';
import {
  FinancialTransactionListParams,
  FinancialTransactionRetrieveParams,
  FinancialTransactions,
} from './financial-transactions';
import * as InterestTierScheduleAPI from './interest-tier-schedule';
import {
  CategoryTier,
  InterestTierSchedule,
  InterestTierScheduleCreateParams,
  InterestTierScheduleDeleteParams,
  InterestTierScheduleListParams,
  InterestTierScheduleResource,
  InterestTierScheduleRetrieveParams,
  InterestTierScheduleUpdateParams,
  InterestTierSchedulesSinglePage,
} from './interest-tier-schedule';
import * as LoanTapeConfigurationAPI from './loan-tape-configuration';
import {
  LoanTapeConfiguration,
  LoanTapeConfigurationResource,
  LoanTapeRebuildConfiguration,
} from './loan-tape-configuration';
import * as LoanTapesAPI from './loan-tapes';
import {
  CategoryBalances,
  LoanTape,
  LoanTapeListParams,
  LoanTapeRetrieveParams,
  LoanTapes,
  LoanTapesCursorPage,
} from './loan-tapes';
import * as StatementsAPI from './statements/statements';
import {
  Statement,
  StatementListParams,
  StatementRetrieveParams,
  Statements,
  StatementsCursorPage,
} from './statements/statements';
import { APIPromise } from '../../core/api-promise';
import { PagePromise, SinglePage } from '../../core/pagination';
import { buildHeaders } from '../../internal/headers';
import { RequestOptions } from '../../internal/request-options';
import { path } from '../../internal/utils/path';

export class FinancialAccounts extends APIResource {
  balances: BalancesAPI.Balances = new BalancesAPI.Balances(this._client);
  financialTransactions: FinancialTransactionsAPI.FinancialTransactions =
    new FinancialTransactionsAPI.FinancialTransactions(this._client);
  creditConfiguration: CreditConfigurationAPI.CreditConfiguration =
    new CreditConfigurationAPI.CreditConfiguration(this._client);
  statements: StatementsAPI.Statements = new StatementsAPI.Statements(this._client);
  loanTapes: LoanTapesAPI.LoanTapes = new LoanTapesAPI.LoanTapes(this._client);
  loanTapeConfiguration: LoanTapeConfigurationAPI.LoanTapeConfigurationResource =
    new LoanTapeConfigurationAPI.LoanTapeConfigurationResource(this._client);
  interestTierSchedule: InterestTierScheduleAPI.InterestTierScheduleResource =
    new InterestTierScheduleAPI.InterestTierScheduleResource(this._client);

  /**
   * Create a new financial account
   *
   * @example
   * ```ts
   * const financialAccount =
   *   await client.financialAccounts.create({
   *     nickname: 'nickname',
   *     type: 'OPERATING',
   *   });
   * ```
   */
  create(params: FinancialAccountCreateParams, options?: RequestOptions): APIPromise<FinancialAccount> {
    const { 'Idempotency-Key': idempotencyKey, ...body } = params;
    return this._client.post('/v1/financial_accounts', {
      body,
      ...options,
      headers: buildHeaders([
        { ...(idempotencyKey != null ? { 'Idempotency-Key': idempotencyKey } : undefined) },
        options?.headers,
      ]),
    });
  }

  /**
   * Get a financial account
   *
   * @example
   * ```ts
   * const financialAccount =
   *   await client.financialAccounts.retrieve(
   *     '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   *   );
   * ```
   */
  retrieve(financialAccountToken: string, options?: RequestOptions): APIPromise<FinancialAccount> {
    return this._client.get(path`/v1/financial_accounts/${financialAccountToken}`, options);
  }

  /**
   * Update a financial account
   *
   * @example
   * ```ts
   * const financialAccount =
   *   await client.financialAccounts.update(
   *     '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   *   );
   * ```
   */
  update(
    financialAccountToken: string,
    body: FinancialAccountUpdateParams | null | undefined = {},
    options?: RequestOptions,
  ): APIPromise<FinancialAccount> {
    return this._client.patch(path`/v1/financial_accounts/${financialAccountToken}`, { body, ...options });
  }

  /**
   * Retrieve information on your financial accounts including routing and account
   * number.
   *
   * @example
   * ```ts
   * // Automatically fetches more pages as needed.
   * for await (const financialAccount of client.financialAccounts.list()) {
   *   // ...
   * }
   * ```
   */
  list(
    query: FinancialAccountListParams | null | undefined = {},
    options?: RequestOptions,
  ): PagePromise<FinancialAccountsSinglePage, FinancialAccount> {
    return this._client.getAPIList('/v1/financial_accounts', SinglePage<FinancialAccount>, {
      query,
      ...options,
    });
  }

  /**
   * Register account number
   *
   * @example
   * ```ts
   * await client.financialAccounts.registerAccountNumber(
   *   '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   *   { account_number: 'account_number' },
   * );
   * ```
   */
  registerAccountNumber(
    financialAccountToken: string,
    body: FinancialAccountRegisterAccountNumberParams,
    options?: RequestOptions,
  ): APIPromise<void> {
    return this._client.post(path`/v1/financial_accounts/${financialAccountToken}/register_account_number`, {
      body,
      ...options,
    });
  }

  /**
   * Update financial account status
   *
   * @example
   * ```ts
   * const financialAccount =
   *   await client.financialAccounts.updateStatus(
   *     '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
   *     { status: 'CLOSED', substatus: 'END_USER_REQUEST' },
   *   );
   * ```
   */
  updateStatus(
    financialAccountToken: string,
    body: FinancialAccountUpdateStatusParams,
    options?: RequestOptions,
  ): APIPromise<FinancialAccount> {
    return this._client.post(path`/v1/financial_accounts/${financialAccountToken}/update_status`, {
      body,
      ...options,
    });
  }
}

export type FinancialAccountsSinglePage = SinglePage<FinancialAccount>;

export type FinancialAccountBalancesSinglePage = SinglePage<FinancialAccountBalance>;

export type FinancialTransactionsSinglePage = SinglePage<FinancialTransaction>;

export interface CategoryDetails {
  balance_transfers: string;

  cash_advances: string;

  purchases: string;
}

export interface FinancialAccount {
  /**
   * Globally unique identifier for the account
   */
  token: string;

  account_token: string | null;

  created: string;

  credit_configuration: FinancialAccount.CreditConfiguration | null;

  /**
   * Whether financial account is for the benefit of another entity
   */
  is_for_benefit_of: boolean;

  nickname: string | null;

  /**
   * Status of the financial account
   */
  status: 'OPEN' | 'CLOSED' | 'SUSPENDED' | 'PENDING';

  /**
   * Substatus for the financial account
   */
  substatus:
    | 'CHARGED_OFF_DELINQUENT'
    | 'CHARGED_OFF_FRAUD'
    | 'END_USER_REQUEST'
    | 'BANK_REQUEST'
    | 'DELINQUENT'
    | 'INTEREST_AND_FEES_PAUSED'
    | null;

  type:
    | 'ISSUING'
    | 'RESERVE'
    | 'OPERATING'
    | 'CHARGED_OFF_FEES'
    | 'CHARGED_OFF_INTEREST'
    | 'CHARGED_OFF_PRINCIPAL'
    | 'SECURITY'
    | 'PROGRAM_RECEIVABLES'
    | 'COLLECTION'
    | 'PROGRAM_BANK_ACCOUNTS_PAYABLE'
    | 'EARLY_DIRECT_DEPOSIT_FLOAT'
    | 'PROVISIONAL_CREDIT_ACCOUNT';

  updated: string;

  /**
   * User-defined status for the financial account
   */
  user_defined_status: string | null;

  account_number?: string | null;

  routing_number?: string | null;
}

export namespace FinancialAccount {
  export interface CreditConfiguration {
    auto_collection_configuration: CreditConfiguration.AutoCollectionConfiguration | null;

    credit_limit: number | null;

    /**
     * Globally unique identifier for the credit product
     */
    credit_product_token: string | null;

    external_bank_account_token: string | null;

    /**
     * Tier assigned to the financial account
     */
    tier: string | null;
  }

  export namespace CreditConfiguration {
    export interface AutoCollectionConfiguration {
      /**
       * If auto collection is enabled for this account
       */
      auto_collection_enabled: boolean;
    }
  }
}

/**
 * Balance of a Financial Account
 */
export interface FinancialAccountBalance {
  /**
   * Globally unique identifier for the financial account that holds this balance.
   */
  token: string;

  /**
   * Funds available for spend in the currency's smallest unit (e.g., cents for USD)
   */
  available_amount: number;

  /**
   * Date and time for when the balance was first created.
   */
  created: string;

  /**
   * 3-character alphabetic ISO 4217 code for the local currency of the balance.
   */
  currency: string;

  /**
   * Globally unique identifier for the last financial transaction event that
   * impacted this balance.
   */
  last_transaction_event_token: string;

  /**
   * Globally unique identifier for the last financial transaction that impacted this
   * balance.
   */
  last_transaction_token: string;

  /**
   * Funds not available for spend due to card authorizations or pending ACH release.
   * Shown in the currency's smallest unit (e.g., cents for USD).
   */
  pending_amount: number;

  /**
   * The sum of available and pending balance in the currency's smallest unit (e.g.,
   * cents for USD).
   */
  total_amount: number;

  /**
   * Type of financial account.
   */
  type: 'ISSUING' | 'OPERATING' | 'RESERVE' | 'SECURITY';

  /**
   * Date and time for when the balance was last updated.
   */
  updated: string;
}

export interface FinancialTransaction {
  /**
   * Globally unique identifier.
   */
  token: string;

  /**
   * Status types:
   *
   * - `CARD` - Issuing card transaction.
   * - `ACH` - Transaction over ACH.
   * - `INTERNAL` - Transaction for internal adjustment.
   * - `TRANSFER` - Internal transfer of funds between financial accounts in your
   *   program.
   */
  category: 'ACH' | 'CARD' | 'INTERNAL' | 'TRANSFER';

  /**
   * Date and time when the financial transaction first occurred. UTC time zone.
   */
  created: string;

  /**
   * 3-character alphabetic ISO 4217 code for the settling currency of the
   * transaction.
   */
  currency: string;

  /**
   * A string that provides a description of the financial transaction; may be useful
   * to display to users.
   */
  descriptor: string;

  /**
   * A list of all financial events that have modified this financial transaction.
   */
  events: Array<Shared.FinancialEvent>;

  /**
   * Pending amount of the transaction in the currency's smallest unit (e.g., cents),
   * including any acquirer fees.
   *
   * The value of this field will go to zero over time once the financial transaction
   * is settled.
   */
  pending_amount: number;

  /**
   * APPROVED transactions were successful while DECLINED transactions were declined
   * by user, Lithic, or the network.
   */
  result: 'APPROVED' | 'DECLINED';

  /**
   * Amount of the transaction that has been settled in the currency's smallest unit
   * (e.g., cents), including any acquirer fees. This may change over time.
   */
  settled_amount: number;

  /**
   * Status types:
   *
   * - `DECLINED` - The transaction was declined.
   * - `EXPIRED` - The authorization as it has passed its expiration time. Card
   *   transaction only.
   * - `PENDING` - The transaction is expected to settle.
   * - `RETURNED` - The transaction has been returned.
   * - `SETTLED` - The transaction is completed.
   * - `VOIDED` - The transaction was voided. Card transaction only.
   */
  status: 'DECLINED' | 'EXPIRED' | 'PENDING' | 'RETURNED' | 'SETTLED' | 'VOIDED';

  /**
   * Date and time when the financial transaction was last updated. UTC time zone.
   */
  updated: string;
}

export interface StatementTotals {
  /**
   * Opening balance transferred from previous account in cents
   */
  balance_transfers: number;

  /**
   * ATM and cashback transactions in cents
   */
  cash_advances: number;

  /**
   * Volume of credit management operation transactions less any balance transfers in
   * cents
   */
  credits: number;

  /**
   * Volume of debit management operation transactions less any interest in cents
   */
  debits: number;

  /**
   * Volume of debit management operation transactions less any interest in cents
   */
  fees: number;

  /**
   * Interest accrued in cents
   */
  interest: number;

  /**
   * Any funds transfers which affective the balance in cents
   */
  payments: number;

  /**
   * Net card transaction volume less any cash advances in cents
   */
  purchases: number;

  /**
   * Breakdown of credits
   */
  credit_details?: unknown | null;

  /**
   * Breakdown of debits
   */
  debit_details?: unknown | null;

  /**
   * Breakdown of payments
   */
  payment_details?: unknown | null;
}

export interface FinancialAccountCreateParams {
  /**
   * Body param
   */
  nickname: string;

  /**
   * Body param
   */
  type: 'OPERATING';

  /**
   * Body param
   */
  account_token?: string;

  /**
   * Body param
   */
  is_for_benefit_of?: boolean;

  /**
   * Header param: Idempotency key for the request
   */
  'Idempotency-Key'?: string;
}

export interface FinancialAccountUpdateParams {
  nickname?: string;
}

export interface FinancialAccountListParams {
  /**
   * List financial accounts for a given account_token or business_account_token
   */
  account_token?: string;

  /**
   * List financial accounts for a given business_account_token
   */
  business_account_token?: string;

  /**
   * List financial accounts of a given type
   */
  type?: 'ISSUING' | 'OPERATING' | 'RESERVE' | 'SECURITY' | 'EARLY_DIRECT_DEPOSIT_FLOAT';
}

export interface FinancialAccountRegisterAccountNumberParams {
  account_number: string;
}

export interface FinancialAccountUpdateStatusParams {
  /**
   * Status of the financial account
   */
  status: 'OPEN' | 'CLOSED' | 'SUSPENDED' | 'PENDING';

  /**
   * Substatus for the financial account
   */
  substatus:
    | 'CHARGED_OFF_FRAUD'
    | 'END_USER_REQUEST'
    | 'BANK_REQUEST'
    | 'CHARGED_OFF_DELINQUENT'
    | 'INTEREST_AND_FEES_PAUSED'
    | 'DELINQUENT'
    | null;

  /**
   * User-defined status for the financial account
   */
  user_defined_status?: string;
}

FinancialAccounts.Balances = Balances;
FinancialAccounts.FinancialTransactions = FinancialTransactions;
FinancialAccounts.CreditConfiguration = CreditConfigurationAPICreditConfiguration;
FinancialAccounts.LoanTapes = LoanTapes;
FinancialAccounts.LoanTapeConfigurationResource = LoanTapeConfigurationResource;
FinancialAccounts.InterestTierScheduleResource = InterestTierScheduleResource;

export declare namespace FinancialAccounts {
  export {
    type CategoryDetails as CategoryDetails,
    type FinancialAccount as FinancialAccount,
    type FinancialAccountBalance as FinancialAccountBalance,
    type FinancialTransaction as FinancialTransaction,
    type StatementTotals as StatementTotals,
    type FinancialAccountsSinglePage as FinancialAccountsSinglePage,
    type FinancialAccountCreateParams as FinancialAccountCreateParams,
    type FinancialAccountUpdateParams as FinancialAccountUpdateParams,
    type FinancialAccountListParams as FinancialAccountListParams,
    type FinancialAccountRegisterAccountNumberParams as FinancialAccountRegisterAccountNumberParams,
    type FinancialAccountUpdateStatusParams as FinancialAccountUpdateStatusParams,
  };

  export { Balances as Balances, type BalanceListParams as BalanceListParams };

  export {
    FinancialTransactions as FinancialTransactions,
    type FinancialTransactionRetrieveParams as FinancialTransactionRetrieveParams,
    type FinancialTransactionListParams as FinancialTransactionListParams,
  };

  export {
    CreditConfigurationAPICreditConfiguration as CreditConfiguration,
    type FinancialAccountCreditConfig as FinancialAccountCreditConfig,
    type CreditConfigurationUpdateParams as CreditConfigurationUpdateParams,
  };

  export {
    type Statements as Statements,
    type Statement as Statement,
    type StatementsCursorPage as StatementsCursorPage,
    type StatementRetrieveParams as StatementRetrieveParams,
    type StatementListParams as StatementListParams,
  };

  export {
    LoanTapes as LoanTapes,
    type CategoryBalances as CategoryBalances,
    type LoanTape as LoanTape,
    type LoanTapesCursorPage as LoanTapesCursorPage,
    type LoanTapeRetrieveParams as LoanTapeRetrieveParams,
    type LoanTapeListParams as LoanTapeListParams,
  };

  export {
    LoanTapeConfigurationResource as LoanTapeConfigurationResource,
    type LoanTapeConfiguration as LoanTapeConfiguration,
    type LoanTapeRebuildConfiguration as LoanTapeRebuildConfiguration,
  };

  export {
    InterestTierScheduleResource as InterestTierScheduleResource,
    type CategoryTier as CategoryTier,
    type InterestTierSchedule as InterestTierSchedule,
    type InterestTierSchedulesSinglePage as InterestTierSchedulesSinglePage,
    type InterestTierScheduleCreateParams as InterestTierScheduleCreateParams,
    type InterestTierScheduleRetrieveParams as InterestTierScheduleRetrieveParams,
    type InterestTierScheduleUpdateParams as InterestTierScheduleUpdateParams,
    type InterestTierScheduleListParams as InterestTierScheduleListParams,
    type InterestTierScheduleDeleteParams as InterestTierScheduleDeleteParams,
  };
}
