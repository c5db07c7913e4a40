export type ResetPasswordFormFields = {
  email: string;
};
