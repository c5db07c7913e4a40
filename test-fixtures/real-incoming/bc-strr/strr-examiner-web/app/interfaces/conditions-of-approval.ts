export interface ConditionsOfApproval {
  predefinedConditions: string[]
  customConditions?: string[]
  minBookingDays?: number
}
