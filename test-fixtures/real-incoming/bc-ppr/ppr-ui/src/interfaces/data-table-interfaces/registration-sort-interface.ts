export interface RegistrationSortIF {
  endDate: string,
  folNum: string,
  orderBy: string,
  orderVal: string,
  regBy: string,
  regNum: string,
  regParty: string,
  regType: string,
  secParty: string,
  startDate: string,
  status: string,
  documentId: string
  civicAddress: string
  manufacturerName: string
}
