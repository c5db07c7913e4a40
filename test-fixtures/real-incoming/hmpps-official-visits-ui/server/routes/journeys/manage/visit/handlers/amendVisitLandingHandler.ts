import { Request, Response } from 'express'
import { isFuture } from 'date-fns'
import { Page } from '../../../../../services/auditService'
import { PageHandler } from '../../../../interfaces/pageHandler'
import OfficialVisitsService from '../../../../../services/officialVisitsService'
import PrisonerService from '../../../../../services/prisonerService'
import PersonalRelationshipsService from '../../../../../services/personalRelationshipsService'
import ManageUserService from '../../../../../services/manageUsersService'
import { JourneyVisitor } from '../journey'
import { OfficialVisit, RestrictionSummary } from '../../../../../@types/officialVisitsApi/types'
import { isVisitDateAndStartTimeInThePast, prisonAllowsSocialVisitors } from '../../../../../utils/utils'
import config from '../../../../../config'

export default class AmendVisitLandingHandler implements PageHandler {
  public PAGE_NAME = Page.AMEND_LANDING_PAGE

  constructor(
    private readonly officialVisitsService: OfficialVisitsService,
    private readonly prisonerService: PrisonerService,
    private readonly personalRelationshipsService: PersonalRelationshipsService,
    private readonly manageUsersService: ManageUserService,
  ) {}

  mapVisitorToJourneyVisitor = (visitor: OfficialVisit['officialVisitors'][0]) => {
    return {
      officialVisitorId: visitor.officialVisitorId,
      assistanceNotes: visitor.assistanceNotes,
      assistedVisit: visitor.assistedVisit,
      contactId: visitor.contactId,
      equipment: !!visitor.visitorEquipment?.description,
      equipmentNotes: visitor.visitorEquipment?.description,
      firstName: visitor.firstName,
      lastName: visitor.lastName,
      prisonerContactId: visitor.prisonerContactId,
      relationshipDescription: visitor.relationshipTypeDescription,
      relationshipTypeDescription: visitor.relationshipTypeDescription,
      relationshipToPrisonerCode: visitor.relationshipCode,
      relationshipToPrisonerDescription: visitor.relationshipDescription,
      relationshipTypeCode: visitor.relationshipTypeCode,
      leadVisitor: visitor.leadVisitor,
      notes: visitor.visitorNotes,
      alreadyOnVisit: true,
    } as Partial<JourneyVisitor>
  }

