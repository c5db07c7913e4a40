export interface AssetResponse {
  assetId: number;
  assetName: string;
  assetIdentifier: string;
  assetCategory: string;
  assetSubcategory: string;
  currentStage: string;
  estimatedAmount: number;
  estimatedAmountCurrency: string;
}
