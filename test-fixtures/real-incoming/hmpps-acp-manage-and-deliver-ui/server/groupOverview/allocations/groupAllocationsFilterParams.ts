export interface GroupAllocationsFilterParams {
  nameOrCRN?: string
  pdu?: string[]
  reportingTeam?: string[]
  cohort?: string
  sex?: string
}
