export type VehicleChecksScore = {
  seriousFaults: number,
  drivingFaults: number,
};
