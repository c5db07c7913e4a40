export interface ItemOptionsDeliveryTimescaleConfigurable {
    deliveryTimescale: string;
}
