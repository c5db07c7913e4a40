export interface UserSearchRequest {
  full_name: string | null;
  email_address: string | null;
  active: boolean | null;
}
