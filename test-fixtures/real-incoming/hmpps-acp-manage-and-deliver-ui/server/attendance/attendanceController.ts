import { Request, Response } from 'express'
import { RecordSessionAttendance, SessionAttendance } from '@manage-and-deliver-api'
import AccreditedProgrammesManageAndDeliverService from '../services/accreditedProgrammesManageAndDeliverService'
import AttendancePresenter from './attendancePresenter'
import AttendanceView from './attendanceView'
import RecordAttendanceForm from './recordAttendanceForm'
import { FormValidationError } from '../utils/formValidationError'
import AttendanceSessionNotesPresenter from './attendanceNotes/attendanceSessionNotesPresenter'
import AttendanceSessionNotesView from './attendanceNotes/attendanceSessionNotesView'
import AttendanceSessionNotesForm from './attendanceNotes/attendanceSessionNotesForm'
import { convertToUrlFriendlyKebabCase } from '../utils/utils'
import { PrimaryNavigationTab } from '../shared/routes/layoutPresenter'
import BaseController from '../shared/baseController'
import logger from '../../logger'
import sendAuditEvent from '../services/auditService'

export default class AttendanceController extends BaseController {
  protected readonly primaryNavigationTab = PrimaryNavigationTab.Groups

  constructor(
    private readonly accreditedProgrammesManageAndDeliverService: AccreditedProgrammesManageAndDeliverService,
  ) {
    super()
  }

  async showRecordAttendancePage(req: Request, res: Response): Promise<void> {
    const { username } = req.user
    const { groupId, sessionId } = req.params as Record<string, string>
    const referralIdFromQuery = typeof req.query.referralId === 'string' ? req.query.referralId : null

    let referralIds = this.referralIds(req)
    if (referralIdFromQuery) {
      referralIds = [referralIdFromQuery]
      const attendeesForSelectedReferral = (req.session.editSessionAttendance?.attendees ?? []).filter(
        attendee => attendee.referralId === referralIdFromQuery,
      )
      req.session.editSessionAttendance = {
        ...req.session.editSessionAttendance,
        attendees: attendeesForSelectedReferral,
        referralIds,
      }
    }

    if (!referralIds.length) {
      return res.redirect(`/${groupId}/${sessionId}/edit-session`)
    }

    const sessionAttendees = (req.session.editSessionAttendance?.attendees || []) as SessionAttendance['attendees']
    let userInputData = null
    let formError: FormValidationError | null = null

    if (req.method === 'GET') {
      await sendAuditEvent('VIEW_RECORD_ATTENDANCE', username, sessionId, 'SEARCH_TERM', {
        details: { groupId, referralIds },
      })
    }

    const recordAttendanceBffData = await this.accreditedProgrammesManageAndDeliverService.getRecordAttendanceBffData(
      username,
      sessionId,
      referralIds,
    )

    if (req.method === 'GET' && referralIdFromQuery) {
      const notesPageGroupTitle = this.notesPageGroupTitle(recordAttendanceBffData)
      return res.redirect(this.notesPageUri(groupId, sessionId, referralIdFromQuery, notesPageGroupTitle))
    }

    const recordAttendanceDataWithSessionSelections: RecordSessionAttendance = {
      ...recordAttendanceBffData,
      people: recordAttendanceBffData.people.map(person => {
        const stagedAttendee = sessionAttendees.find(attendee => attendee.referralId === person.referralId)

        if (!stagedAttendee?.outcomeCode) {
          return person
        }

        return {
          ...person,
          sessionNotes: stagedAttendee.sessionNotes ?? person.sessionNotes,
          attendance: {
            ...person.attendance,
            code: stagedAttendee.outcomeCode,
          },
        }
      }),
    }

    const data = await new RecordAttendanceForm(
      req,
      recordAttendanceBffData.people.map(it => ({ referralId: it.referralId, name: it.name })),
    ).recordAttendanceData()

    if (req.method === 'POST') {
      if (data.error) {
        res.status(400)
        formError = data.error
        userInputData = req.body
      } else {
        req.session.editSessionAttendance.attendees = data.paramsForUpdate.attendees.map(attendee => {
          const existingPerson = recordAttendanceDataWithSessionSelections.people.find(
            person => person.referralId === attendee.referralId,
          )

          return {
            ...attendee,
            sessionNotes: existingPerson?.sessionNotes ?? attendee.sessionNotes,
          }
        })
        const notesPageGroupTitle = this.notesPageGroupTitle(recordAttendanceBffData)
        return res.redirect(this.notesPageUri(groupId, sessionId, referralIds[0], notesPageGroupTitle))
      }
    }

    const backLinkUri = `/${groupId}/${sessionId}/edit-session`

    const presenter = new AttendancePresenter(
      recordAttendanceDataWithSessionSelections,
      backLinkUri,
      formError,
      userInputData,
    )
    const view = new AttendanceView(presenter)

    return this.renderPage(res, view)
  }

