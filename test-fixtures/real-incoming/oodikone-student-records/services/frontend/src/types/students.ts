export type Absence = {
  startDate: Date
  endDate: Date
  semestercode: number
  enrollmenttype: number
  statutoryAbsence: boolean
}
