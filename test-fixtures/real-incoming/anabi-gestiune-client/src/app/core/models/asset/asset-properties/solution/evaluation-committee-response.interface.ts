export interface EvaluationCommitteeResponse {
  evaluationCommitteeDesignationDate: string;
  evaluationCommitteePresident: string;
  evaluationCommitteeMembers: string;
}
