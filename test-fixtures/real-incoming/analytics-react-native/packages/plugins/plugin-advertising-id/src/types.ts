export interface AdvertisingIdData {
  id?: string;
}
