export interface IVicStatistics {
  numberOfActiveVolunteers: number;
  numberOfOrganizations: number;
}
