export interface Destination {
  actual?: unknown;
  city: string;
  country: string;
  display: string;
  formatted_address: string;
  latitude: number;
  longitude: number;
  state: string;
}
