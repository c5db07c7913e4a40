export interface ClientSideAvailability {
  usingMobileKey?: boolean;
  usingEnvironmentId?: boolean;
}
