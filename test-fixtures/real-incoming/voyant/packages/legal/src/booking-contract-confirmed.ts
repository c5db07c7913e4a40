// agent-quality: file-size exception -- owner: legal; this module keeps the
// transactional booking-confirmed preparation and acceptance promotion atomic.
import {
  actionLedgerService,
  buildActionApprovalCommandFingerprint,
  buildActionLedgerMutationEntryInput,
  buildExistingTargetIdempotencyScope,
} from "@voyant-travel/action-ledger"
import { bookingsService, getBookingOriginByBookingId } from "@voyant-travel/bookings"
import type { EventBus, EventEnvelope } from "@voyant-travel/core"
import { and, desc, eq, sql } from "drizzle-orm"
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js"
import type {
  LegalBookingConfirmedEvent,
  LegalBookingConfirmedPayload,
} from "./booking-contract-confirmed-subscriber.js"
import {
  bookingContractCustomerVariables,
  bookingContractPrerequisites,
  bookingContractReviewSnapshot,
  bookingContractTemplateMatchesChannel,
  resolveBookingContractLanguage,
} from "./booking-contract-review.js"
import {
  type BookingContractSettlement,
  bookingContractPreviewSettlement,
  resolveBookingContractSettlement,
} from "./booking-contract-settlement.js"
import {
  bookingContractAcceptanceContentDigest,
  isBookingContractAcceptanceContentDigest,
} from "./contract-acceptance.js"
import type {
  LegalDocumentArtifactProvider,
  LegalDocumentRenderDescriptor,
} from "./contracts/document-artifact-provider.js"
import { createLegalDocumentOperationEngine } from "./contracts/document-operation.js"
import {
  contractAttachments,
  contracts,
  contractTemplates,
  contractTemplateVersions,
} from "./contracts/schema.js"
import {
  allocateContractNumber,
  contractsService,
  mergeContractNumberIntoVariables,
  validateTemplateVariables,
} from "./contracts/service.js"
import { contractSeriesService } from "./contracts/service-series.js"

export const LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID =
  "@voyant-travel/legal#action.generate-booking-contract-on-confirmation"
const BOOKING_CONFIRMED_EVENT_ID = "@voyant-travel/bookings#event.booking.confirmed"
const SYSTEM_PRINCIPAL_ID = "legal-booking-contract-confirmed"
const CONTRACT_ACCEPTANCE_MARKER_PREFIX = "__contract_acceptance__:"
export const PAYMENT_CONFIRMATION_MARKER_PREFIX = "__payment_confirmation__:"

export type BookingContractConfirmationResult =
  | { status: "generated"; contractId: string; attachmentId: string; replayed: boolean }
  | { status: "pending"; contractId: string; operationId: string; replayed: boolean }
  | { status: "already_generated"; contractId: string; attachmentId: string }
  | {
      status: "skipped"
      reason:
        | "booking_not_found"
        /**
         * The operator said not to produce documents for this booking
         * (voyant#4688). Generation used to be a consequence of confirmation
         * with nothing able to decline it, so an operator's explicit
         * instruction had no effect — the decision is now persisted on the
         * booking and read here, where the generation actually happens.
         */
        | "documents_suppressed"
        | "template_not_found"
        | "template_version_missing"
        | "series_not_found"
        | "contract_not_mutable"
        | "missing_prerequisites"
      missingPrerequisites?: string[]
      /**
       * What the selection actually compared, in words. The prerequisite token
       * is `template.applicableCurrentVersion`, which does not say whether the
       * template was inactive, superseded, or bound to another channel — that
       * took a database comparison to establish (voyant#4650).
       */
      selectionDetail?: string
    }

interface GenerateBookingContractOnConfirmationInput {
  db: PostgresJsDatabase
  event: LegalBookingConfirmedEvent
  provider: LegalDocumentArtifactProvider
  eventBus?: EventBus
}

interface PreparedTarget {
  bookingId: string
  contractId: string
  organizationId: string | null
  descriptor: LegalDocumentRenderDescriptor
}

type BookingContractReviewInput = Parameters<typeof bookingContractReviewSnapshot>[0]

/**
 * Project one booking confirmation into one ledgered, durable Legal document
 * operation. The booking id is the idempotency key, so outbox redelivery and a
 * repeated confirmation cannot create a second canonical contract document.
 */
