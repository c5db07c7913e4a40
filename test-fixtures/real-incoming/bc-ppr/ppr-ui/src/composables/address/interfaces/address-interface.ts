export interface AddressIF {
  street: string
  streetAdditional?: string
  city: string
  region: string
  postalCode: string
  country: string
  deliveryInstructions?: string
}
