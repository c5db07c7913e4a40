export interface QuantityInformation {
  minPurchase: number;
  maxPurchase: number | null;
  purchaseSteps: number | null;
}
