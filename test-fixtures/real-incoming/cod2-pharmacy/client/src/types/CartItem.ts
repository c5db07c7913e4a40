export interface CartItem {
  medicineId: string;
  quantity: number;
}
