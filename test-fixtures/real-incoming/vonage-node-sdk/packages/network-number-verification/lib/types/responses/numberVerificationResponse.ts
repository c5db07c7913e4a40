export type NumberVerificationResponse = {
  /**
   * The phone number that was verified.
   */
  devicePhoneNumberVerified: boolean;
};
