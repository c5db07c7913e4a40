export default interface StaffDetails {
  staffId: number
  username: string
  firstName: string
  lastName: string
  thumbnailId: number
  activeCaseLoadId: string
  accountStatus: string
  lockDate: string
  expiryDate: string
  lockedFlag: boolean
  expiredFlag: boolean
  active: boolean
}