export async function generateBookingContractOnConfirmation(
  input: GenerateBookingContractOnConfirmationInput,
): Promise<BookingContractConfirmationResult> {
  const engine = createLegalDocumentOperationEngine({ provider: input.provider })
  const prepared = await input.db.transaction(async (rawTx) => {
    const tx = rawTx as PostgresJsDatabase
    const bookingId = input.event.data.bookingId
    // agent-quality: raw-sql reviewed -- owner: legal; the booking id is parameterized and the transaction-scoped advisory lock serializes idempotent confirmation delivery.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`legal:booking-confirmed:${bookingId}`}))`,
    )

    const target = await prepareBookingContractTarget(tx, bookingId)
    if (target.status !== "prepared") return target

    const sourceEventId = resolveSourceEventId(input.event)
    const commandPayload = { bookingId, sourceEventId }
    const idempotencyKey = `booking-confirmed:${bookingId}`
    const idempotencyFingerprint = await buildActionApprovalCommandFingerprint({
      actionName: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
      actionVersion: "v1",
      targetType: "booking",
      targetId: bookingId,
      commandInput: commandPayload,
      approvalPolicy: "none",
      capabilityId: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
      capabilityVersion: "v1",
      evaluatedRisk: "high",
      reasonCode: null,
    })
    const idempotencyScope = await buildExistingTargetIdempotencyScope({
      actionName: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
      actionVersion: "v1",
      principalType: "system",
      principalId: SYSTEM_PRINCIPAL_ID,
      organizationId: target.organizationId,
    })
    const context = {
      userId: SYSTEM_PRINCIPAL_ID,
      actor: "system",
      callerType: "internal",
      isInternalRequest: true,
      organizationId: target.organizationId,
      correlationId: sourceEventId,
    } as const
    const claim = await actionLedgerService.appendEntry(
      tx,
      buildActionLedgerMutationEntryInput({
        context,
        actionName: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
        actionVersion: "v1",
        actionKind: "execute",
        status: "requested",
        evaluatedRisk: "high",
        targetType: "booking",
        targetId: bookingId,
        routeOrToolName: BOOKING_CONFIRMED_EVENT_ID,
        capabilityId: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
        capabilityVersion: "v1",
        authorizationSource: "selected_graph_event",
        idempotencyScope,
        idempotencyKey,
        idempotencyFingerprint,
        mutationDetail: {
          summary: "Generate the customer contract after booking confirmation",
          reversalKind: "none",
        },
      }),
    )
    const admission = await engine.admit({
      db: tx,
      bookingId,
      mode: "generate",
      idempotencyKey,
      requestFingerprint: idempotencyFingerprint,
      principal: {
        type: "system",
        id: SYSTEM_PRINCIPAL_ID,
        organizationId: target.organizationId,
      },
      claim: {
        actionId: claim.entry.id,
        actionName: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
        actionVersion: "v1",
        targetType: "booking",
        targetId: bookingId,
        idempotencyScope,
        idempotencyKey,
        idempotencyFingerprint,
        commandPayload,
      },
      prepareTarget: async () => target,
    })
    return {
      status: "admitted" as const,
      contractId: target.contractId,
      operationId: admission.operationId,
      replayed: claim.replayed || admission.replayed,
    }
  })

  if (prepared.status !== "admitted") {
    if (prepared.status === "already_generated") {
      await promotePaidAcceptedBookingContract(input.db, prepared.contractId, input.eventBus)
    }
    // `documents_suppressed` joins `booking_not_found` in not being recorded as
    // unfulfilled. The entry these write is a `failed` one, and nothing failed
    // — an operator said not to produce documents for this booking. The
    // voyant#4634 reason for recording the others is that silence there is
    // indistinguishable from a deployment where generation never works; here it
    // is not, because `bookings.documents_suppressed` is set on the booking and
    // says exactly why nothing was generated.
    if (
      prepared.status === "skipped" &&
      prepared.reason !== "booking_not_found" &&
      prepared.reason !== "documents_suppressed"
    ) {
      await recordUnfulfilledBookingContract(input.db, {
        event: input.event,
        reason: prepared.reason,
        ...(prepared.missingPrerequisites
          ? { missingPrerequisites: prepared.missingPrerequisites }
          : {}),
        ...(prepared.selectionDetail ? { selectionDetail: prepared.selectionDetail } : {}),
      })
    }
    return prepared
  }
  const result = await engine.run(input.db, prepared.operationId)
  if (result) {
    await promotePaidAcceptedBookingContract(input.db, result.contractId, input.eventBus)
  }
  return result
    ? {
        status: "generated",
        contractId: result.contractId,
        attachmentId: result.attachmentId,
        replayed: prepared.replayed,
      }
    : {
        status: "pending",
        contractId: prepared.contractId,
        operationId: prepared.operationId,
        replayed: prepared.replayed,
      }
}

