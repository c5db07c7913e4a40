export interface AddressSchemaIF {
  streetAddress: object
  streetAddressAdditional: object
  addressCity: object
  addressCountry: object
  addressRegion: object
  postalCode: object
  deliveryInstructions: object
}
