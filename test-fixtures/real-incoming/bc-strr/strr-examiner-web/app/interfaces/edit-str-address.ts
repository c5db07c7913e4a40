export interface EditStrAddress {
    unitNumber?: string
    streetNumber?: string
    streetName?: string
    addressLineTwo?: string
    city: string
    postalCode: string
    province: string
    locationDescription?: string
  }
