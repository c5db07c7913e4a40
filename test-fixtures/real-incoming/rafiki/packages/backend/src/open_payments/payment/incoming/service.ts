import {
  IncomingPayment,
  IncomingPaymentEvent,
  IncomingPaymentEventType,
  IncomingPaymentState
} from './model'
import { IncomingPaymentInitiationReason } from './types'
import { AccountingService } from '../../../accounting/service'
import { BaseService } from '../../../shared/baseService'
import { Knex } from 'knex'
import { TransactionOrKnex } from 'objection'
import { GetOptions, ListOptions } from '../../wallet_address/model'
import {
  WalletAddressService,
  WalletAddressSubresourceService
} from '../../wallet_address/service'
import { Amount } from '../../amount'
import { IncomingPaymentError } from './errors'
import { IAppConfig } from '../../../config/app'
import { encryptDbData, poll } from '../../../shared/utils'
import { AssetService } from '../../../asset/service'
import { finalizeWebhookRecipients } from '../../../webhook/service'
import { Pagination, SortOrder } from '../../../shared/baseModel'
import { IncomingPaymentFilter } from '../../../graphql/generated/graphql'
import { Redis } from 'ioredis'

export const POSITIVE_SLIPPAGE = BigInt(1)
// First retry waits 10 seconds
// Second retry waits 20 (more) seconds
// Third retry waits 30 (more) seconds, etc. up to 60 seconds
export const RETRY_BACKOFF_MS = 10_000

export interface CreateIncomingPaymentOptions {
  walletAddressId: string
  client?: string
  expiresAt?: Date
  incomingAmount?: Amount
  metadata?: Record<string, unknown>
  tenantId: string
  initiationReason: IncomingPaymentInitiationReason
  senderWalletAddress?: string
}

export interface UpdateOptions {
  id: string
  metadata: Record<string, unknown>
  tenantId: string
}

interface GetPageOptions {
  pagination?: Pagination
  filter?: IncomingPaymentFilter
  sortOrder?: SortOrder
  tenantId?: string
  walletAddressId?: string
  client?: string
}

export interface IncomingPaymentService
  extends WalletAddressSubresourceService<IncomingPayment> {
  getPage(options?: GetPageOptions): Promise<IncomingPayment[]>
  create(
    options: CreateIncomingPaymentOptions,
    trx?: Knex.Transaction
  ): Promise<IncomingPayment | IncomingPaymentError>
  approve(
    id: string,
    tenantId: string
  ): Promise<IncomingPayment | IncomingPaymentError>
  cancel(
    id: string,
    tenantId: string,
    cancellationReason?: string
  ): Promise<IncomingPayment | IncomingPaymentError>
  complete(
    id: string,
    tenantId?: string
  ): Promise<IncomingPayment | IncomingPaymentError>
  processNext(): Promise<string | undefined>
  update(
    options: UpdateOptions
  ): Promise<IncomingPayment | IncomingPaymentError>
  processPartialPayment(
    id: string,
    options: {
      dataFromSender: string
      partialIncomingPaymentId: string
      expiresAt: Date
    }
  ): Promise<PartialPaymentDecision>
  updatePartialPaymentDecision(
    options: PartialPaymentDecisionOptions
  ): Promise<boolean>
}

export interface ServiceDependencies extends BaseService {
  knex: TransactionOrKnex
  accountingService: AccountingService
  walletAddressService: WalletAddressService
  assetService: AssetService
  config: IAppConfig
  redis: Redis
}

export async function createIncomingPaymentService(
  deps_: ServiceDependencies
): Promise<IncomingPaymentService> {
  const log = deps_.logger.child({
    service: 'IncomingPaymentService'
  })
  const deps: ServiceDependencies = {
    ...deps_,
    logger: log
  }
  return {
    get: (options) => getIncomingPayment(deps, options),
    create: (options, trx) => createIncomingPayment(deps, options, trx),
    approve: (id, tenantId) => approveIncomingPayment(deps, id, tenantId),
    cancel: (id, tenantId, cancellationReason) =>
      cancelIncomingPayment(deps, id, tenantId, cancellationReason),
    complete: (id, tenantId) => completeIncomingPayment(deps, id, tenantId),
    getWalletAddressPage: (options) => getWalletAddressPage(deps, options),
    processNext: () => processNextIncomingPayment(deps),
    update: (options) => updateIncomingPayment(deps, options),
    getPage: (options) => getPage(deps, options),
    processPartialPayment: (id, options) =>
      processPartialPayment(deps, id, options),
    updatePartialPaymentDecision: (options) =>
      updatePartialPaymentDecision(deps, options)
  }
}