  async showRecordAttendanceNotesPage(req: Request, res: Response): Promise<void> {
    const { username } = req.user
    const { groupId, sessionId, referralId, groupTitle } = req.params as Record<string, string>

    const referralIds = this.referralIds(req)
    const attendees = (req.session.editSessionAttendance?.attendees || []) as SessionAttendance['attendees']

    if (!referralIds.length) {
      return res.redirect(`/${groupId}/${sessionId}/edit-session`)
    }

    if (req.method === 'GET') {
      await sendAuditEvent('VIEW_RECORD_ATTENDANCE_NOTES', username, sessionId, 'SEARCH_TERM', {
        details: { groupId, referralId },
      })
    }

    const recordAttendanceBffData = await this.accreditedProgrammesManageAndDeliverService.getRecordAttendanceBffData(
      username,
      sessionId,
      referralIds,
    )

    const theGroupTitle = this.notesPageGroupTitle(recordAttendanceBffData)

    if (!groupTitle && req.method === 'GET') {
      return res.redirect(this.notesPageUri(groupId, sessionId, referralId, theGroupTitle))
    }

    const currentReferralIndex = referralIds.findIndex(id => id === referralId)

    if (currentReferralIndex === -1) {
      return res.redirect(`/${groupId}/${sessionId}/edit-session`)
    }

    const isLastReferral = currentReferralIndex === referralIds.length - 1
    let currentAttendee = attendees.find(attendee => attendee.referralId === referralId)
    const referralPerson = recordAttendanceBffData.people.find(person => person.referralId === referralId)
    const referralAttendanceCode = this.resolveOutcomeCodeFromPerson(referralPerson)

    if (!currentAttendee && referralAttendanceCode) {
      currentAttendee = {
        referralId,
        outcomeCode: referralAttendanceCode,
        sessionNotes: referralPerson.sessionNotes,
      }
      attendees.push(currentAttendee)
      req.session.editSessionAttendance.attendees = attendees
    }

    const selectedAttendanceCode = currentAttendee?.outcomeCode

    const backLinkUri =
      currentReferralIndex > 0
        ? this.notesPageUri(groupId, sessionId, referralIds[currentReferralIndex - 1], theGroupTitle)
        : `/${groupId}/${sessionId}/record-attendance`

    if (req.method === 'POST') {
      const notesFormData = await new AttendanceSessionNotesForm(req).sessionNotesData()
      const submittedNotes =
        notesFormData.paramsForUpdate?.sessionNotes ||
        (req.body['record-session-attendance-notes'] as string | undefined) ||
        ''
      const isSkipAndAddLater =
        notesFormData.paramsForUpdate?.isSkipAndAddLater || req.body.action === 'skip-and-add-later'

      if (currentAttendee && !isSkipAndAddLater) {
        if (notesFormData.error) {
          res.status(400)
          const presenter = new AttendanceSessionNotesPresenter(
            notesFormData.error,
            recordAttendanceBffData,
            groupId,
            sessionId,
            selectedAttendanceCode,
            isLastReferral,
            referralId,
            submittedNotes,
            backLinkUri,
          )
          const view = new AttendanceSessionNotesView(presenter)
          return this.renderPage(res, view)
        }

        currentAttendee.sessionNotes = submittedNotes
      }

      if (isLastReferral) {
        const attendeesForSubmission = this.normaliseAttendeesForSubmission(attendees)

        if (!attendeesForSubmission.length) {
          return res.redirect(`/${groupId}/${sessionId}/edit-session`)
        }

        await sendAuditEvent('CREATE_ATTENDANCE', username, sessionId, 'SEARCH_TERM', {
          details: { groupId, attendees: attendeesForSubmission },
        })
        const createSessionAttendanceResponse =
          await this.accreditedProgrammesManageAndDeliverService.createSessionAttendance(username, sessionId, {
            attendees: attendeesForSubmission,
          })

        const referralDetails = await this.accreditedProgrammesManageAndDeliverService.getReferralDetails(
          referralId,
          username,
        )
        logger.info(
          {
            event: 'RECORD_ATTENDANCE',
            groupId,
            sessionId,
            referralIds,
            pdu: referralDetails?.pdu,
            user: username,
            userRegion: req.session.userRegion?.regionDescription ?? '',
          },
          'Session attendance recorded',
        )

        const attendeeReferralIds = createSessionAttendanceResponse.attendees.map(attendee => attendee.referralId)
        this.clearCachedSessionNotes(req, sessionId, attendeeReferralIds.length ? attendeeReferralIds : referralIds)

        const currentPersonName =
          recordAttendanceBffData.people.find(person => person.referralId === referralId)?.name || ''
        const recordedReferralIds = attendeeReferralIds.length ? attendeeReferralIds : referralIds
        const recordedNames = recordedReferralIds
          .map(
            recordedReferralId =>
              recordAttendanceBffData.people.find(person => person.referralId === recordedReferralId)?.name,
          )
          .filter((name): name is string => Boolean(name))
        const journeySource = req.session.editSessionAttendance?.source

        if (journeySource === 'edit-session') {
          delete req.session.editSessionAttendance

          const personNames = recordedNames.length ? recordedNames : [currentPersonName]
          const redirectQuery = new URLSearchParams({
            message: `Attendance recorded for ${this.formatNameList(personNames)}.`,
          })

          return res.redirect(`/${groupId}/${sessionId}/edit-session?${redirectQuery}`)
        }

        const sessionSlug = convertToUrlFriendlyKebabCase(recordAttendanceBffData.sessionModule)
        const sessionNotesQuery = new URLSearchParams({
          referralId,
          source: 'edit-session',
          saved: 'true',
          personOnProbationName: currentPersonName,
        })

        delete req.session.editSessionAttendance
        return res.redirect(`/${groupId}/${sessionId}/${sessionSlug}-attendance-and-session-notes?${sessionNotesQuery}`)
      }

      return res.redirect(this.notesPageUri(groupId, sessionId, referralIds[currentReferralIndex + 1], theGroupTitle))
    }

    const notesValue = new AttendanceSessionNotesForm(req).resolveNotesValue(
      currentAttendee?.sessionNotes,
      referralPerson?.sessionNotes,
    )

    const presenter = new AttendanceSessionNotesPresenter(
      null,
      recordAttendanceBffData,
      groupId,
      sessionId,
      selectedAttendanceCode,
      isLastReferral,
      referralId,
      notesValue,
      backLinkUri,
    )
    const view = new AttendanceSessionNotesView(presenter)

    return this.renderPage(res, view)
  }

