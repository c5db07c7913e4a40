export interface AuthorisationSummaryData {
  three_d_secure: {
    required: boolean
  }
}
