import { HSPayment } from './HSPayment';

export interface PaymentUpdateRequest {
    Payments?: HSPayment[]
}