/**
 * Why a booking that was confirmed did not end up with a customer contract.
 *
 * `document_renderer_unavailable` is the subscriber's own case — the resolved
 * graph selected no artifact provider, so generation never started. The rest
 * are the outcomes `prepareBookingContractTarget` returns before a contract row
 * exists, which is why the booking's Documents tab is empty rather than showing
 * a contract stuck in draft.
 */
export type UnfulfilledBookingContractReason =
  | Exclude<
      Extract<BookingContractConfirmationResult, { status: "skipped" }>["reason"],
      "booking_not_found" | "documents_suppressed"
    >
  | "document_renderer_unavailable"

const UNFULFILLED_BOOKING_CONTRACT_SUMMARIES: Record<UnfulfilledBookingContractReason, string> = {
  document_renderer_unavailable:
    "No customer contract was generated: this deployment selected no legal document renderer, so nothing can produce the PDF.",
  template_not_found:
    "No customer contract was generated: no active customer contract template applies to this booking's language and channel.",
  template_version_missing:
    "No customer contract was generated: the applicable customer contract template has no current version.",
  series_not_found:
    "No customer contract was generated: no active customer contract number series is configured.",
  contract_not_mutable:
    "No customer contract was generated: the draft contract for this booking could not be written.",
  missing_prerequisites:
    "No customer contract was generated: the booking does not yet satisfy the contract's prerequisites.",
}

/**
 * Record one ledgered, booking-scoped failure for a contract the deployment
 * implied it would produce and did not.
 *
 * voyant#4634: every one of these paths used to be a bare `return`. An operator
 * ticked "Generate invoice and contract", got the invoice, and had no signal
 * anywhere — not in the UI, not in the action ledger, not in the activity
 * timeline — that the contract half had been dropped; the absence surfaced when
 * the customer asked where their contract was. A `failed` entry against the
 * generation action puts it on the booking's own timeline, and the reason
 * travels on the mutation detail for whoever reads the entry.
 *
 * Keyed per booking AND per reason, so redelivery replays instead of appending,
 * while a later confirmation that fails differently still records. The
 * fingerprint carries exactly what the key carries — booking and reason — and
 * nothing that varies per delivery. `missingPrerequisites` can shift between
 * deliveries of the same reason, and the source event id is a fresh value on
 * every emission: `bookingsService.overrideBookingStatus` re-emits
 * `booking.confirmed` when a booking is corrected back to confirmed — and
 * durable redelivery is not the only replay — so a second confirmation
 * would arrive under the same key with a moved fingerprint and make
 * `appendEntry` throw instead of replaying — which in durable delivery is a
 * retry loop ending in a dead letter, not an idempotent no-op. The event id
 * still travels, on the entry's `correlationId`, where it does not key anything.
 */
export async function recordUnfulfilledBookingContract(
  db: PostgresJsDatabase,
  input: {
    event: LegalBookingConfirmedEvent
    reason: UnfulfilledBookingContractReason
    missingPrerequisites?: readonly string[]
    selectionDetail?: string
  },
): Promise<{ recorded: boolean }> {
  const bookingId = input.event.data.bookingId
  const booking = await bookingsService.getBookingById(db, bookingId)
  // A confirmation for a booking that is gone has nothing to surface on.
  if (!booking) return { recorded: false }

  const sourceEventId = resolveSourceEventId(input.event)
  const commandPayload = { bookingId, reason: input.reason }
  const idempotencyKey = `booking-confirmed-unfulfilled:${bookingId}:${input.reason}`
  const idempotencyFingerprint = await buildActionApprovalCommandFingerprint({
    actionName: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
    actionVersion: "v1",
    targetType: "booking",
    targetId: bookingId,
    commandInput: commandPayload,
    approvalPolicy: "none",
    capabilityId: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
    capabilityVersion: "v1",
    evaluatedRisk: "high",
    reasonCode: input.reason,
  })
  const idempotencyScope = await buildExistingTargetIdempotencyScope({
    actionName: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
    actionVersion: "v1",
    principalType: "system",
    principalId: SYSTEM_PRINCIPAL_ID,
    organizationId: booking.organizationId,
  })
  const missing = input.missingPrerequisites?.length
    ? ` Missing: ${input.missingPrerequisites.join(", ")}.`
    : ""
  // The reason and the token both name a category; this names the comparison.
  const selection = input.selectionDetail ? ` Selection: ${input.selectionDetail}.` : ""

  await actionLedgerService.appendEntry(
    db,
    buildActionLedgerMutationEntryInput({
      context: {
        userId: SYSTEM_PRINCIPAL_ID,
        actor: "system",
        callerType: "internal",
        isInternalRequest: true,
        organizationId: booking.organizationId,
        correlationId: sourceEventId,
      },
      actionName: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
      actionVersion: "v1",
      actionKind: "execute",
      status: "failed",
      evaluatedRisk: "high",
      targetType: "booking",
      targetId: bookingId,
      routeOrToolName: BOOKING_CONFIRMED_EVENT_ID,
      capabilityId: LEGAL_BOOKING_CONTRACT_CONFIRMED_ACTION_ID,
      capabilityVersion: "v1",
      authorizationSource: "selected_graph_event",
      idempotencyScope,
      idempotencyKey,
      idempotencyFingerprint,
      mutationDetail: {
        summary: `${UNFULFILLED_BOOKING_CONTRACT_SUMMARIES[input.reason]}${missing}${selection}`,
        reversalKind: "none",
      },
    }),
  )
  return { recorded: true }
}

