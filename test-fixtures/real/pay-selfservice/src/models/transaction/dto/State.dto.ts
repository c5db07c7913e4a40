export interface StateData {
  status: string
  finished: boolean
  code?: string
  message?: string
  can_retry?: boolean
}