async function getIncomingPayment(
  deps: ServiceDependencies,
  options: GetOptions
): Promise<IncomingPayment | undefined> {
  const incomingPayment = await IncomingPayment.query(deps.knex)
    .get(options)
    .whereNull('deletedAt')
  if (!incomingPayment) {
    return
  }

  const asset = await deps.assetService.get(incomingPayment.assetId)
  if (asset) incomingPayment.asset = asset

  incomingPayment.walletAddress = await deps.walletAddressService.get(
    incomingPayment.walletAddressId
  )

  return await addReceivedAmount(deps, incomingPayment)
}

async function updateIncomingPayment(
  deps: ServiceDependencies,
  options: UpdateOptions
): Promise<IncomingPayment | IncomingPaymentError> {
  const incomingPayment = await IncomingPayment.query(deps.knex)
    .patchAndFetchById(options.id, options)
    .whereNull('deletedAt')
  if (incomingPayment) {
    const asset = await deps.assetService.get(incomingPayment.assetId)
    if (asset) incomingPayment.asset = asset

    incomingPayment.walletAddress = await deps.walletAddressService.get(
      incomingPayment.walletAddressId
    )
  }

  return incomingPayment
    ? await addReceivedAmount(deps, incomingPayment)
    : IncomingPaymentError.UnknownPayment
}

async function createIncomingPayment(
  deps: ServiceDependencies,
  {
    walletAddressId,
    client,
    expiresAt,
    incomingAmount,
    metadata,
    tenantId,
    initiationReason,
    senderWalletAddress
  }: CreateIncomingPaymentOptions,
  trx?: Knex.Transaction
): Promise<IncomingPayment | IncomingPaymentError> {
  if (!expiresAt) {
    expiresAt = new Date(Date.now() + deps.config.incomingPaymentExpiryMaxMs)
  } else if (
    expiresAt.getTime() <= Date.now() ||
    expiresAt.getTime() > Date.now() + deps.config.incomingPaymentExpiryMaxMs
  ) {
    return IncomingPaymentError.InvalidExpiry
  }
  if (incomingAmount && incomingAmount.value <= 0) {
    return IncomingPaymentError.InvalidAmount
  }
  const walletAddress = await deps.walletAddressService.get(
    walletAddressId,
    tenantId
  )
  if (!walletAddress) {
    return IncomingPaymentError.UnknownWalletAddress
  }
  if (!walletAddress.isActive) {
    return IncomingPaymentError.InactiveWalletAddress
  }
  if (incomingAmount) {
    if (
      incomingAmount.assetCode !== walletAddress.asset.code ||
      incomingAmount.assetScale !== walletAddress.asset.scale
    ) {
      return IncomingPaymentError.InvalidAmount
    }
  }

  let incomingPayment = await IncomingPayment.query(
    trx || deps.knex
  ).insertAndFetch({
    walletAddressId: walletAddressId,
    client,
    assetId: walletAddress.asset.id,
    expiresAt,
    incomingAmount,
    metadata,
    state: IncomingPaymentState.Pending,
    processAt: expiresAt,
    tenantId,
    initiatedBy: initiationReason,
    senderWalletAddress
  })

  const asset = await deps.assetService.get(incomingPayment.assetId)
  if (asset) incomingPayment.asset = asset

  incomingPayment.walletAddress = await deps.walletAddressService.get(
    incomingPayment.walletAddressId
  )

  await IncomingPaymentEvent.query(trx || deps.knex).insertGraph({
    incomingPaymentId: incomingPayment.id,
    type: IncomingPaymentEventType.IncomingPaymentCreated,
    data: incomingPayment.toData(0n),
    tenantId: incomingPayment.tenantId,
    webhooks: finalizeWebhookRecipients(
      { tenantIds: [incomingPayment.tenantId] },
      deps.config
    )
  })

  incomingPayment = await addReceivedAmount(deps, incomingPayment, BigInt(0))
  if (!deps.config.pollIncomingPaymentCreatedWebhook) {
    return incomingPayment
  }

  try {
    const response = await poll({
      request: async () =>
        getApprovedOrCanceledIncomingPayment(deps, { id: incomingPayment.id }),
      pollingFrequencyMs: deps.config.incomingPaymentCreatedPollFrequency,
      timeoutMs: deps.config.incomingPaymentCreatedPollTimeout
    })

    if (response?.cancelledAt) {
      deps.logger.info(
        {
          cancelledAt: response.cancelledAt.toISOString(),
          paymentId: incomingPayment.id
        },
        'Incoming payment was cancelled'
      )
      return IncomingPaymentError.ActionNotPerformed
    }

    if (response?.approvedAt) return response
    deps.logger.error(
      { response },
      'Got response, but incoming payment is not approved or cancelled'
    )
    return IncomingPaymentError.ActionNotPerformed
  } catch (err) {
    const errorMessage = 'Got error / timeout while polling incoming payment'
    deps.logger.error(
      { errorMessage: err instanceof Error && err.message },
      errorMessage
    )
    return IncomingPaymentError.ActionNotPerformed
  }
}

