export class INV_RPT_InventorySummaryReport_DTO {

    public StoreId: number = 0;
    public StoreName: string = "";
    public ItemId: number = 0;
    public ItemCode: string = "";
    public ItemName: string = "";
    public ItemType: string = "";
    public SubCategory: string = "";
    public Unit: string = "";
    public OpeningQty: number = 0;
    public OpeningValue: number = 0;
    public PurchaseQty: number = 0;
    public PurchaseValue: number = 0;
    public TransInQty: number = 0;
    public TransInValue: number = 0;
    public TransOutQty: number = 0;
    public TransOutValue: number = 0;
    public ConsumptionQty: number = 0;
    public ConsumptionValue: number = 0;
    public StockManageOutQty: number = 0;
    public StockManageOutValue: number = 0;
    public StockManageInQty: number = 0;
    public StockManageInValue: number = 0;
    public ClosingQty: number = 0;
    public ClosingValue: number = 0;
}