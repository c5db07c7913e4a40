import { randomUUID, type UUID } from 'crypto'
import { intervalToDuration, isValid, parseISO } from 'date-fns'
import logger from '../../logger'
import { type BookVisitJourney } from '../@types/bapv'
import { OrchestrationApiClient } from '../data'
import {
  ApplicationDto,
  BookingRequestVisitorDetailsDto,
  OrchestrationVisitDto,
  VisitDto,
} from '../data/orchestrationApiTypes'
import { getMainContactName } from '../utils/utils'
import { Visitor } from './bookerService'

export interface VisitDetails extends OrchestrationVisitDto {
  visitDisplayId: UUID
}

export default class VisitService {
  constructor(private readonly orchestrationApiClient: OrchestrationApiClient) {}

  async createVisitApplication({
    bookVisitJourney,
    bookerReference,
  }: {
    bookVisitJourney: BookVisitJourney
    bookerReference: string
  }): Promise<ApplicationDto> {
    const visitorIds = bookVisitJourney.selectedVisitors!.map(visitor => visitor.visitorId)

    const application = await this.orchestrationApiClient.createVisitApplication({
      prisonerId: bookVisitJourney.prisoner.prisonerNumber,
      sessionTemplateReference: bookVisitJourney.selectedVisitSession!.sessionTemplateReference,
      sessionDate: bookVisitJourney.selectedVisitSession!.sessionDate,
      applicationRestriction: bookVisitJourney.selectedVisitSession!.sessionRestriction,
      visitorIds,
      bookerReference,
    })

    logger.info(`Visit application '${application.reference}' created for booker '${bookerReference}'`)
    return application
  }

  async changeVisitApplication({ bookVisitJourney }: { bookVisitJourney: BookVisitJourney }): Promise<ApplicationDto> {
    const { mainContact } = bookVisitJourney
    const { mainContactEmail, mainContactPhone, languagePreference } = bookVisitJourney

    const visitContact = mainContact
      ? {
          name: getMainContactName(mainContact),
          ...(mainContactPhone && { telephone: mainContactPhone }),
          ...(mainContactEmail && { email: mainContactEmail }),
          languagePreference: languagePreference ?? 'en',
        }
      : undefined

    const visitors = bookVisitJourney.selectedVisitors!.map(visitor => {
      return {
        nomisPersonId: visitor.visitorId,
        visitContact: typeof mainContact === 'object' ? mainContact.visitorId === visitor.visitorId : false,
      }
    })

    const visitorSupport = bookVisitJourney.visitorSupport
      ? { description: bookVisitJourney.visitorSupport }
      : undefined

    const application = await this.orchestrationApiClient.changeVisitApplication({
      applicationReference: bookVisitJourney.applicationReference!,
      applicationRestriction: bookVisitJourney.selectedVisitSession!.sessionRestriction,
      sessionTemplateReference: bookVisitJourney.selectedVisitSession!.sessionTemplateReference,
      sessionDate: bookVisitJourney.selectedVisitSession!.sessionDate,
      visitContact,
      visitors,
      visitorSupport,
    })
    logger.info(`Visit application '${bookVisitJourney.applicationReference}' changed`)
    return application
  }

  async bookVisit({
    applicationReference,
    actionedBy,
    isRequestBooking,
    visitors,
    language,
  }: {
    applicationReference: string
    actionedBy: string
    isRequestBooking: boolean
    visitors: Visitor[]
    language: string
  }): Promise<VisitDto> {
    const visitorDetails = this.buildVisitorDetails(visitors)

    const visit = await this.orchestrationApiClient.bookVisit({
      applicationReference,
      actionedBy,
      isRequestBooking,
      visitorDetails,
    })

    logger.info(
      `Visit application '${applicationReference}' booked as visit '${visit.reference}' (${visit.visitSubStatus}) (lng: ${language})`,
    )
    return visit
  }

  async cancelVisit({
    applicationReference,
    actionedBy,
    language,
  }: {
    applicationReference: string
    actionedBy: string
    language: string
  }): Promise<void> {
    await this.orchestrationApiClient.cancelVisit({ applicationReference, actionedBy })

    logger.info(`Visit '${applicationReference}' has been cancelled by booker '${actionedBy}' (lng: ${language})`)
  }

  async getFuturePublicVisits(bookerReference: string): Promise<VisitDetails[]> {
    const visits = await this.orchestrationApiClient.getFuturePublicVisits(bookerReference)

    return this.addVisitDisplayIds(visits)
  }

  async getPastPublicVisits(bookerReference: string): Promise<VisitDetails[]> {
    const visits = await this.orchestrationApiClient.getPastPublicVisits(bookerReference)

    return this.addVisitDisplayIds(visits)
  }

  async getCancelledPublicVisits(bookerReference: string): Promise<VisitDetails[]> {
    const visits = await this.orchestrationApiClient.getCancelledPublicVisits(bookerReference)

    return this.addVisitDisplayIds(visits)
  }

  private addVisitDisplayIds(visits: OrchestrationVisitDto[]): VisitDetails[] {
    return visits.map(visit => ({ ...visit, visitDisplayId: randomUUID() }))
  }

  private buildVisitorDetails(visitors: Visitor[]): BookingRequestVisitorDetailsDto[] {
    const now = new Date()
    return visitors.map(visitor => {
      const { visitorId } = visitor

      let visitorAge: number | null
      try {
        const visitorDoB = parseISO(visitor.dateOfBirth ?? '')

        if (isValid(visitorDoB)) {
          const ageAsDuration = intervalToDuration({ start: visitorDoB, end: now })
          visitorAge = ageAsDuration?.years ?? 0
        } else {
          visitorAge = null
        }
      } catch {
        visitorAge = null
      }

      return { visitorId, visitorAge }
    })
  }
}
