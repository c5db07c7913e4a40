
export interface ShipMethodSupplierView {
    EstimatedTransitDays?: number
    Name?: string
    ShipFromAddressID?: string
}