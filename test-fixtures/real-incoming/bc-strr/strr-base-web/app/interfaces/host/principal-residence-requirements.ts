export interface PrRequirements {
  isPropertyPrExempt: boolean
  prExemptionReason: PrExemptionReason | undefined
}
