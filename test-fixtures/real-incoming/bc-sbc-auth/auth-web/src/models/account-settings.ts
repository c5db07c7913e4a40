export interface AccountSettings {
  id: number
  label: string
  type: string
  urlpath: string
  urlorigin: string
  accountStatus?: string
}
