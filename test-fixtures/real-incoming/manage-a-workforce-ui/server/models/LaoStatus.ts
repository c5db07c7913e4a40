export default interface LaoStatus {
  crn: string
  userExcluded: boolean
  userRestricted: boolean
}
