export interface Claim {
  id: number,
  userId: string,
  expires: string
}
