import { PaymentModeDto } from './paymentMode.dto'

export class GetPaymentModeListResponse {
  paymentModes: PaymentModeDto[]
}
