export interface SsoIdirUserAttributes {
  idir_user_guid: string[];
  user_principal_name: string[];
  idir_username: string[];
  display_name: string[];
}
