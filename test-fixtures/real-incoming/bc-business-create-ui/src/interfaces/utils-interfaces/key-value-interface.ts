export interface KeyValueIF {
  key: string
  value: string
}
