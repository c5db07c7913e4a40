export interface AccountInformationIF {
  accountType: string
  id: number
  label: string
  type: string
}
