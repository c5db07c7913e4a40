export default interface AssessmentDate {
  updatedDate: string
}
