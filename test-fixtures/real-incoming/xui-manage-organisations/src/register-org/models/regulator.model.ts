export interface Regulator {
  regulatorType: string;
  regulatorName?: string;
  organisationRegistrationNumber?: string;
}
