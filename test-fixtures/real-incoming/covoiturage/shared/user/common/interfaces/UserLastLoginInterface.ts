export interface UserLastLoginInterface {
  _id: number;
  ago: string;
  last_login_at: Date;
  name: string;
  email: string;
  role: string;
  status: string;
}