  private referralIds(req: Request): string[] {
    const rawReferralIds = req.session.editSessionAttendance?.referralIds as unknown

    if (Array.isArray(rawReferralIds)) {
      return rawReferralIds
    }

    if (typeof rawReferralIds === 'string' && rawReferralIds.length > 0) {
      return [rawReferralIds]
    }

    return []
  }

  private normaliseAttendeesForSubmission(attendees: SessionAttendance['attendees']): SessionAttendance['attendees'] {
    return attendees.map(attendee => {
      const { sessionNotes, ...attendeeWithoutNotes } = attendee

      if (typeof sessionNotes === 'undefined') {
        return attendeeWithoutNotes
      }

      return {
        ...attendeeWithoutNotes,
        sessionNotes: sessionNotes.trim(),
      }
    })
  }

  private clearCachedSessionNotes(req: Request, sessionId: string, referralIds: string[]): void {
    const cache = req.session.sessionNotesCache

    if (cache && cache.sessionId === sessionId && referralIds.includes(cache.referralId)) {
      delete req.session.sessionNotesCache
    }
  }

  private notesPageUri(groupId: string, sessionId: string, referralId: string, groupTitle: string): string {
    return `/${groupId}/${sessionId}/referral/${referralId}/${groupTitle}-session-notes`
  }

  private notesPageGroupTitle(recordAttendanceBffData: RecordSessionAttendance): string {
    const sessionModuleSlug = convertToUrlFriendlyKebabCase(recordAttendanceBffData.sessionModule)

    return recordAttendanceBffData.isCatchup ? `${sessionModuleSlug}-catch-up` : sessionModuleSlug
  }

  private resolveOutcomeCodeFromPerson(
    person: RecordSessionAttendance['people'][number] | undefined,
  ): SessionAttendance['attendees'][number]['outcomeCode'] | null {
    const code = person?.attendance?.code

    if (typeof code !== 'string') {
      return null
    }

    const validCodes = new Set((person?.options || []).map(option => option.value))

    if (!validCodes.has(code)) {
      return null
    }

    return code as SessionAttendance['attendees'][number]['outcomeCode']
  }

  private formatNameList(names: string[]): string {
    if (names.length <= 1) {
      return names[0] || 'selected attendees'
    }

    if (names.length === 2) {
      return `${names[0]} and ${names[1]}`
    }

    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
  }
}