async function prepareBookingContractTarget(
  db: PostgresJsDatabase,
  bookingId: string,
): Promise<
  | ({ status: "prepared" } & PreparedTarget)
  | Exclude<BookingContractConfirmationResult, { status: "generated" | "pending" }>
> {
  const booking = await bookingsService.getBookingById(db, bookingId)
  if (!booking) return { status: "skipped", reason: "booking_not_found" }
  // Checked before anything is looked up or written, so a suppressed booking
  // leaves no half-prepared contract behind. Read from the row rather than the
  // event for the reason voyant#4634 gave for notification suppression: the
  // decision lives on the booking, and every path that must honour it re-reads
  // it there.
  if (booking.documentsSuppressed) return { status: "skipped", reason: "documents_suppressed" }

  const existingContracts = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.bookingId, bookingId), eq(contracts.scope, "customer")))
    .orderBy(desc(contracts.createdAt), desc(contracts.id))
  if (existingContracts.length > 0) {
    const existingIds = existingContracts.map(({ id }) => id)
    const [canonical] = await db
      .select({ attachment: contractAttachments, contract: contracts })
      .from(contractAttachments)
      .innerJoin(contracts, eq(contracts.id, contractAttachments.contractId))
      .where(
        and(
          eq(contractAttachments.kind, "document"),
          eq(contracts.bookingId, bookingId),
          eq(contracts.scope, "customer"),
        ),
      )
      .orderBy(desc(contractAttachments.createdAt))
      .limit(1)
    if (canonical && existingIds.includes(canonical.contract.id)) {
      return {
        status: "already_generated",
        contractId: canonical.contract.id,
        attachmentId: canonical.attachment.id,
      }
    }
  }

  const origin = await getBookingOriginByBookingId(db, bookingId)
  const [items, travelers] = await Promise.all([
    bookingsService.listItems(db, bookingId),
    bookingsService.listTravelers(db, bookingId),
  ])
  const preferredLanguage = resolveBookingContractLanguage(booking)
  const channelId = origin?.channelId ?? null
  const reusable = existingContracts.find((contract) => {
    const metadata = record(contract.metadata)
    return (
      contract.status === "draft" &&
      (metadata.autoGenerated === true ||
        record(metadata).acceptance !== undefined ||
        record(metadata).bookingContractWorkflow !== undefined)
    )
  })

  const selected = await resolveTemplateSelection(db, {
    reusable,
    language: preferredLanguage,
    channelId,
  })
  if (selected.status !== "selected") {
    return {
      ...selected,
      selectionDetail: `preferred language "${preferredLanguage}", booking channel ${channelId ?? "none"}`,
    }
  }

  // A contract is written in the language of the template it is rendered from.
  // `preferredLanguage` only ordered the selection above, where
  // `getDefaultTemplate` already applies the deployment's language policy —
  // prefer the requested language, then English, then whatever active template
  // the operator marked default. Re-asserting the preference here as an
  // equality contradicted that policy: it discarded every template the selector
  // had deliberately fallen back to, which on a single-language deployment is
  // the only template there is (voyant#4650).
  const language = selected.template.language
  // Settlement is read after the template is chosen because the payment
  // method label is written in the contract's language, and the contract's
  // language is the template's — not the shopper's preference.
  const settlement = await resolveBookingContractSettlement(db, bookingId, {
    currency: booking.sellCurrency,
    totalAmountCents: booking.sellAmountCents,
    language,
  })
  const variables = bookingContractVariables(booking, items, travelers, settlement)
  const missingPrerequisites = bookingContractPrerequisites({
    templateApplicable:
      reusable?.templateVersionId === selected.version.id ||
      (selected.template.active &&
        selected.template.scope === "customer" &&
        selected.template.currentVersionId === selected.version.id &&
        bookingContractTemplateMatchesChannel(selected.template.channelId, channelId)),
    totalAmountCents: booking.sellAmountCents,
    itemCount: items.length,
    missingRequiredVariables: validateTemplateVariables(
      selected.version.variableSchema ?? selected.template.variableSchema,
      variables,
    ),
  })
  if (missingPrerequisites.length > 0) {
    return {
      status: "skipped",
      reason: "missing_prerequisites",
      missingPrerequisites,
      selectionDetail:
        `preferred language "${preferredLanguage}", ` +
        `selected template "${selected.template.name}" in "${selected.template.language}" ` +
        `(active ${selected.template.active}, scope ${selected.template.scope}, ` +
        `current version ${selected.template.currentVersionId === selected.version.id}, ` +
        `template channel ${selected.template.channelId ?? "none"}), ` +
        `booking channel ${channelId ?? "none"}`,
    }
  }

  const reviewSnapshot = bookingContractReviewSnapshot({
    booking,
    items,
    template: selected.template,
    version: selected.version,
    language,
    commercialTerms: record(variables.commercial),
  })
  const renderedBody = contractsService.renderPreview({
    body: selected.version.body,
    variables,
  })
  // The shopper reviews the contract before the Booking exists, so values
  // assigned only by the commit (the booking id/reference and status) are not
  // present in that preview. They are the same kind of server-assigned
  // decoration as the contract number added below: useful on the canonical
  // document, but not part of the commercial text the shopper could review.
  const acceptanceRenderedBody = contractsService.renderPreview({
    body: selected.version.body,
    variables: bookingContractAcceptanceVariables(variables),
  })
  // Settlement moves between the two too, and stripping identity does not
  // undo it: a card booking is paid by the time `booking.confirmed` lands, so
  // a template that binds the payment clause renders "paid in full" here and
  // rendered "nothing paid yet" for the shopper. Offer that reading as a
  // third candidate so the acceptance stays recoverable on exactly the
  // bookings the storefront settles up front.
  const acceptancePreviewRenderedBody = contractsService.renderPreview({
    body: selected.version.body,
    variables: bookingContractAcceptanceVariables(
      bookingContractVariables(
        booking,
        items,
        travelers,
        bookingContractPreviewSettlement(settlement, booking.sellAmountCents),
      ),
    ),
  })
  const priorMetadata = record(reusable?.metadata)
  const pendingAcceptance = await bookingContractAcceptanceMetadata({
    internalNotes: booking.internalNotes,
    templateId: selected.template.id,
    templateVersionId: selected.version.id,
    templateSlug: selected.template.slug,
    renderedBody,
    additionalRenderedBodies: [acceptanceRenderedBody, acceptancePreviewRenderedBody],
  })
  const acceptance = priorMetadata.acceptance ?? pendingAcceptance ?? undefined
  const paymentConfirmation =
    priorMetadata.paymentConfirmation ??
    bookingPaymentConfirmationMetadata(booking.internalNotes) ??
    undefined
  const metadata = {
    ...priorMetadata,
    autoGenerated: true,
    trigger: "booking.confirmed",
    ...(acceptance ? { acceptance } : {}),
    ...(paymentConfirmation ? { paymentConfirmation } : {}),
    bookingContractWorkflow: {
      revision: 1,
      previousRevisionId: null,
      reviewOnly: true,
      reviewSnapshot,
    },
  }
  const defaultSeries = reusable?.seriesId
    ? null
    : await contractSeriesService.findDefaultActiveByScope(db, "customer")
  const seriesId = reusable?.seriesId ?? defaultSeries?.id ?? null
  if (!seriesId) return { status: "skipped", reason: "series_not_found" }

  let contract: typeof contracts.$inferSelect | null
  if (reusable) {
    contract = await db
      .update(contracts)
      .set({
        title: reusable.title || `${selected.template.name} — ${booking.bookingNumber}`,
        templateVersionId: selected.version.id,
        seriesId,
        personId: reusable.personId ?? booking.personId,
        organizationId: reusable.organizationId ?? booking.organizationId,
        channelId: reusable.channelId ?? channelId,
        language,
        variables,
        renderedBody,
        renderedBodyFormat: "html",
        metadata,
        updatedAt: new Date(),
      })
      .where(and(eq(contracts.id, reusable.id), eq(contracts.status, "draft")))
      .returning()
      .then(([row]) => row ?? null)
  } else {
    const created = await contractsService.createContract(
      db,
      {
        scope: "customer",
        status: "draft",
        title: `${selected.template.name} — ${booking.bookingNumber}`,
        templateVersionId: selected.version.id,
        seriesId,
        bookingId,
        personId: booking.personId,
        organizationId: booking.organizationId,
        channelId,
        language,
        variables,
        metadata,
      },
      { allowBookingContractWorkflow: true },
    )
    contract = created
      ? await db
          .update(contracts)
          .set({ renderedBody, renderedBodyFormat: "html", updatedAt: new Date() })
          .where(eq(contracts.id, created.id))
          .returning()
          .then(([row]) => row ?? null)
      : null
  }
  if (!contract) return { status: "skipped", reason: "contract_not_mutable" }

  if (!contract.contractNumber) {
    const allocated = await allocateContractNumber(db, seriesId)
    if (!allocated) return { status: "skipped", reason: "series_not_found" }
    const numberedVariables = mergeContractNumberIntoVariables(variables, allocated.number)
    const numberedBody = contractsService.renderPreview({
      body: selected.version.body,
      variables: numberedVariables,
    })
    contract = await db
      .update(contracts)
      .set({
        contractNumber: allocated.number,
        variables: numberedVariables,
        renderedBody: numberedBody,
        updatedAt: new Date(),
      })
      .where(and(eq(contracts.id, contract.id), eq(contracts.status, "draft")))
      .returning()
      .then(([row]) => row ?? null)
    if (!contract) return { status: "skipped", reason: "contract_not_mutable" }
  }

  return {
    status: "prepared",
    bookingId,
    contractId: contract.id,
    organizationId: booking.organizationId,
    descriptor: {
      contractId: contract.id,
      bookingId,
      templateVersionId: selected.version.id,
      contractNumber: contract.contractNumber,
      body: contract.renderedBody ?? renderedBody,
      bodyFormat: "html",
      variables: (contract.variables as Record<string, unknown> | null) ?? variables,
    },
  }
}

