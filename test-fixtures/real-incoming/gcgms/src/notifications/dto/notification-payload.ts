export class NotificationPayload {
  title: string;
  body: string;
  type: string;
  data: Record<string, string>;
}
