import type { InstallmentOption } from './InstallmentOption.js';

/** @description Object containing specific information for PAYONE Secured Installment. */
export interface PaymentProduct3391SpecificOutput {
  /** @description List of installment options. */
  installmentOptions?: InstallmentOption[];
}
