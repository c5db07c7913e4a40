import { PaymentModeDto } from './paymentMode.dto'

export class GetPaymentModeResponse {
  paymentMode: PaymentModeDto
}
