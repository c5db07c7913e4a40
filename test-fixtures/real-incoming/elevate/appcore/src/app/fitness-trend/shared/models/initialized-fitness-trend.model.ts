export class InitializedFitnessTrendModel {
  public atl: number;
  public ctl: number;
}
