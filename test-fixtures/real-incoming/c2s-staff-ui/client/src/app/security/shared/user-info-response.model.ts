export class UserInfoResponse {
  user_id: string;
  user_name: string;
  given_name: string;
  family_name: string;
  email: string;
  name: string;
}
