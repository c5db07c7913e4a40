export type NumberVerificationRequest = {
  /**
   * The phone number to verify.
   */
  phoneNumber: string;
};
