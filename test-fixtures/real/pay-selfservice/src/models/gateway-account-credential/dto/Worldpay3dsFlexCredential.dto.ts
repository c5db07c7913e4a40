export interface Worldpay3dsFlexCredentialData {
  organisational_unit_id: string
  issuer: string
  exemption_engine_enabled: boolean
  corporate_exemptions_enabled: boolean
}
