export default interface NotificationPayload {
  id: number;
  message?: string;
}
