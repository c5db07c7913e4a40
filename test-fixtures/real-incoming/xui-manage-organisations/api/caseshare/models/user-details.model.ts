export interface UserDetails {
  caseRoles?: []
  email: string
  firstName: string
  idamId: string
  lastName: string
}