export function bookingPaymentConfirmationMetadata(internalNotes: string | null): {
  paymentSessionId: string
  confirmedAt: string
} | null {
  if (!internalNotes) return null
  for (const line of internalNotes.split("\n")) {
    if (!line.startsWith(PAYMENT_CONFIRMATION_MARKER_PREFIX)) continue
    try {
      const value = record(JSON.parse(line.slice(PAYMENT_CONFIRMATION_MARKER_PREFIX.length)))
      if (
        typeof value.paymentSessionId === "string" &&
        value.paymentSessionId.length > 0 &&
        typeof value.confirmedAt === "string" &&
        !Number.isNaN(Date.parse(value.confirmedAt))
      ) {
        return {
          paymentSessionId: value.paymentSessionId,
          confirmedAt: value.confirmedAt,
        }
      }
    } catch {
      // Ignore malformed markers and keep looking for a valid checkpoint.
    }
  }
  return null
}

async function promotePaidAcceptedBookingContract(
  db: PostgresJsDatabase,
  contractId: string,
  eventBus?: EventBus,
): Promise<void> {
  const [contract] = await db.select().from(contracts).where(eq(contracts.id, contractId)).limit(1)
  if (!contract?.bookingId || contract.status !== "draft") return
  const metadata = record(contract.metadata)
  if (!metadata.acceptance || !metadata.paymentConfirmation || !metadata.bookingContractWorkflow) {
    return
  }
  if ((await contractsService.listSignatures(db, contractId)).length > 0) return
  const booking = await bookingsService.getBookingById(db, contract.bookingId)
  if (!booking) return

  const issued = await contractsService.issueContract(
    db,
    contractId,
    { eventBus },
    { allowManagedBookingContractWorkflow: true },
  )
  if (issued.status !== "issued") return
  const sent = await contractsService.sendContract(db, contractId, { eventBus }, undefined, {
    allowManagedBookingContractWorkflow: true,
  })
  if (sent.status !== "sent") return

  const acceptance = record(metadata.acceptance)
  const signerName =
    [booking.contactFirstName, booking.contactLastName].filter(Boolean).join(" ").trim() ||
    `Storefront customer${booking.bookingNumber ? ` (${booking.bookingNumber})` : ""}`
  const signed = await contractsService.signContract(
    db,
    contractId,
    {
      signerName,
      signerEmail: booking.contactEmail ?? null,
      method: "electronic",
      ipAddress: null,
      userAgent: null,
      metadata: {
        source: "storefront-checkout",
        templateId: acceptance.templateId,
        templateVersionId: acceptance.templateVersionId,
        templateSlug: acceptance.templateSlug,
        contentDigest: acceptance.contentDigest,
        acceptedAt: acceptance.acceptedAt,
        acceptedMarketing: acceptance.acceptedMarketing === true,
        renderedHtmlLength: acceptance.renderedHtmlLength,
      },
    },
    { eventBus },
  )
  if (signed.status !== "signed") return

  await bookingsService.setSystemInternalNotes(db, booking.id, [
    { prefix: CONTRACT_ACCEPTANCE_MARKER_PREFIX, note: null },
    { prefix: PAYMENT_CONFIRMATION_MARKER_PREFIX, note: null },
  ])
}

