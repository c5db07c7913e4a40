/* eslint-disable @typescript-eslint/no-explicit-any */
export default class CreateProfileResponse {
  offenderId: string

  bookingId: number

  createdBy: string

  createdDateTime: string

  modifiedBy: string

  modifiedDateTime: string

  schemaVersion: string

  profileData: any // Not firm schema yet
}
