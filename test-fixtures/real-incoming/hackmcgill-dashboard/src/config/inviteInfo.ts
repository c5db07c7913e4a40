export interface IInviteInfo {
  email: string;
  accountType: string;
}
