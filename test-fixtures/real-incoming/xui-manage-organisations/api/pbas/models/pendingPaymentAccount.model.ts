export interface PendingPaymentAccount {
  pendingAddPaymentAccount: string[];
  pendingRemovePaymentAccount: string[];
}
