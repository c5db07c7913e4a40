export default interface Token {
  accessToken: string
  roles: string[]
  expiry: number
}