  GET = async (req: Request, res: Response) => {
    const ovId = req.params.ovId as string
    const { user } = res.locals
    const b64BackTo = req.session.journey.amendVisit?.backTo || (req.query.backTo as string)

    const visit = await this.officialVisitsService.getOfficialVisitById(Number(ovId), user)

    if (isVisitDateAndStartTimeInThePast(visit.visitDate, visit.startTime)) {
      return res.redirect(`/view/visit/${visit.officialVisitId}${b64BackTo ? `?backTo=${b64BackTo}` : ''}`)
    }

    const [restrictions, prisoner, contacts, visitChangeStatus] = await Promise.all([
      this.personalRelationshipsService.getPrisonerRestrictions(
        visit.prisonerVisited.prisonerNumber,
        0,
        10,
        user,
        true,
        false,
      ),
      this.prisonerService.getPrisonerByPrisonerNumber(visit.prisonerVisited.prisonerNumber, user),
      this.officialVisitsService.getAllContacts(visit.prisonerVisited.prisonerNumber, user),
      this.officialVisitsService.getVisitChangeStatus(Number(ovId), user),
    ])

    const enrichedVisitors = await Promise.all(
      (visit.officialVisitors || []).map(async visitor => {
        const contact = contacts?.find(
          c => c.contactId === visitor.contactId && c.relationshipToPrisonerCode === visitor.relationshipCode,
        )

        const validRelationship =
          visitor.prisonerContactId &&
          (await this.personalRelationshipsService.isValidRelationship(visitor.prisonerContactId, user))

        return {
          ...visitor,
          issues: {
            noRelationship: !contact,
            notApproved: contact ? !contact.isApprovedVisitor : false,
            socialVisitor: !prisonAllowsSocialVisitors(req) && visitor.relationshipTypeCode === 'SOCIAL',
          },
          restrictionSummary: contact?.restrictionSummary || { active: [] as RestrictionSummary[] },
          relationshipUrl: validRelationship
            ? `${config.serviceUrls.prisonerContacts}/prisoner/${visit.prisonerVisited.prisonerNumber}/contacts/manage/${visitor.contactId}/relationship/${visitor.prisonerContactId}`
            : `${config.serviceUrls.prisonerContacts}/prisoner/${visit.prisonerVisited.prisonerNumber}/contacts/list`,
        }
      }),
    )

    const hasIssueVisitors = enrichedVisitors.some(v => Object.values(v.issues).some(o => o))
    const hasNoRelationshipVisitors = enrichedVisitors.some(v => v.issues.noRelationship)
    const hasNotApprovedVisitors = enrichedVisitors.some(v => v.issues.notApproved)
    const hasSocialVisitors = enrichedVisitors.some(v => v.issues.socialVisitor)

    const visitorActiveRestrictions = enrichedVisitors.reduce(
      (acc, visitor) => acc + (visitor.restrictionSummary?.active?.length || 0),
      0,
    )
    const prisonerActiveRestrictions =
      restrictions?.content?.filter(o => !o.expiryDate || isFuture(new Date(o.expiryDate))).length || 0

    const createdUser = await this.manageUsersService.getUserByUsername(visit.createdBy, user)
    const modifiedUser =
      visit.updatedBy === visit.createdBy || !visit.updatedBy
        ? createdUser
        : await this.manageUsersService.getUserByUsername(visit.updatedBy, user)

    // Save to journey data
    req.session.journey.officialVisit = {
      dpsLocationId: visit.dpsLocationId,
      endTime: visit.endTime,
      locationDescription: visit.locationDescription,
      officialVisitId: visit.officialVisitId,
      prisoner: {
        ...visit.prisonerVisited,
        prisonName: prisoner.prisonName,
        restrictions: restrictions?.content || [],
        alertsCount: prisoner?.alerts?.filter(alert => alert.active)?.length ?? 0,
        restrictionsCount: restrictions?.content?.length ?? 0,
      },
      prisonCode: visit.prisonCode,
      prisonerNotes: visit.prisonerNotes,
      selectedTimeSlot: {
        dpsLocationId: visit.dpsLocationId,
        endTime: visit.endTime,
        startTime: visit.startTime,
        visitSlotId: visit.visitSlotId,
        locationDescription: visit.locationDescription,
        visitDate: visit.visitDate,
      },
      staffNotes: visit.staffNotes,
      visitDate: visit.visitDate,
      visitStatusCode: visit.visitStatus,
      visitType: visit.visitTypeCode,
      officialVisitors: enrichedVisitors
        .filter(o => o.relationshipTypeCode === 'OFFICIAL')
        .map(this.mapVisitorToJourneyVisitor) as JourneyVisitor[],
      socialVisitors: enrichedVisitors
        .filter(o => o.relationshipTypeCode === 'SOCIAL')
        .map(this.mapVisitorToJourneyVisitor) as JourneyVisitor[],
    }

    req.session.journey.amendVisit = {
      backTo: b64BackTo,
    }

    const tryDecodeB64 = (b64: string) => {
      try {
        return b64 ? decodeURIComponent(atob(b64)) : null
      } catch {
        return null
      }
    }

    const updateVerb = req.flash('updateVerb')[0]
    const journeyId = req.params.journeyId as string
    return res.render('pages/view/visit', {
      visit: {
        ...visit,
        officialVisitors: enrichedVisitors,
        createdBy: createdUser.name,
        updatedBy: modifiedUser.name,
      },
      updateVerb,
      b64BackTo: b64BackTo || '',
      journeyId,
      amendedBackUrl: tryDecodeB64(b64BackTo) || '/view/list',
      backUrl: `/view/visit/${visit.officialVisitId}?backTo=${b64BackTo}`,
      prisoner: req.session.journey.officialVisit.prisoner,
      activeRestrictions: visitorActiveRestrictions + prisonerActiveRestrictions,
      hasNoRelationshipVisitors,
      hasNotApprovedVisitors,
      hasSocialVisitors,
      hasIssueVisitors,
      hasVisitChanged: visitChangeStatus.hasChanged,
      shouldShowIssues: isFuture(new Date(`${visit.visitDate} ${visit.startTime}`)) && !visit.completionCode,
    })
  }
}