async function getApprovedOrCanceledIncomingPayment(
  deps: ServiceDependencies,
  options: GetOptions
) {
  const incomingPayment = await IncomingPayment.query(deps.knex)
    .get(options)
    .whereNotNull('approvedAt')
    .orWhereNotNull('cancelledAt')
  if (incomingPayment) {
    const asset = await deps.assetService.get(incomingPayment.assetId)
    if (asset) incomingPayment.asset = asset

    incomingPayment.walletAddress = await deps.walletAddressService.get(
      incomingPayment.walletAddressId
    )
  }
  return incomingPayment
}

// Fetch (and lock) an incoming payment for work.
// Returns the id of the processed incoming payment (if any).
async function processNextIncomingPayment(
  deps_: ServiceDependencies
): Promise<string | undefined> {
  return deps_.knex.transaction(async (trx) => {
    const now = new Date(Date.now()).toISOString()
    const incomingPayments = await IncomingPayment.query(trx)
      .limit(1)
      // Ensure the incoming payments cannot be processed concurrently by multiple workers.
      .forUpdate()
      // If an incoming payment is locked, don't wait — just come back for it later.
      .skipLocked()
      .where('processAt', '<=', now)

    const incomingPayment = incomingPayments[0]
    if (!incomingPayment) return

    const asset = await deps_.assetService.get(incomingPayment.assetId)
    if (asset) incomingPayment.asset = asset

    incomingPayment.walletAddress = await deps_.walletAddressService.get(
      incomingPayment.walletAddressId
    )

    const deps = {
      ...deps_,
      knex: trx,
      logger: deps_.logger.child({
        incomingPayment: incomingPayment.id
      })
    }
    if (
      incomingPayment.state === IncomingPaymentState.Expired ||
      incomingPayment.state === IncomingPaymentState.Completed
    ) {
      await handleDeactivated(deps, incomingPayment)
    } else {
      await handleExpired(deps, incomingPayment)
    }
    return incomingPayment.id
  })
}

// Deactivate expired incoming payments that have some money.
// Delete expired incoming payments that have never received money.
async function handleExpired(
  deps: ServiceDependencies,
  incomingPayment: IncomingPayment
): Promise<void> {
  const amountReceived = await deps.accountingService.getTotalReceived(
    incomingPayment.id
  )
  if (amountReceived) {
    deps.logger.trace(
      { amountReceived },
      'deactivating expired incoming payment'
    )
    await incomingPayment.$query(deps.knex).patch({
      state: IncomingPaymentState.Expired,
      processAt: new Date()
    })
  } else {
    deps.logger.debug(
      { amountReceived },
      'soft deleting expired incoming payment'
    )
    await incomingPayment.$query(deps.knex).patch({
      state: IncomingPaymentState.Expired,
      deletedAt: new Date(),
      processAt: null
    })
  }
}

