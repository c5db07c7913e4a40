/**
 * Tuition payment, taken at registration and passed to the card processor.
 */
export interface TuitionPayment {
  registrationId: string;
  amountCents: number;
  currency: "USD";
  cardholderName: string;
  cardNumber: string;
  cardExpiry: string;
  cvc: string;
  billingZip: string;
}

export function maskCard(payment: TuitionPayment): string {
  return `**** ${payment.cardNumber.slice(-4)}`;
}
