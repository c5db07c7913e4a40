import {
  AppointmentOrSessionParams,
  AppointmentUpdateQuery,
  BodyWithNotes,
  GovUkRadioOrCheckboxOption,
  ValidationErrors,
  ViewDataWithNotes,
} from '../../@types/user-defined'
import { AppointmentOutcomeForm } from '../../services/forms/appointmentFormService'
import { AppointmentDto, ContactOutcomeDto } from '../../@types/shared'
import BaseAppointmentUpdatePage from './baseAppointmentUpdatePage'
import DateTimeFormats from '../../utils/dateTimeUtils'
import NotesUtils from '../../utils/components/notesUtils'
import { AppointmentPage } from './pathMap'

export type AttendanceOutcomeBody = {
  attendanceOutcome: string
  notes?: string
}

type AttendanceOutcomeQuery = {
  attendanceOutcome?: string
} & BodyWithNotes &
  AppointmentUpdateQuery

type ViewData = {
  items: Array<GovUkRadioOrCheckboxOption>
} & ViewDataWithNotes

export type AttendanceOutcomeContext = {
  form: AppointmentOutcomeForm
  contactOutcomes: ContactOutcomeDto[]
}

export default class AttendanceOutcomePage extends BaseAppointmentUpdatePage<
  AttendanceOutcomeQuery,
  AttendanceOutcomeContext
> {
  protected page: AppointmentPage = 'attendance-outcome'

  protected getForm(
    data: AppointmentOutcomeForm,
    query: AttendanceOutcomeQuery,
    { contactOutcomes }: AttendanceOutcomeContext,
  ): AppointmentOutcomeForm {
    const contactOutcome = contactOutcomes.find(outcome => outcome.code === query.attendanceOutcome)

    return {
      ...data,
      ...NotesUtils.formData(query),
      contactOutcome,
    }
  }

  protected getValidationErrors(
    body: AttendanceOutcomeBody,
    additionalParams?: AttendanceOutcomeContext,
  ): ValidationErrors<AttendanceOutcomeBody> {
    const validationErrors: ValidationErrors<AttendanceOutcomeBody> = {}

    if (!body.attendanceOutcome) {
      validationErrors.attendanceOutcome = { text: 'Select an attendance outcome' }
    }

    if (additionalParams) {
      const { form, contactOutcomes } = additionalParams
      if (
        this.outcomeIsAttendedOrEnforceable(body.attendanceOutcome, contactOutcomes) &&
        DateTimeFormats.dateIsInFuture(form.date)
      ) {
        validationErrors.attendanceOutcome = {
          text: 'The outcome entered must be: acceptable absence',
        }
      }
    }

    if (body.notes) {
      if (body.notes.length > 4000) {
        validationErrors.notes = { text: 'Notes must be 4000 characters or less' }
      } else if (body.notes.match(/<|>/g)) {
        validationErrors.notes = { text: 'Remove any < and > characters from the notes' }
      }
    }

    return validationErrors
  }

  viewData(
    appointment: AppointmentDto | undefined,
    form: AppointmentOutcomeForm,
    contactOutcomes: ContactOutcomeDto[],
    query: AttendanceOutcomeBody | undefined,
    isSingleAppointment: boolean,
  ): ViewData {
    return {
      ...NotesUtils.questionItems(query ?? {}, form, appointment, isSingleAppointment),
      items: this.items(form, contactOutcomes, query),
    }
  }

  protected backPage(_params: AppointmentOrSessionParams): AppointmentPage {
    return 'choose-project'
  }

  protected nextPage(form: AppointmentOutcomeForm): AppointmentPage {
    if (form.contactOutcome?.attended) {
      return 'log-hours'
    }
    return 'confirm-details'
  }

  private items(
    form: AppointmentOutcomeForm,
    contactOutcomes: ContactOutcomeDto[],
    query?: AttendanceOutcomeQuery,
  ): { text: string; value: string }[] {
    const code = query?.attendanceOutcome ?? form.contactOutcome?.code
    return contactOutcomes.map(outcome => ({
      text: outcome.name,
      value: outcome.code,
      hint: outcome.hintText ? { text: outcome.hintText } : undefined,
      checked: outcome.code === code,
    }))
  }

  private outcomeIsAttendedOrEnforceable(outcomeCode: string, contactOutcomes: ContactOutcomeDto[]): boolean {
    if (!outcomeCode) return false

    const outcome = contactOutcomes.filter(o => o.code === outcomeCode)[0]

    return outcome.attended || outcome.enforceable
  }
}
