export interface AgreementCancelRequestData {
  user_email: string,
  user_external_id: string
}
