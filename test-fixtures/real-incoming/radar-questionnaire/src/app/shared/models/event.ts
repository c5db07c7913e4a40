export interface EventValueExport {
  time: number
  eventType: string
  questionnaireName: string
  metadata: Object
}
