export interface ContractResponse {
  isCorporate: boolean
  corporateName: string
  email?: string
  firstName: string
  lastName: string
  userName: string
}
