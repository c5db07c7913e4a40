export class PatientHealthDataCdaDocumentAddress {
  type: string;
  addressLine: string;
  city: string;
  state: string;
  code: string;
  country: string;
}
