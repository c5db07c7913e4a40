export interface InstitutionResponse {
  businessId: number;
  name: string;
  contactData: string;
}
