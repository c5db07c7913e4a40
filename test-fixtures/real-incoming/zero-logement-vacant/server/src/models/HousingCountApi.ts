export interface HousingCountApi {
  housing: number;
  owners: number;
}
