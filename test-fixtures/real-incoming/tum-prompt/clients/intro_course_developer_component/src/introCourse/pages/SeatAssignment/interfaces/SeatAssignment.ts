export type SeatAssignment = {
  seatName: string
  hasMac: boolean
  deviceID: string
  studentCourseParticipationID: string
  tutorFirstName: string
  tutorLastName: string
  tutorEmail: string
}
