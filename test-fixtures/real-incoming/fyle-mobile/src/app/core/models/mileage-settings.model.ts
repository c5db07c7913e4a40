export interface MileageSettings {
  mileage_rate_labels: string[];
  annual_mileage_two_wheeler: number;
  annual_mileage_four_wheeler: number;
  annual_mileage_four_wheeler1: number;
  annual_mileage_four_wheeler3: number;
  annual_mileage_four_wheeler4: number;
  annual_mileage_bicycle: number;
  annual_mileage_electric_car: number;
}
