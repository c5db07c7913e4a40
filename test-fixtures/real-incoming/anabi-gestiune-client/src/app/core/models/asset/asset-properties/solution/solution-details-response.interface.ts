export interface SolutionDetailsResponse {
  source: string;
  sentOnEmail: boolean;
  fileNumber: string;
  fileNumberParquet: string;
  receivingDate: string;
  isDefinitive: boolean;
  definitiveDate: string;
  sentToAuthoritiesDate: string;
  crimeTypeId: number;
  legalBasis: string;
}
