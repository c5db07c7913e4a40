import { GraphQLError } from 'graphql'
import type { StateCodeType } from '@mc-review/submissions'
import type { ContractType, ProgramType, RateType } from '../domain-models'
import type { Context } from '../handlers/apollo_gql'
import type { Store } from '../postgres'
import { logResolverError } from '../logger'

type WithLatest = {
    latestQuestionCreatedAt?: Date | string | null
    latestRateQuestionCreatedAt?: Date | string | null
    latestLinkedRateSubmitUpdatedAt?: Date | string | null
    latestQuestionResponseCreatedAt?: Date | string | null
    latestRateQuestionResponseCreatedAt?: Date | string | null
}

function toDate(d?: Date | string | null): Date | undefined {
    if (!d) return undefined
    return d instanceof Date ? d : new Date(d)
}

export function latestDate(
    dates: Array<Date | null | undefined>
): Date | undefined {
    let max: Date | undefined
    for (const d of dates)
        if (d && (!max || d.getTime() > max.getTime())) max = d
    return max
}

export function getLastUpdatedForDisplay(
    contract: Partial<ContractType & WithLatest>
): Date | undefined {
    const contractUpdated = toDate(contract.updatedAt)
    const draftUpdated = toDate(contract.draftRevision?.updatedAt)
    const lastUnlocked = toDate(contract.draftRevision?.unlockInfo?.updatedAt)

    // Newest submit across package submissions
    const lastSubmitted = latestDate(
        (contract.packageSubmissions ?? []).map((ps) =>
            toDate(ps?.contractRevision?.submitInfo?.updatedAt)
        )
    )

    // Newest review action
    const latestReviewAction = latestDate(
        (contract.reviewStatusActions ?? []).map((a) => toDate(a?.updatedAt))
    )

    const latestContractQuestion = toDate(contract.latestQuestionCreatedAt)
    const latestRateQuestion = toDate(contract.latestRateQuestionCreatedAt)
    const latestLinkedRateSubmit = toDate(
        contract.latestLinkedRateSubmitUpdatedAt
    )

    const latestContractResponse = toDate(
        contract.latestQuestionResponseCreatedAt
    )
    const latestRateResponse = toDate(
        contract.latestRateQuestionResponseCreatedAt
    )

    return latestDate([
        contractUpdated,
        draftUpdated,
        lastUnlocked,
        lastSubmitted,
        latestReviewAction,
        latestContractQuestion,
        latestRateQuestion,
        latestLinkedRateSubmit,
        latestContractResponse,
        latestRateResponse,
    ])
}

export function getRateLastUpdatedForDisplay(
    rate: Partial<RateType>
): Date | undefined {
    const rateUpdated = toDate(rate.updatedAt)
    const draftUpdated = toDate(rate.draftRevision?.updatedAt)
    const lastUnlocked = toDate(rate.draftRevision?.unlockInfo?.updatedAt)

    const lastSubmitted = latestDate(
        (rate.packageSubmissions ?? []).map((ps) =>
            toDate(ps?.rateRevision?.submitInfo?.updatedAt)
        )
    )

    const latestReviewAction = latestDate(
        (rate.reviewStatusActions ?? []).map((a) => toDate(a?.updatedAt))
    )

    return latestDate([
        rateUpdated,
        draftUpdated,
        lastUnlocked,
        lastSubmitted,
        latestReviewAction,
    ])
}

/**
 * Helper function to handle error handling and logging when getting state analysts emails. Should only be called from the resolver.
 * @param contractRes is a contract or rate
 * @param store the store used to query persisted data
 * @param context the GraphQL context
 * @returns an empty [] if there is an error or the analysts list is empty
 */
export async function getStateAnalystsEmails(
    contractRes: ContractType | RateType,
    store: Store,
    context: Context
): Promise<string[]> {
    let stateAnalystsEmails: string[] = []
    const stateAnalystsEmailsResult = await store.findStateAssignedUsers(
        contractRes.stateCode as StateCodeType
    )

    if (stateAnalystsEmailsResult instanceof Error) {
        logResolverError(
            'getStateAnalystsEmails',
            stateAnalystsEmailsResult.message,
            context
        )
    } else {
        stateAnalystsEmails = stateAnalystsEmailsResult.map((u) => u.email)
    }
    return stateAnalystsEmails
}

/**
 * Helper function to handle error handling and logging when getting state programs. Should only be called from the resolver.
 * @param stateCode state code on the contract
 * @param store the store used to query persisted data
 * @param context the GraphQL context
 * @param options is an object that has properties for having unique logging and error reporting
 * @returns an [] of ProgramType
 */
export function getStatePrograms(
    stateCode: string,
    store: Store,
    context: Context,
    options?: {
        operation?: string
        errorMsg?: (msg: string) => string
        cause?: string
    }
): ProgramType[] {
    const statePrograms = store.findStatePrograms(stateCode)

    if (statePrograms instanceof Error) {
        const message =
            options?.errorMsg?.(statePrograms.message) ?? statePrograms.message
        logResolverError(
            options?.operation ?? 'findStatePrograms',
            message,
            context
        )
        throw new GraphQLError(message, {
            extensions: {
                code: 'INTERNAL_SERVER_ERROR',
                cause: options?.cause ?? 'DB_ERROR',
            },
        })
    }

    return statePrograms
}
