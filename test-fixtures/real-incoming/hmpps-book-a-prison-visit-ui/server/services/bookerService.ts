import { randomUUID, UUID } from 'crypto'
import { TooManyRequests } from 'http-errors'
import { differenceInDays } from 'date-fns'
import { SanitisedError } from '@ministryofjustice/hmpps-rest-client'
import logger from '../../logger'
import { OrchestrationApiClient } from '../data'
import {
  AddVisitorToBookerPrisonerRequestDto,
  AuthDetailDto,
  BookerPrisonerValidationErrorResponse,
  BookerPrisonerVisitorRequestDto,
  BookerVisitorRequestValidationErrorResponse,
  ConvictedStatus,
  CreateVisitorRequestResponseDto,
  RegisterPrisonerForBookerDto,
} from '../data/orchestrationApiTypes'
import RateLimitService from './rateLimitService'

import { isAdult } from '../utils/utils'

export type Prisoner = {
  prisonerDisplayId: UUID
  prisonerNumber: string
  firstName: string
  lastName: string
  prisonId?: string | null
  registeredPrisonId: string
  availableVos: number
  nextAvailableVoDate: string
  convictedStatus?: ConvictedStatus
}

export type Visitor = {
  visitorDisplayId: UUID
  visitorId: number
  firstName: string
  lastName: string
  dateOfBirth?: string | null
  adult: boolean
  banned: boolean
  banExpiryDate: string | null
  approved: boolean
}

export interface BookerPrisonerVisitorRequestDetail extends BookerPrisonerVisitorRequestDto {
  visitorDisplayId: UUID
}

export type VisitorsByEligibility = {
  eligibleVisitors: Visitor[]
  ineligibleVisitors: Visitor[]
}

export default class BookerService {
  constructor(
    private readonly orchestrationApiClient: OrchestrationApiClient,
    private readonly bookerRateLimit: RateLimitService,
    private readonly prisonerRateLimit: RateLimitService,
    private readonly visitorRateLimit: RateLimitService,
  ) {}

  async getBookerReference(authDetailDto: AuthDetailDto): Promise<string> {
    const bookerReference = (await this.orchestrationApiClient.getBookerReference(authDetailDto)).value

    logger.info(`Booker reference ${bookerReference} retrieved`)
    return bookerReference
  }

  async getVisitorRequests({
    bookerReference,
    prisonerNumber,
  }: {
    bookerReference: string
    prisonerNumber: string
  }): Promise<BookerPrisonerVisitorRequestDetail[]> {
    const allVisitorRequests = await this.orchestrationApiClient.getVisitorRequests(bookerReference)

    return allVisitorRequests
      .filter(request => request.prisonerId === prisonerNumber)
      .map(prisoner => ({ ...prisoner, visitorDisplayId: randomUUID() }))
  }

  async addVisitorRequest({
    bookerReference,
    prisonerId,
    addVisitorRequest,
  }: {
    bookerReference: string
    prisonerId: string
    addVisitorRequest: AddVisitorToBookerPrisonerRequestDto
  }): Promise<
    CreateVisitorRequestResponseDto['status'] | BookerVisitorRequestValidationErrorResponse['validationError']
  > {
    const withinVisitorRequestLimit = await this.visitorRateLimit.incrementAndCheckLimit(bookerReference)

    if (!withinVisitorRequestLimit) {
      logger.info(`Rate limit exceeded for visitor requests for booker ${bookerReference}`)
      throw new TooManyRequests()
    }

    const result = await this.orchestrationApiClient.addVisitorRequest({
      bookerReference,
      prisonerId,
      addVisitorRequest,
    })

    logger.info(`Add visitor request for prisoner ${prisonerId} and booker ${bookerReference}: ${result}`)
    return result
  }

  async withdrawVisitorRequest({
    visitorReference,
    bookerReference,
  }: {
    visitorReference: string
    bookerReference: string
  }): Promise<void> {
    await this.orchestrationApiClient.withdrawVisitorRequest({ visitorReference, bookerReference })

    logger.info(`Visit '${visitorReference}' has been cancelled by booker '${bookerReference}'`)
  }

