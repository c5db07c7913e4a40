export interface OtpDetails {
  otp?: string
  expiryDate?: string
}
