export interface IShipment {
  id: string
  selected_shipping_rate_id: string
}
