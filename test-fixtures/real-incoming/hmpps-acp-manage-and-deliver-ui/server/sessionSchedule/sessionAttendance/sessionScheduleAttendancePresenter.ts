import {
  ProgrammeGroupModuleSessionsResponse,
  ProgrammeGroupModuleSessionsResponseGroupModule,
  ProgrammeGroupModuleSessionsResponseGroupSession,
} from '@manage-and-deliver-api'
import { AccordionArgsItem } from '../../utils/govukFrontendTypes'
import { MojAlertComponentArgs } from '../../interfaces/alertComponentArgs'
import { convertToUrlFriendlyKebabCase, getEditSessionRouteTitle } from '../../utils/utils'
import GroupServiceLayoutPresenter, {
  GroupServiceNavigationValues,
} from '../../shared/groups/groupServiceLayoutPresenter'

const BRINING_IT_ALL_TOGETHER_MODULE = 'bringing it all together'

export default class SessionScheduleAttendancePresenter extends GroupServiceLayoutPresenter {
  constructor(
    readonly groupId: string,
    private readonly groupSessionsData: ProgrammeGroupModuleSessionsResponse | null = null,
    private readonly successMessage?: string,
  ) {
    super(GroupServiceNavigationValues.sessionsAndAttendanceTab, groupId)
  }

  get pageTitle(): string {
    return 'Sessions and attendance'
  }

  get text() {
    const groupCode = this.groupSessionsData?.group?.code

    return {
      headingCaptionText: groupCode || '',
      headingText: 'Sessions and attendance',
    }
  }

  isCatchupSession(session: ProgrammeGroupModuleSessionsResponseGroupSession): boolean {
    return session.isCatchup ?? false
  }

  get scheduleSessionSuccessMessageArgs(): MojAlertComponentArgs | null {
    if (!this.successMessage) return null

    return {
      variant: 'success',
      title: 'Success',
      text: this.successMessage,
      dismissible: true,
    }
  }

  getAccordionItems(): AccordionArgsItem[] {
    const modules = this.modulesSessions()

    if (!modules.length) {
      return [
        {
          heading: { text: 'No modules available' },
          content: {
            html: '<p class="govuk-body">There are no module details available for this group yet.</p>',
          },
          expanded: true,
        },
      ]
    }

    return modules.map(moduleSession => ({
      heading: { text: this.moduleHeading(moduleSession) },

      content: { html: this.moduleContent(moduleSession) },
      expanded: false,
    }))
  }

  private modulesSessions(): ProgrammeGroupModuleSessionsResponseGroupModule[] {
    const modulesSessions = this.groupSessionsData?.modules
    return Array.isArray(modulesSessions) ? (modulesSessions as ProgrammeGroupModuleSessionsResponseGroupModule[]) : []
  }

  private moduleHeading(moduleSession: ProgrammeGroupModuleSessionsResponseGroupModule) {
    return `${moduleSession.name ?? ''}`.trim()
  }

  private moduleHeadingAppended(moduleSession: ProgrammeGroupModuleSessionsResponseGroupModule): string {
    const heading = this.moduleHeading(moduleSession)
    return heading === 'Pre-group one-to-ones' || heading === 'Post-programme reviews' ? '' : ' sessions'
  }

  private moduleContent(moduleSession: ProgrammeGroupModuleSessionsResponseGroupModule) {
    const sessions = Array.isArray(moduleSession.sessions) ? moduleSession.sessions : []

    const sessionsHtml =
      sessions.length > 0
        ? `
      <table class="govuk-table" data-module="moj-sortable-table">
      <caption class="govuk-table__caption--s govuk-!-text-align-left"><strong>Scheduled ${this.moduleHeading(moduleSession)}${this.moduleHeadingAppended(moduleSession)}</strong></caption>
        <thead class="govuk-table__head">
          <tr class="govuk-table__row">
            <th scope="col" class="govuk-table__header">Session name</th>
            <th scope="col" class="govuk-table__header">Session type</th>
            <th scope="col" class="govuk-table__header">Participants</th>
            <th scope="col" class="govuk-table__header" aria-sort="none" data-sortable>Date of session</th>
            <th scope="col" class="govuk-table__header">Time</th>
            <th scope="col" class="govuk-table__header">Facilitators</th>
          </tr>
        </thead>
        <tbody class="govuk-table__body">
          ${sessions.map((session: ProgrammeGroupModuleSessionsResponseGroupSession) => this.sessionTableRow(session)).join('')}
        </tbody>
      </table>
    `
        : ''

    const startDateTextHtml = this.getStartDateText(moduleSession)
    const scheduleButtonText = moduleSession.scheduleButtonText || 'Schedule a session'
    const scheduleButtonHref = this.scheduleSessionHref(moduleSession)

    const scheduleButtonHtml = `
    ${startDateTextHtml}
    <div class="govuk-!-margin-top-4">
      <a class="govuk-button govuk-button--secondary" data-module="govuk-button" href="${scheduleButtonHref}">
        ${scheduleButtonText}
      </a>
    </div>
  `

    return `${sessionsHtml}${scheduleButtonHtml}`
  }

  private getStartDateText(moduleSession: ProgrammeGroupModuleSessionsResponseGroupModule): string {
    const isBringingItAllTogether = moduleSession.name.toLowerCase() === BRINING_IT_ALL_TOGETHER_MODULE
    const hasStartDateText =
      moduleSession.startDateText?.estimatedStartDateText && moduleSession.startDateText?.sessionStartDate

    if (isBringingItAllTogether || !hasStartDateText) {
      return ''
    }

    return `<p class="govuk-body"><strong>${moduleSession.startDateText.estimatedStartDateText}:</strong> ${moduleSession.startDateText.sessionStartDate}</p>`
  }

  private sessionTableRow(session: ProgrammeGroupModuleSessionsResponseGroupSession): string {
    const participants = session.participants?.length ? session.participants.join('<br/> ') : ''
    const facilitators = session.facilitators?.length
      ? session.facilitators.join('<span class="govuk-!-display-block govuk-!-margin-bottom-1"></span>')
      : ''
    const dateSortValue = this.sortableTableDate(session.dateOfSession)
    const sessionTitle = getEditSessionRouteTitle(session.name || '', session.type)
    const baseSlug = convertToUrlFriendlyKebabCase(sessionTitle) || 'session'
    const sessionSlug =
      this.isCatchupSession(session) && !baseSlug.endsWith('-catch-up') ? `${baseSlug}-catch-up` : baseSlug

    return `
    <tr class="govuk-table__row">
      <td class="govuk-table__cell"><a href="/${this.groupId}/${session.id}/${sessionSlug}">${session.name || ''}</a></td>
      <td class="govuk-table__cell">${this.isCatchupSession(session) ? 'Catch-up' : session.type || ''}</td>
      <td class="govuk-table__cell">${participants}</td>
      <td class="govuk-table__cell" data-sort-value="${dateSortValue}">${session.dateOfSession || ''}</td>
      <td class="govuk-table__cell">${session.timeWithCapitalisedMidday || ''}</td>
      <td class="govuk-table__cell">${facilitators}</td>
    </tr>
  `
  }

  private sortableTableDate(dateString: string | undefined): string {
    if (!dateString) return ''
    const date = new Date(dateString)
    return Number.isNaN(date.getTime()) ? dateString : date.getTime().toString()
  }

  private scheduleSessionHref(moduleSession: ProgrammeGroupModuleSessionsResponseGroupModule) {
    return `/${this.groupId}/${moduleSession.id}/schedule-session-type`
  }
}
