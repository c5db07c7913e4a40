export interface TseStoreNotification {
  viewUrl?: string;
}