async function resolveTemplateSelection(
  db: PostgresJsDatabase,
  input: {
    reusable: typeof contracts.$inferSelect | undefined
    language: string
    channelId: string | null
  },
): Promise<
  | {
      status: "selected"
      template: typeof contractTemplates.$inferSelect
      version: typeof contractTemplateVersions.$inferSelect
    }
  | Extract<BookingContractConfirmationResult, { status: "skipped" }>
> {
  if (input.reusable?.templateVersionId) {
    const [selection] = await db
      .select({ template: contractTemplates, version: contractTemplateVersions })
      .from(contractTemplateVersions)
      .innerJoin(contractTemplates, eq(contractTemplates.id, contractTemplateVersions.templateId))
      .where(eq(contractTemplateVersions.id, input.reusable.templateVersionId))
      .limit(1)
    if (selection) return { status: "selected", ...selection }
  }

  const template = await contractsService.getDefaultTemplate(db, {
    scope: "customer",
    language: input.language,
    channelId: input.channelId ?? undefined,
    fallbackLanguages: input.language === "en" ? [] : ["en"],
  })
  if (!template) return { status: "skipped", reason: "template_not_found" }
  if (!template.currentVersionId) {
    return { status: "skipped", reason: "template_version_missing" }
  }
  const [version] = await db
    .select()
    .from(contractTemplateVersions)
    .where(eq(contractTemplateVersions.id, template.currentVersionId))
    .limit(1)
  return version
    ? { status: "selected", template, version }
    : { status: "skipped", reason: "template_version_missing" }
}

