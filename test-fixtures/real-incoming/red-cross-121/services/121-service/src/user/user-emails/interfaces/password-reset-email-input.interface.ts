export interface PasswordResetEmailInput {
  readonly email: string;
  readonly recipientName: string;
  readonly password: string;
}
