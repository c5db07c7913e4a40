// Interface for a single autocomplete result.
export interface AutoCompleteResultIF {
  type: string
  value: string
  score: number
}
