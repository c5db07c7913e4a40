/** @description Output that is SEPA Direct Debit specific (i.e. the used mandate). */
export interface PaymentProduct771SpecificOutput {
  /** @description Unique reference fo a SEPA Mandate */
  mandateReference?: string;
}
