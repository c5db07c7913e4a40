import type { RedirectPaymentMethodSpecificInputForIntent } from './RedirectPaymentMethodSpecificInputForIntent.js';

/** @description Input for the payment for a payment intent method. */
export interface PaymentMethodSpecificInputForIntent {
  redirectPaymentMethodSpecificInput?: RedirectPaymentMethodSpecificInputForIntent;
}
