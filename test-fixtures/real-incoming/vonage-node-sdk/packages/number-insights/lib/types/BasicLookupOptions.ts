/**
 * Basic lookup options for a phone number lookup operation.
 */
export type BasicLookupOptions = {
  /**
   * The two-character country code for the phone number's country.
   */
  country?: string;
};
