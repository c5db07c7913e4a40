export interface OrganisationDetailsModel {
  name?: string;
  organisationType?: string;
  cftOrganisationID?: string;
}
