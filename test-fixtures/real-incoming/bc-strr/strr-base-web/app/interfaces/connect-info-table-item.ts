export interface ConnectInfoTableItem {
  label: string
  subLabel?: string
  info: any
  slot?: string
}
