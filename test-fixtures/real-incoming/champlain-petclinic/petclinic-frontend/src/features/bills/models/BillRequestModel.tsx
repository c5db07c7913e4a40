export interface BillRequestModel {
  customerId: string;
  visitType: string;
  vetId: string;
  date: string;
  amount: number;
  billStatus: string;
  dueDate: string;
}
