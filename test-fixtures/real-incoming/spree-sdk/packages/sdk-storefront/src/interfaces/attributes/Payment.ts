/**
 * @deprecated This type is no longer used
 */

export interface IPayment {
  payment_method_id: string
}