  async registerPrisoner(bookerReference: string, prisoner: RegisterPrisonerForBookerDto): Promise<boolean> {
    const [withinBookerLimit, withinPrisonerLimit] = await Promise.all([
      this.bookerRateLimit.incrementAndCheckLimit(bookerReference),
      this.prisonerRateLimit.incrementAndCheckLimit(prisoner.prisonerId),
    ])

    if (!withinBookerLimit || !withinPrisonerLimit) {
      if (!withinBookerLimit) {
        logger.info(`Rate limit exceeded for booker ${bookerReference}`)
      }

      if (!withinPrisonerLimit) {
        logger.info(`Rate limit exceeded for prisoner ${prisoner.prisonerId}`)
      }
      throw new TooManyRequests()
    }

    const result = await this.orchestrationApiClient.registerPrisoner(bookerReference, prisoner)

    const logMessage = result ? 'Registered' : 'Failed to register'
    logger.info(`${logMessage} prisoner ${prisoner.prisonerId} for booker ${bookerReference}`)
    return result
  }

  async getPrisoners(bookerReference: string): Promise<Prisoner[]> {
    const prisoners = await this.orchestrationApiClient.getPrisoners(bookerReference)

    return prisoners.map(bookerPrisonerInfo => {
      const { prisoner, availableVos, nextAvailableVoDate, registeredPrison } = bookerPrisonerInfo

      return {
        prisonerDisplayId: randomUUID(),
        prisonerNumber: prisoner.prisonerNumber,
        firstName: prisoner.firstName,
        lastName: prisoner.lastName,
        prisonId: prisoner.prisonId,
        registeredPrisonId: registeredPrison.prisonCode,
        availableVos,
        nextAvailableVoDate,
        convictedStatus: prisoner.convictedStatus,
      }
    })
  }

  async validatePrisoner(
    bookerReference: string,
    prisonerNumber: string,
  ): Promise<true | BookerPrisonerValidationErrorResponse['validationError']> {
    try {
      await this.orchestrationApiClient.validatePrisoner(bookerReference, prisonerNumber)
      return true
    } catch (error) {
      const sanitisedError = error as SanitisedError<BookerPrisonerValidationErrorResponse>
      if (sanitisedError.responseStatus === 422 && sanitisedError.data?.validationError) {
        return sanitisedError.data.validationError
      }
      throw error
    }
  }

  async getVisitors(bookerReference: string, prisonerNumber: string): Promise<Visitor[]> {
    const visitors = await this.orchestrationApiClient.getVisitors(bookerReference, prisonerNumber)

    return visitors.map(visitor => {
      return {
        visitorDisplayId: randomUUID(),
        visitorId: visitor.visitorId,
        firstName: visitor.firstName,
        lastName: visitor.lastName,
        dateOfBirth: visitor.dateOfBirth ?? '',
        adult: isAdult(visitor.dateOfBirth),
        // API only returns single BAN with furthest expiry date (or null for indefinite) - so no need to handle overlapping BANs
        banned: visitor.visitorRestrictions.some(restriction => restriction.restrictionType === 'BAN'),
        banExpiryDate:
          visitor.visitorRestrictions.find(restriction => restriction.restrictionType === 'BAN')?.expiryDate ?? null,
        approved: visitor.approved,
      }
    })
  }

  async getVisitorsByEligibility({
    bookerReference,
    prisonerNumber,
    policyNoticeDaysMax,
  }: {
    bookerReference: string
    prisonerNumber: string
    policyNoticeDaysMax: number
  }): Promise<VisitorsByEligibility> {
    const eligibleVisitors: Visitor[] = []
    const ineligibleVisitors: Visitor[] = []

    const visitors = await this.getVisitors(bookerReference, prisonerNumber)

    const today = new Date()
    visitors.forEach(visitor => {
      let eligible = !visitor.banned && visitor.approved

      if (visitor.banned && visitor.banExpiryDate) {
        const daysUntilBanExpires = differenceInDays(visitor.banExpiryDate, today)
        eligible = daysUntilBanExpires < policyNoticeDaysMax
      }

      if (eligible) {
        eligibleVisitors.push(visitor)
      } else {
        ineligibleVisitors.push(visitor)
      }
    })

    return { eligibleVisitors, ineligibleVisitors }
  }
}
