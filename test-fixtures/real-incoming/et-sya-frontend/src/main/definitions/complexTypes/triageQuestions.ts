export interface TriageQuestions {
  postcode?: string;
  claimJurisdiction?: string;
  claimantRepresentedQuestion?: string;
  caseType?: string;
  acasMultiple?: string;
  validNoAcasReason?: string;
  typesOfClaim?: string[];
}
