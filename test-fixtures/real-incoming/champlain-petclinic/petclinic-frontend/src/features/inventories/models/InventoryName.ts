export interface InventoryName {
  nameId: string;
  name: string;
}
