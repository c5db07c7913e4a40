export interface Decoded {
  id: number
  email: string
  iat: number
  exp: number
}
