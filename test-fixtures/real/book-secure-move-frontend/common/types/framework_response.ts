export interface FrameworkResponse {
  id: string
  value: string
}