// Create webhook event to withdraw deactivated incoming payments' liquidity.
async function handleDeactivated(
  deps: ServiceDependencies,
  incomingPayment: IncomingPayment
): Promise<void> {
  if (!incomingPayment.processAt) {
    throw new Error('processAt field is not defined')
  }
  try {
    const amountReceived = await deps.accountingService.getTotalReceived(
      incomingPayment.id
    )
    if (!amountReceived) {
      deps.logger.warn(
        { amountReceived },
        'deactivated incoming payment and empty balance'
      )
      await incomingPayment.$query(deps.knex).patch({ processAt: null })
      return
    }

    const type =
      incomingPayment.state == IncomingPaymentState.Expired
        ? IncomingPaymentEventType.IncomingPaymentExpired
        : IncomingPaymentEventType.IncomingPaymentCompleted
    deps.logger.trace({ type }, 'creating incoming payment webhook event')

    await IncomingPaymentEvent.query(deps.knex).insertGraph({
      incomingPaymentId: incomingPayment.id,
      type,
      data: incomingPayment.toData(amountReceived),
      withdrawal: {
        accountId: incomingPayment.id,
        assetId: incomingPayment.assetId,
        amount: amountReceived
      },
      tenantId: incomingPayment.tenantId,
      webhooks: finalizeWebhookRecipients(
        {
          tenantIds: [incomingPayment.tenantId],
          sendToPosService:
            incomingPayment.initiatedBy === IncomingPaymentInitiationReason.Card
        },
        deps.config,
        deps.logger
      )
    })

    await incomingPayment.$query(deps.knex).patch({
      processAt: null
    })
  } catch (error) {
    deps.logger.warn({ error }, 'webhook event creation failed; retrying')
  }
}

async function getWalletAddressPage(
  deps: ServiceDependencies,
  options: ListOptions
): Promise<IncomingPayment[]> {
  return await getPage(deps, options)
}

async function approveIncomingPayment(
  deps: ServiceDependencies,
  id: string,
  tenantId: string
): Promise<IncomingPayment | IncomingPaymentError> {
  return deps.knex.transaction(async (trx) => {
    const payment = await IncomingPayment.query(trx)
      .findOne({ id, tenantId })
      .forUpdate()

    if (!payment) return IncomingPaymentError.UnknownPayment

    const asset = await deps.assetService.get(payment.assetId)
    if (asset) payment.asset = asset

    payment.walletAddress = await deps.walletAddressService.get(
      payment.walletAddressId
    )

    if (payment.state !== IncomingPaymentState.Pending)
      return IncomingPaymentError.WrongState

    if (payment.cancelledAt) {
      deps.logger.info({
        errorMessage: 'Cannot approve already cancelled incoming payment',
        paymentId: payment.id
      })
      return IncomingPaymentError.AlreadyActioned
    }

    if (!payment.approvedAt) {
      await payment.$query(trx).patch({
        approvedAt: new Date(Date.now())
      })
    }

    return await addReceivedAmount(deps, payment)
  })
}

async function cancelIncomingPayment(
  deps: ServiceDependencies,
  id: string,
  tenantId: string,
  cancellationReason?: string
): Promise<IncomingPayment | IncomingPaymentError> {
  return deps.knex.transaction(async (trx) => {
    const payment = await IncomingPayment.query(trx)
      .findOne({ id, tenantId })
      .forUpdate()

    if (!payment) return IncomingPaymentError.UnknownPayment

    const asset = await deps.assetService.get(payment.assetId)
    if (asset) payment.asset = asset

    payment.walletAddress = await deps.walletAddressService.get(
      payment.walletAddressId
    )

    if (payment.state !== IncomingPaymentState.Pending)
      return IncomingPaymentError.WrongState

    if (payment.approvedAt) {
      deps.logger.info({
        errorMessage: 'Cannot cancel already approved incoming payment',
        paymentId: payment.id
      })
      return IncomingPaymentError.AlreadyActioned
    }

    if (!payment.cancelledAt) {
      await payment.$query(trx).patch({
        cancelledAt: new Date(Date.now()),
        cancellationReason: cancellationReason
      })
    }

    return await addReceivedAmount(deps, payment)
  })
}

