export interface Resetpassword {
  appId: string;
  email: string;
}
