export interface OrderStatusItem {
  customLabel: string;
  statusCode: string;
  systemLabel: string;
}
