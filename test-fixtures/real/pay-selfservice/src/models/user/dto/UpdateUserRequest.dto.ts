export interface UpdateUserRequestData {
  op: string
  path: string
  value: string | number
}
