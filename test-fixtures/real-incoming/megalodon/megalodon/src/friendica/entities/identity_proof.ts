export type IdentityProof = {
  provider: string
  provider_username: string
  updated_at: string
  proof_url: string
  profile_url: string
}
