export type DeveloperProfile = {
  coursePhaseID: string
  courseParticipationID: string
  appleID: string
  gitLabUsername: string
  hasMacBook: boolean
  iPhoneUDID?: string
  iPadUDID?: string
  appleWatchUDID?: string
}
