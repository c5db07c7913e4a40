import { AppointmentDto, ContactOutcomeDto, ProjectDto } from '../../@types/shared'
import { AppointmentOrSessionParams, GovUkSummaryListItem, ValidationErrors } from '../../@types/user-defined'
import { AppointmentOutcomeForm } from '../../services/forms/appointmentFormService'
import AppointmentUtils from '../../utils/appointmentUtils'
import DateTimeFormats from '../../utils/dateTimeUtils'
import GovUKComponentUtils from '../../utils/govUkComponentUtils'
import HtmlUtils from '../../utils/htmlUtils'
import LocationUtils from '../../utils/locationUtils'
import { yesNoDisplayValue } from '../../utils/utils'
import BaseAppointmentUpdatePage from './baseAppointmentUpdatePage'
import { AppointmentPage } from './pathMap'

interface ViewData {
  backLink: string
  projectItems: Array<GovUkSummaryListItem>
  showMissingOutcomeMessage: boolean
  appointmentItems: Array<GovUkSummaryListItem>
  complianceItems: Array<GovUkSummaryListItem>
  timeItems: Array<GovUkSummaryListItem>
  sharedItems: Array<GovUkSummaryListItem>
  contactOutcome?: {
    name: string
    tagClass: string
  }
  nextPath: string
}

export default class CheckAppointmentDetailsPage extends BaseAppointmentUpdatePage {
  protected page: AppointmentPage = 'appointment-details'

  protected getForm(form: AppointmentOutcomeForm): AppointmentOutcomeForm {
    return form
  }

  protected getValidationErrors(_query: unknown, _additionalParams?: unknown): ValidationErrors<unknown> {
    return {}
  }

  viewData({
    appointment,
    project,
    contactOutcome,
    formId,
    originalSearch,
  }: {
    appointment: AppointmentDto
    project: ProjectDto
    contactOutcome?: ContactOutcomeDto
    formId?: string
    originalSearch?: Record<string, string>
  }): ViewData {
    return {
      projectItems: this.buildProjectDetails(project, appointment),
      appointmentItems: this.buildAppointmentDetails(appointment),
      complianceItems: this.buildComplianceDetails(appointment),
      timeItems: this.buildTimeDetails(appointment),
      sharedItems: this.buildSharedDetails(appointment),
      contactOutcome: this.buildContactOutcomeDetails(contactOutcome),
      showMissingOutcomeMessage: this.isMissingOutcome(appointment),
      nextPath: this.next({
        pathData: { projectCode: appointment.projectCode, appointmentId: appointment.id.toString() },
        formId,
      }),
      backLink: this.exitForm(
        { projectCode: appointment.projectCode, appointmentId: appointment.id.toString(), date: appointment.date },
        project.projectType.group,
        originalSearch,
      ),
    }
  }

  private isMissingOutcome(appointment: AppointmentDto): boolean {
    if (appointment.contactOutcomeCode) {
      return false
    }

    if (DateTimeFormats.dateTimeIsInFuture(appointment.date, appointment.startTime)) {
      return false
    }

    return true
  }

  buildContactOutcomeDetails(contactOutcome?: ContactOutcomeDto): { name: string; tagClass: string } | undefined {
    if (!contactOutcome) {
      return undefined
    }

    return {
      name: contactOutcome.name,
      tagClass: HtmlUtils.getStatusTagClass(AppointmentUtils.getStatusColour(contactOutcome)),
    }
  }

  private buildAppointmentDetails(appointment: AppointmentDto): Array<GovUkSummaryListItem> {
    return GovUKComponentUtils.buildSummaryListItems(
      [
        { label: 'Notes detail', content: AppointmentUtils.formatNotesAsHtml(appointment.notes), contentIsHtml: true },
        { label: 'Sensitive', content: yesNoDisplayValue(appointment.sensitive) },
      ],
      true,
    )
  }

