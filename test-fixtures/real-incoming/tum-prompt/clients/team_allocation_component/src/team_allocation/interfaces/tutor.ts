export type Tutor = {
  CoursePhaseID: string
  CourseParticipationID: string
  FirstName: string
  LastName: string
  TeamID: string
}
