export type AppointmentPrisonerDetails = {
  number: string
  name: string
  firstName?: string
  lastName?: string
  prisonCode: string
  status: string
  cellLocation: string
  category?: string
}
