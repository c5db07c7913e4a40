export interface DeviceInfo {
  id: string;
  fcm_token: string;
}
