/**
 * Tuition checkout: card details go straight to the payment processor.
 */
export interface CheckoutRequest {
  enrollmentId: string;
  cardNumber: string;
  expiry: string;
  cvv: string;
}
