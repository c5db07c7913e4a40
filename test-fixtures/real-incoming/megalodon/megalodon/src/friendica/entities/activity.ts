export type Activity = {
  week: string
  statuses: string
  logins: string
  registrations: string
}
