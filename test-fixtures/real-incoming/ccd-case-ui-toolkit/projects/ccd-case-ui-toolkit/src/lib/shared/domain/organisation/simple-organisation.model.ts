export interface SimpleOrganisationModel {
  organisationIdentifier: string;
  name: string;
  address: string;
}
