export interface CourtOrderIF {
  fileNumber: string,
  orderDate?: string,
  effectOfOrder?: string,
  hasPlanOfArrangement?: boolean
}
