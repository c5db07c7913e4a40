export interface SanIndicatorResponse {
  crn: string
  sanIndicator: boolean
}

export interface SentencePlan {
  showLink: boolean
  showText: boolean
  lastUpdatedDate: string
}
