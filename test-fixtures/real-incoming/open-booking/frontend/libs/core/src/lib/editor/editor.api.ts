export interface Editor {
  id: number,
  resourceId: number,
  resourceType: string,
  userId: string,
  userName: string,
  startedAt: string,
  expires: string
}
