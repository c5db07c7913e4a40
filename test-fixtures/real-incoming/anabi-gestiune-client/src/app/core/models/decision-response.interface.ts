export interface DecisionResponse {
  id: number;
  defendantName: string;
  decisionNumber: string;
  fileNumber: string;
  stage: string;
  assetId: number;
}
