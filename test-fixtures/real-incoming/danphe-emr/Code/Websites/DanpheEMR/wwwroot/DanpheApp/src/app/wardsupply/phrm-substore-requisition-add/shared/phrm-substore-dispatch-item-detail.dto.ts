export class PHRMSUbStoreDispatchItemDetail_DTO {
    ItemId: number;
    ItemName: string;
    GenericName: string;
    RequestedQuantity: number;
    DispatchItemsId: number;
    BatchNo: string;
    RackNo: string;
    ExpiryDate: string;
    DispatchedQuantity: number;
    ItemRemarks: string;
    PendingQuantity: number;
}