export interface PaymentMode {
  id: string
  name: string
  createdAt: Date
  updatedAt: Date
  isDisabled: boolean
}
