export interface TerritoryTripsInterface {
  start_geo_code?: string;
  end_geo_code?: string;
  aggregated_trips_journeys: string[];
}
