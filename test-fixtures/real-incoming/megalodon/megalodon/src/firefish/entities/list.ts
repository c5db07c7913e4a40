export type List = {
  id: string
  createdAt: string
  name: string
  userIds?: Array<string>
}