async function completeIncomingPayment(
  deps: ServiceDependencies,
  id: string,
  tenantId?: string
): Promise<IncomingPayment | IncomingPaymentError> {
  return deps.knex.transaction(async (trx) => {
    const payment = await IncomingPayment.query(trx)
      .findOne({ id, ...(tenantId && { tenantId }) })
      .whereNull('deletedAt')
      .forUpdate()
    if (!payment) return IncomingPaymentError.UnknownPayment

    const asset = await deps.assetService.get(payment.assetId)
    if (asset) payment.asset = asset

    payment.walletAddress = await deps.walletAddressService.get(
      payment.walletAddressId
    )

    if (
      ![IncomingPaymentState.Pending, IncomingPaymentState.Processing].includes(
        payment.state
      )
    ) {
      return IncomingPaymentError.WrongState
    }
    await payment.$query(trx).patch({
      state: IncomingPaymentState.Completed,
      processAt: new Date()
    })
    return await addReceivedAmount(deps, payment)
  })
}

async function addReceivedAmount(
  deps: ServiceDependencies,
  payment: IncomingPayment,
  value?: bigint
): Promise<IncomingPayment> {
  const received =
    value ?? (await deps.accountingService.getTotalReceived(payment.id))

  payment.receivedAmount = {
    value: received || BigInt(0),
    assetCode: payment.asset.code,
    assetScale: payment.asset.scale
  }

  return payment
}

async function processPartialPayment(
  deps: ServiceDependencies,
  id: string,
  options: {
    dataFromSender: string
    partialIncomingPaymentId: string
    expiresAt: Date
  }
): Promise<PartialPaymentDecision> {
  const { config, knex, redis } = deps

  const incomingPayment = await IncomingPayment.query(knex)
    .findById(id)
    .withGraphFetched('asset')
  if (!incomingPayment) {
    throw new Error('Unknown incoming payment')
  }

  await IncomingPaymentEvent.query(knex).insertGraph({
    incomingPaymentId: incomingPayment.id,
    type: IncomingPaymentEventType.IncomingPaymentPartialPaymentReceived,
    data: {
      ...incomingPayment.toData(0n),
      partialIncomingPaymentId: options.partialIncomingPaymentId,
      dataFromSender:
        options.dataFromSender && config.dbEncryptionSecret
          ? encryptDbData(options.dataFromSender, config.dbEncryptionSecret)
          : options.dataFromSender
    },
    tenantId: incomingPayment.tenantId,
    webhooks: finalizeWebhookRecipients(
      {
        tenantIds: [incomingPayment.tenantId],
        sendToPosService:
          incomingPayment.initiatedBy === IncomingPaymentInitiationReason.Card
      },
      deps.config,
      deps.logger
    )
  })

  let decision: PartialPaymentDecision = { success: false }
  const partialIncomingPaymentId = options.partialIncomingPaymentId
  const cacheKey = getPartialPaymentDecisionCacheKey(
    id,
    partialIncomingPaymentId
  )

  // Bounded polling: wait for decision up to (packet expiry - safetyMs) or maxWaitMs
  const safetyMs = Number.isFinite(config.partialPaymentDecisionSafetyMarginMs)
    ? config.partialPaymentDecisionSafetyMarginMs
    : 100
  const maxWaitMs = Number.isFinite(config.partialPaymentDecisionMaxWaitMs)
    ? config.partialPaymentDecisionMaxWaitMs
    : 1500

  const now = Date.now()
  const timeRemaining = Math.max(
    0,
    options.expiresAt.getTime() - now - safetyMs
  )
  const timeoutMs = Math.min(timeRemaining, maxWaitMs)
  const pollingFrequencyMs = 50

  try {
    const polledDecision = await poll({
      request: async (): Promise<PartialPaymentDecision | null> => {
        try {
          const value = await redis.get(cacheKey)
          if (!value) return null

          try {
            const parsed = JSON.parse(value) as PartialPaymentDecision
            return parsed
          } catch (parseError) {
            deps.logger.warn(
              { parseError, incomingPaymentId: id, cacheKey },
              'invalid partial payment decision format in cache'
            )
          }

          return null
        } catch (e) {
          deps.logger.warn({ e, incomingPaymentId: id }, 'decision read failed')
          return null
        }
      },
      stopWhen: (result: PartialPaymentDecision | null) => result !== null,
      pollingFrequencyMs,
      timeoutMs
    })
    if (polledDecision) {
      decision = {
        ...decision,
        ...polledDecision
      }

      if (!decision.reason && typeof decision.success === 'boolean') {
        decision.reason = decision.success
          ? 'Additional data approved'
          : 'Additional data rejected'
      }
    }
  } catch (e) {
    deps.logger.warn(
      { e, incomingPaymentId: id },
      'partial payment decision polling timed out or failed'
    )
  }

  if (!decision.reason) {
    decision.reason = 'No response from receiving ASE'
  }

  return decision
}

