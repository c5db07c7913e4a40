export interface InventoryType {
  typeId: string;
  type: string;
}
