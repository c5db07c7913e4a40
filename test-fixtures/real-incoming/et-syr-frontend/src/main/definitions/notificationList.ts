export interface NotificationList {
  date: string;
  redirectUrl: string;
  linkText: string;
  displayStatus: string;
  statusColor: string;
}
