export interface PublicKey {
  kty?: string
  n?: string
  e?: string
  alg?: string
  use?: string
  kid?: string
}
