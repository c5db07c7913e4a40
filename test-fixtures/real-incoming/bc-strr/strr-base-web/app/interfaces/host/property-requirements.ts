export interface PropertyRequirements {
  isBusinessLicenceRequired: boolean
  isPrincipalResidenceRequired: boolean
  isStrProhibited: boolean
  isStraaExempt: boolean | null
  organizationNm: string
}
