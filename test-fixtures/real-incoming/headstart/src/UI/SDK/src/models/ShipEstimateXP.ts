import { HSShipMethod } from './HSShipMethod';

export interface ShipEstimateXP {
    AllShipMethods?: HSShipMethod[]
    SupplierID?: string
    ShipFromAddressID?: string
}