  private buildSharedDetails(appointment: AppointmentDto): Array<GovUkSummaryListItem> {
    return GovUKComponentUtils.buildSummaryListItems(
      [
        { label: 'Enforcement action', content: appointment.enforcementData?.enforcementActionName },
        {
          label: 'Respond by',
          content: appointment.enforcementData?.respondBy
            ? DateTimeFormats.isoDateToUIDate(appointment.enforcementData.respondBy)
            : undefined,
        },
        { label: 'Alert sent', content: yesNoDisplayValue(appointment.alertActive) },
      ],
      true,
    )
  }

  private buildTimeDetails(appointment: AppointmentDto): GovUkSummaryListItem[] {
    const penaltyMinutes = appointment.attendanceData?.penaltyMinutes ?? 0
    const minutesCredited = appointment.minutesCredited ?? 0
    const minutesWorked = minutesCredited + penaltyMinutes
    return GovUKComponentUtils.buildSummaryListItems(
      [
        {
          label: 'Hours worked',
          content:
            minutesWorked > 0 ? DateTimeFormats.totalMinutesToHumanReadableHoursAndMinutes(minutesWorked) : undefined,
        },
        {
          label: 'Penalty hours',
          content:
            penaltyMinutes > 0 ? DateTimeFormats.totalMinutesToHumanReadableHoursAndMinutes(penaltyMinutes) : undefined,
        },
        {
          label: 'Hours credited',
          content:
            minutesCredited > 0
              ? DateTimeFormats.totalMinutesToHumanReadableHoursAndMinutes(minutesCredited)
              : undefined,
        },
      ],
      true,
    )
  }

  private buildComplianceDetails(appointment: AppointmentDto): Array<GovUkSummaryListItem> {
    if (appointment.attendanceData) {
      return GovUKComponentUtils.buildSummaryListItems(
        [
          { label: 'Wore hi-vis', content: yesNoDisplayValue(appointment.attendanceData?.hiVisWorn) },
          { label: 'Working intensively', content: yesNoDisplayValue(appointment.attendanceData?.workedIntensively) },
          {
            label: 'Work quality',
            content: AppointmentUtils.formatComplianceRatings(appointment.attendanceData?.workQuality),
          },
          {
            label: 'Behaviour',
            content: AppointmentUtils.formatComplianceRatings(appointment.attendanceData?.behaviour),
          },
        ],
        true,
      )
    }

    return []
  }

  private buildProjectDetails(project: ProjectDto, appointment: AppointmentDto): Array<GovUkSummaryListItem> {
    const items = [
      { label: 'Region', content: project.providerName },
      { label: 'Team', content: project.teamName },
      { label: 'Project', content: project.projectName },
      { label: 'Project type', content: project.projectType.name },
      { label: 'Location', content: LocationUtils.locationToString(project.location, { withLineBreaks: false }) },
      { label: 'Date', content: DateTimeFormats.isoDateToUIDate(appointment.date) },
      {
        label: 'Time',
        content: `${DateTimeFormats.stripTime(appointment.startTime)} - ${DateTimeFormats.stripTime(appointment.endTime)}`,
      },
      {
        label: 'Pick up place',
        content: appointment.pickUpData?.pickupLocation
          ? LocationUtils.locationToString(appointment.pickUpData?.pickupLocation, { withLineBreaks: false })
          : undefined,
      },
      {
        label: 'Pick up time',
        content: appointment.pickUpData?.time ? DateTimeFormats.stripTime(appointment.pickUpData?.time) : undefined,
      },
      { label: 'Supervising team', content: appointment.supervisingTeam },
      { label: 'Supervising officer', content: appointment.supervisorOfficerName },
    ]

    return GovUKComponentUtils.buildSummaryListItems(items, true)
  }

  protected backPage(_params: AppointmentOrSessionParams): AppointmentPage | undefined {
    return undefined
  }

  protected nextPage(): AppointmentPage {
    return 'choose-supervisor'
  }
}
