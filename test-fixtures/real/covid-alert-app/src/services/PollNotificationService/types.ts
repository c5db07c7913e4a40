/* eslint-disable @typescript-eslint/naming-convention */
export interface NotificationMessage {
  id: string;
  title: any;
  message: any;
  target_regions: any;
  target_version: any;
  expires_at: any;
  priority: number;
}