const PARTIAL_PAYMENT_DECISION_PREFIX = 'partial_payment_decision'

function getPartialPaymentDecisionCacheKey(
  incomingPaymentId: string,
  partialIncomingPaymentId: string
): string {
  return `${PARTIAL_PAYMENT_DECISION_PREFIX}:${incomingPaymentId}:${partialIncomingPaymentId}`
}

interface PartialPaymentDecision {
  success: boolean
  reason?: string
}

interface PartialPaymentDecisionOptions {
  incomingPaymentId: string
  partialPaymentId: string
  success: boolean
  reason?: string
}

async function updatePartialPaymentDecision(
  deps: ServiceDependencies,
  options: PartialPaymentDecisionOptions
): Promise<boolean> {
  const { redis, logger } = deps
  const cacheKey = getPartialPaymentDecisionCacheKey(
    options.incomingPaymentId,
    options.partialPaymentId
  )
  const decisionPayload: PartialPaymentDecision = {
    success: options.success
  }
  if (typeof options.reason === 'string') {
    decisionPayload.reason = options.reason
  }
  try {
    await redis.set(cacheKey, JSON.stringify(decisionPayload))
    return true
  } catch (e) {
    logger.error(
      {
        e,
        incomingPaymentId: options.incomingPaymentId,
        partialPaymentId: options.partialPaymentId
      },
      'failed to update partial payment decision'
    )
    return false
  }
}

async function getPage(
  deps: ServiceDependencies,
  options?: GetPageOptions
): Promise<IncomingPayment[]> {
  const { filter, pagination, sortOrder, tenantId, walletAddressId, client } =
    options ?? {}
  const query = IncomingPayment.query(deps.knex).whereNull('deletedAt')

  if (tenantId) {
    query.where('tenantId', tenantId)
  }

  if (client) {
    query.where('client', client)
  }

  if (walletAddressId) {
    query.where('walletAddressId', walletAddressId)
  }

  if (filter?.initiatedBy?.in && filter.initiatedBy.in.length) {
    query.whereIn('initiatedBy', filter.initiatedBy.in)
  }

  if (filter?.initiatedBy?.notIn && filter.initiatedBy.notIn.length) {
    query.whereNotIn('initiatedBy', filter.initiatedBy.notIn)
  }

  const page = await query.getPage(pagination, sortOrder)
  for (const payment of page) {
    payment.walletAddress = await deps.walletAddressService.get(
      payment.walletAddressId
    )
    const asset = await deps.assetService.get(payment.assetId)
    if (asset) payment.asset = asset
  }

  const amounts = await deps.accountingService.getAccountsTotalReceived(
    page.map((payment: IncomingPayment) => payment.id)
  )
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/explicit-module-boundary-types
  return page.map((payment: IncomingPayment, i: number) => {
    payment.receivedAmount = {
      value: amounts[i] || BigInt(0),
      assetCode: payment.asset.code,
      assetScale: payment.asset.scale
    }
    return payment
  })
}
