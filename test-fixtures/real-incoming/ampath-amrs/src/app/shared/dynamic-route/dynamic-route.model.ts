export class DynamicRouteModel {
  public dashboardId: string;
  public programs: any;
  public moduleLabel: string;
  public routes?: Array<any>;
  public params: object;
}
