export type LocationFilters = {
  latitude: number;
  longitude: number;
  radius: number;
};
