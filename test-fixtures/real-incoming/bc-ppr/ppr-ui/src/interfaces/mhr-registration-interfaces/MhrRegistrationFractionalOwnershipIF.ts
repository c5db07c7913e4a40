export interface MhrRegistrationFractionalOwnershipIF {
  type?: string
  interest?: string
  interestNumerator?: number
  interestDenominator?: number
  tenancySpecified?: boolean
}
