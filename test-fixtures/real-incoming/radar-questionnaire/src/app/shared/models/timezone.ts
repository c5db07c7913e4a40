export interface ApplicationTimeZoneValueExport {
  time: number
  offset: number
}
