export interface ConfigResponse {
  latestValidVaccineDate: string;
}
