export interface DaffOrderShipmentTracking {
  tracking_number: string;
  tracking_url: string;
  carrier: string;
  carrier_logo?: string;
  title?: string;
}
