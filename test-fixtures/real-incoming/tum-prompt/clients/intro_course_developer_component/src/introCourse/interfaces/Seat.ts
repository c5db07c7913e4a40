export type Seat = {
  seatName: string
  hasMac: boolean
  deviceID: string | null
  assignedStudent: string | null
  assignedTutor: string | null
}
