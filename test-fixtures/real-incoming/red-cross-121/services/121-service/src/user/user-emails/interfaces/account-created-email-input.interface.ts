export interface AccountCreatedEmailInput {
  readonly email: string;
  readonly recipientName: string;
  readonly password: string;
}
