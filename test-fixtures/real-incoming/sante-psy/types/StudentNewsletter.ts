export type StudentNewsletter = {
  id: string,
  email: string,
  letter: boolean,
  appointment: boolean,
  doctorAppointment: boolean,
  doctorAppointment2: boolean,
  referral: number,
  source: string,
  createdAt: Date,
  updatedAt?: Date
}
