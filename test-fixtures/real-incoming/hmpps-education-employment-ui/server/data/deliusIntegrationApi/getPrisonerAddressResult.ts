export default interface GetPrisonerAddressResult {
  buildingName: string
  addressNumber: string
  streetName: string
  district: string
  town: string
  county: string
  postcode: string
  noFixedAbode: boolean
}
