export default interface CaseOverview {
  crn: string
  tier: string
  name: string
  initialAppointment: string
  caseType: string
  convictionNumber: number
}
