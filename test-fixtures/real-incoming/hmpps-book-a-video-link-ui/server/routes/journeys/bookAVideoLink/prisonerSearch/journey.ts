export type PrisonerSearchJourney = {
  firstName: string
  lastName: string
  dateOfBirth: string
  prison: string
  prisonerNumber: string
  pncNumber: string
}
