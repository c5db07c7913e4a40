export interface AssessmentDateInfo {
  hasOpenAssessment?: boolean
  recentCompletedAssessmentDate?: string | null
}
