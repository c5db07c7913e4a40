export type FranceConnectIdentity = {
  firstName: string
  lastName: string
  preferredName?: string
}
