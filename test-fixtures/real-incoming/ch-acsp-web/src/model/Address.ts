export interface Address {
    propertyDetails?: string,
    line1: string,
    line2?: string,
    town: string,
    county?: string,
    country: string,
    postcode: string
}
