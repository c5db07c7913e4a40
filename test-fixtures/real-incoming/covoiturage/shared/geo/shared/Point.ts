export interface Point {
  lat: number;
  lon: number;
}
