export interface CCDRawUserModel {
  case_roles: string[];
  email: string;
  first_name: string;
  idam_id: string;
  last_name: string;
}
