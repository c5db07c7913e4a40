export interface IncorporationAgreementTypeIF {
  code: string
  description: string
}
