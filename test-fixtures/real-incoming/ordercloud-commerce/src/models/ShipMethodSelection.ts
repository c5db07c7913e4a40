
export interface ShipMethodSelection {
    ShipEstimateID?: string
    ShipMethodID?: string
}