export interface AccessPermissions {
  inCaseload: boolean
  userExcluded: boolean
  userRestricted: boolean
  canAccess: boolean
}
