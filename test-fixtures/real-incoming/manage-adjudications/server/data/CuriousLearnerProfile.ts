export interface LearnerProfile {
  establishmentId?: string
  prn?: string
  uln?: string
  additionalLDDAndHealthProblems?: Array<string>
  primaryLDDAndHealthProblem?: string
}
