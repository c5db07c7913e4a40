export default interface OffenderManagerWorkload {
  forename: string
  surname: string
  grade: string
  totalCommunityCases: number
  totalCustodyCases: number
  capacity: number
  code: string
  totalCasesInLastWeek: number
  email: string
}
