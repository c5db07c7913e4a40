export interface IdentityToken {
  identity_token?: string
  expires_in?: number
}
