export type ResettlementWorker = {
  staffId: number
  firstName?: string
  lastName?: string
}
