export interface UserRequestEmailModel {
  email: string;
  url: string;
}
