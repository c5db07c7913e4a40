export interface IMonthlyStatistics {
  numberOfUpcomingEvents: number;
  numberOfActivityLogUpdates: number;
  numberOfDocumentUpdates: number;
  numberOfOrganizationUpdates: number;
}
