export default interface StaffLookupItem {
  firstName: string
  lastName?: string
  fullName: string
  email: string
  jobTitle?: string
}
