export type AppointmentErrorMessage = {
  appointmentType?: boolean
  appointmentTitle?: boolean
  organisation?: boolean
  contact?: boolean
  dateAndTime?: boolean
  dateIsPast?: boolean
  appointmentDuration?: boolean
}