export function bookingContractVariables(
  booking: BookingContractReviewInput["booking"],
  items: BookingContractReviewInput["items"],
  travelers: Awaited<ReturnType<typeof bookingsService.listTravelers>>,
  settlement: BookingContractSettlement,
  now = new Date(),
): Record<string, unknown> {
  const primaryProduct = items[0]
  const today = now.toISOString().slice(0, 10)
  const normalizedItems = items.map((item) => ({
    title: item.productNameSnapshot ?? item.title,
    quantity: item.quantity,
    amountCents: item.totalSellAmountCents,
    currency: item.sellCurrency,
  }))
  const normalizedTravelers = travelers.map((traveler) => ({
    id: traveler.id,
    firstName: traveler.firstName,
    lastName: traveler.lastName,
    fullName: [traveler.firstName, traveler.lastName].filter(Boolean).join(" "),
    email: traveler.email,
    phone: traveler.phone,
    category: traveler.travelerCategory,
    isPrimary: traveler.isPrimary,
  }))
  const leadTraveler =
    normalizedTravelers.find((traveler) => traveler.isPrimary) ?? normalizedTravelers[0] ?? null
  const customerName = [booking.contactFirstName, booking.contactLastName].filter(Boolean).join(" ")
  const pax = booking.pax ?? (normalizedTravelers.length > 0 ? normalizedTravelers.length : null)
  return {
    today,
    currentDate: today,
    currentDateTime: now.toISOString(),
    currentTime: now.toISOString().slice(11, 19),
    contract: {
      contractNumber: "",
      number: "",
      contractDate: today,
      date: today,
      signedAt: "",
      isManual: false,
      series: "",
      channel: "storefront",
      source: "self_service",
    },
    booking: {
      id: booking.id,
      bookingId: booking.id,
      reference: booking.bookingNumber,
      bookingNumber: booking.bookingNumber,
      number: booking.bookingNumber,
      status: booking.status,
      startDate: booking.startDate,
      endDate: booking.endDate,
      productName: primaryProduct?.productNameSnapshot ?? primaryProduct?.title ?? null,
      pax,
      paxTotal: pax,
      sellCurrency: booking.sellCurrency,
      currency: booking.sellCurrency,
      sellAmountCents: booking.sellAmountCents,
      totalAmountCents: booking.sellAmountCents,
      // Settlement. `balanceDueCents` / `amountDueCents` are payment-aware and
      // reach 0 once the booking is settled; `balanceAmountCents` is the gross
      // scheduled balance installment and never moves. A payment clause that
      // binds the wrong one bills a customer who has already paid.
      paidAmountCents: settlement.paidAmountCents,
      amountDueCents: settlement.amountDueCents,
      balanceDueCents: settlement.amountDueCents,
      isPaidInFull: settlement.isPaidInFull,
      depositAmountCents: settlement.depositAmountCents,
      depositDueDate: settlement.depositDueDate,
      balanceAmountCents: settlement.balanceAmountCents,
      balanceDueDate: settlement.balanceDueDate,
      items: normalizedItems,
    },
    customer: {
      ...bookingContractCustomerVariables(booking),
      firstName: booking.contactFirstName,
      lastName: booking.contactLastName,
      fullName: customerName || null,
      type: booking.contactPartyType === "company" ? "B2B" : "B2C",
      address: {
        line1: booking.contactAddressLine1,
        line2: booking.contactAddressLine2,
        city: booking.contactCity,
        region: booking.contactRegion,
        postal: booking.contactPostalCode,
        country: booking.contactCountry,
      },
    },
    leadTraveler,
    travelers: normalizedTravelers,
    passengers: normalizedTravelers,
    items: normalizedItems,
    commercial: {
      currency: booking.sellCurrency,
      totalAmountCents: booking.sellAmountCents,
    },
    payment: {
      amountCents: booking.sellAmountCents,
      currency: booking.sellCurrency,
      isPaidInFull: settlement.isPaidInFull,
      paidAmountCents: settlement.paidAmountCents,
      balanceDueCents: settlement.amountDueCents,
      method: settlement.latestCompleted?.methodLabel ?? "",
      capturedAt: settlement.latestCompleted?.date ?? "",
      createdAt: settlement.latestCompleted?.date ?? "",
      latestCompleted: settlement.latestCompleted,
      schedule: settlement.schedule,
    },
    product: {
      title: primaryProduct?.productNameSnapshot ?? primaryProduct?.title ?? null,
    },
  }
}

