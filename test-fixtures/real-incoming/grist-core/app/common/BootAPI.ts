export interface VerifyBootKeyResponse {
  adminEmail: string | null;
}
