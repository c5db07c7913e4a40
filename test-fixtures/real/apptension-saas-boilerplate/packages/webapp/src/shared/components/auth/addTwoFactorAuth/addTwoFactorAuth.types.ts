export type VerifyOtpFormFields = {
  token: string;
  userId: string;
};
