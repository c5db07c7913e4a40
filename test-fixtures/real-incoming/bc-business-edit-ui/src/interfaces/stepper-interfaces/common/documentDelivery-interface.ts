export interface DocumentDeliveryIF {
  documentOptionalEmail: string
}
