export type OrganisationAddress = {
  addressLine1: string | null
  addressLine2: string | null
  country: string
  county: string | null
  postalCode: string
  town: string
}
