export type QuoteApproval = {
  automatic: Array<string>
  manual: Array<string>
  current_user: string
}
