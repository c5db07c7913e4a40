export type Token = {
  userToken?: string
  restricted?: boolean
}
