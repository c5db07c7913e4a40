export interface WalletAddressKeyResponse {
  id: string
  publicKey: string
  createdAt: string | Date
  nickname: string
}
