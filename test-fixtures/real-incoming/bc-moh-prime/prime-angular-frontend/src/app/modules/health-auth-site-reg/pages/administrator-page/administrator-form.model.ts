export interface AdministratorForm {
  healthAuthorityPharmanetAdministratorId: number;
  healthAuthorityTechnicalSupportId: number;
}
