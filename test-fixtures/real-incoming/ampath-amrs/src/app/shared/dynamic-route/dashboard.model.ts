export class DashboardModel {
  public analyticsDashboard: object;
  public clinicDashboard: object;
  public patientDashboard: object;
  public patientListCohorts: object;
  public providerDashboard: object;
}
