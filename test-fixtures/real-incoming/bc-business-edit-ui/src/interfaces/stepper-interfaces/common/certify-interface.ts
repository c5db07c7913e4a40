export interface CertifyIF {
  valid: boolean
  certifiedBy: string
}
