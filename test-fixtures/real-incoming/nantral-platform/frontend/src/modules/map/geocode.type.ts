export interface Geocode {
  address: string;
  latitude: number;
  longitude: number;
}
