export interface CaselistFilterParams {
  crnOrPersonName?: string
  status?: string
  cohort?: string
  sex?: string
  pdu?: string[]
  reportingTeam?: string[]
}
