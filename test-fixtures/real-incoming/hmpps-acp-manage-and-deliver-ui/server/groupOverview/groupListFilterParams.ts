export interface GroupListFilterParams {
  groupCode?: string
  pdu?: string[]
  deliveryLocations?: string[]
  cohort?: string
  sex?: string
}
