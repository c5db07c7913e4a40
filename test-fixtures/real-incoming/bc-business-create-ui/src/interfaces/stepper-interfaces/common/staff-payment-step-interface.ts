import { StaffPaymentIF } from '@/interfaces'

export interface StaffPaymentStepIF {
  valid: boolean
  staffPayment: StaffPaymentIF
}
