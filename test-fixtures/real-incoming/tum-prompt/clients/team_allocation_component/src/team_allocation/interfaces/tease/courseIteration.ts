export interface CourseIteration {
  id?: string
  kickoffSubmissionPeriodEnd?: string
  semesterName?: string
}
