export interface Organisation {
  OrganisationID?: string;
  OrganisationName?: string;
}
