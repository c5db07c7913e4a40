export interface CCDRawUserModel {
  case_roles: []
  email: string
  first_name: string
  idam_id: string
  last_name: string
}
