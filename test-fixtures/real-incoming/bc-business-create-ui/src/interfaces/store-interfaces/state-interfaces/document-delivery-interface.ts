export interface DocumentDeliveryIF {
  documentOptionalEmail: string
  valid: boolean
}