function resolveSourceEventId(event: EventEnvelope<LegalBookingConfirmedPayload>): string {
  const eventId = event.metadata?.eventId
  return typeof eventId === "string" && eventId.trim()
    ? eventId
    : `booking.confirmed:${event.data.bookingId}`
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

export async function bookingContractAcceptanceMetadata(input: {
  internalNotes: string | null
  templateId: string
  templateVersionId: string
  templateSlug: string
  renderedBody: string
  additionalRenderedBodies?: readonly string[]
}): Promise<{
  acceptedAt: string
  acceptedMarketing: boolean
  templateId: string
  templateVersionId: string
  templateSlug: string
  contentDigest: string
  renderedHtmlLength: number
} | null> {
  if (!input.internalNotes) return null
  for (const line of input.internalNotes.split("\n")) {
    if (!line.startsWith(CONTRACT_ACCEPTANCE_MARKER_PREFIX)) continue
    try {
      const value = record(JSON.parse(line.slice(CONTRACT_ACCEPTANCE_MARKER_PREFIX.length)))
      if (typeof value.acceptedAt !== "string" || Number.isNaN(Date.parse(value.acceptedAt))) {
        continue
      }
      if (
        value.templateId !== input.templateId ||
        value.templateVersionId !== input.templateVersionId ||
        !isBookingContractAcceptanceContentDigest(value.contentDigest)
      ) {
        continue
      }
      let matchedRenderedBody: string | null = null
      for (const renderedBody of [input.renderedBody, ...(input.additionalRenderedBodies ?? [])]) {
        const candidate = await bookingContractAcceptanceContentDigest({
          templateId: input.templateId,
          templateVersionId: input.templateVersionId,
          renderedBody,
        })
        if (value.contentDigest === candidate) {
          matchedRenderedBody = renderedBody
          break
        }
      }
      if (matchedRenderedBody === null) continue
      return {
        acceptedAt: value.acceptedAt,
        acceptedMarketing: value.acceptedMarketing === true,
        templateId: input.templateId,
        templateVersionId: input.templateVersionId,
        templateSlug: input.templateSlug,
        contentDigest: value.contentDigest,
        renderedHtmlLength: matchedRenderedBody.length,
      }
    } catch {
      // Ignore malformed legacy notes and keep looking for a valid marker.
    }
  }
  return null
}

/**
 * Reconstruct the variables available to the pre-commit storefront preview.
 *
 * Booking identity and status are assigned atomically only when the Session is
 * committed. Removing them lets Legal verify the exact body the shopper saw,
 * while the generated document can still carry the authoritative identifiers
 * in the same way it receives its contract number after acceptance.
 */
export function bookingContractAcceptanceVariables(
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const reviewBooking = { ...record(variables.booking) }
  for (const key of ["id", "bookingId", "reference", "bookingNumber", "number", "status"]) {
    delete reviewBooking[key]
  }
  return { ...variables, booking: reviewBooking }
}
