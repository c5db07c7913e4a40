export interface EffectiveDateTimeIF {
  dateTimeString: string // ISO format
  isFutureEffective: boolean
}
