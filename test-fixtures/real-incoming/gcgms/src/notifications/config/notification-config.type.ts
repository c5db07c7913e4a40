export type NotificationConfig = {
  projectId: string;
  privateKey: string;
  clientEmail: string;
};
