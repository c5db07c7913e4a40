export interface ICompanyMetadata {
  companyId: number;
  clientNumber: string;
  legalName: string;
  email: string;
  isSuspended: boolean;
}
