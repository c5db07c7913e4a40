export interface PaymentErrorIF {
  detail: string
  title: string
  type: string
}
