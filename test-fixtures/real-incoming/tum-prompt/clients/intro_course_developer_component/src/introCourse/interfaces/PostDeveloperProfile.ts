export type PostDeveloperProfile = {
  appleID: string
  gitLabUsername: string
  hasMacBook: boolean
  iPhoneUDID?: string
  iPadUDID?: string
  appleWatchUDID?: string
}
