import { DepositTypeEnum, TransactionTypeEnum } from '@/gatehub/consts'
import { ICardTransaction } from '@wallet/shared/src'

export type HTTP_METHODS = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'

export interface IClientIds {
  onOffRamp: string
  exchange: string
  onboarding: string
}

export interface ITokenRequest {
  scope: string[]
}

export interface ITokenResponse {
  token: string
  expires: string
}

export interface ICreateManagedUserRequest {
  email: string
}

export interface ICreateManagedUserResponse {
  id: string
  createdAt: string
  updatedAt: string
  activatedAt: string
  email: string
  secret2fa: boolean
  type2fa: string
  activated: boolean
  role: string
  meta: {
    meta: {
      paymentPointer: string
      customerId: string
    }
  } & Record<string, string>
  lastPasswordChange: string
  features: string[]
  managed: boolean
  managedBy: string
}

interface IVerification {
  uuid: string
  status: number
  state: number
  provider_type: 'sumsub'
}

export interface IGetUserStateResponse {
  profile: {
    first_name: string
    last_name: string
    address_country_code: string
    address_city: string
    address_street1: string
    address_street2: string
  }
  verifications: IVerification[]
}

export interface ICreateWalletRequest {
  name: string
  type: number
}

export interface ICreateWalletResponse {
  address: string
}

export interface IGetWalletForUserResponse {
  wallets: ICreateWalletResponse[]
}

export interface IGetWalletResponse {
  address: string
}

interface IWalletInfo {
  uuid: string
  created_at: string
  address: string
  name: string
}

interface IGateway {
  uuid: string
  created_at: string
  updated_at: string
  status: number
  name: string
  terms: string
  insurance: number
}

export interface IPendingTransaction {
  uuid: string //assigned by GateHub
  uid: string //network identifier (xrpl, bitcoin, eth..)
  state: number
  created_at: string
  completed_at: string
  amount: string
  total_amount: string
  fee: string
  type: number
  status: number
  substatus: number
  sending_wallet: IWalletInfo
  receiving_wallet: IWalletInfo
  vault: IVault
  message: string
  reason: string
  gateway: IGateway
  announcement_uuid: string
}

export interface IApprovePendingTransaction extends IPendingTransaction {
  receiving_user: {
    uuid: string
    email: string
    created_at: string
    updated_at: string
  }
}

export interface ICreateTransactionRequest {
  amount: number
  receiving_amount?: string
  sending_address: string
  receiving_address: string
  message: string
  type: TransactionTypeEnum.HOSTED
  vault_uuid: string
}
export interface IFundAccountRequest {
  uid: string
  amount: number
  network: number
  receiving_address: string
  type: TransactionTypeEnum.DEPOSIT
  vault_uuid: string
  absolute_fee?: number
}

export type ICreateTransactionResponse = Record<string, unknown>

export type IGetVaultsResponse = Record<string, unknown>

export interface IRatesResponse {
  counter: string
  [key: string]: string | IRate
}

interface IRate {
  type: string
  rate: string | number
  amount: string
  change: string
}

export interface IWalletBalance {
  available: string
  pending: string
  total: string
  vault: IVault
}

interface IVault {
  uuid: string
  name: string
  asset_code: string
  created_at: string
  updated_at: string
}

export type IConnectUserToGatewayResponse = Record<string, unknown>
export interface IApproveUserToGatewayRequest {
  verified: number
  reasons: string[]
  customMessage: boolean
}
export type IApproveUserToGatewayResponse = Record<string, unknown>

export interface IOverrideUserRiskLevelRequest {
  risk_level: string
  reason: string
}
export type IOverrideUserRiskLevelResponse = Record<string, unknown>

export type WebhookEventType =
  | 'core.deposit.completed'
  | 'id.verification.accepted'
  | 'id.verification.action_required'
  | 'id.verification.rejected'
  | 'id.document_notice.expired'
  | 'id.document_notice.warning'
  | 'cards.transaction.authorization'
export interface IWebhookData {
  uuid: string
  timestamp: string
  event_type: WebhookEventType
  user_uuid: string
  environment: 'sandbox' | 'production'
  data: IEmailMessage | ICardTransactionWebhookData | IDepositWebhookData
}

export interface IEmailMessage {
  message?: string
}

export interface ICardTransactionWebhookData {
  authorizationData: ICardTransaction
  message?: string
}

export interface IDepositWebhookData {
  tx_uuid: string
  amount: string
  currency: string
  address: string
  deposit_type: DepositTypeEnum
  message?: string
}

export interface IAddUserToGatewayResponse {
  isApproved: boolean
  customerId?: string
}
