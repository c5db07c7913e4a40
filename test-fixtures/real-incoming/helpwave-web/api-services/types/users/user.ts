export type User = {
  id: string,
  name: string,
  nickname: string,
  avatarUrl?: string,
}
