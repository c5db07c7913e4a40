export class PatientHealthDataCdaDocumentTelecommunication {
  value: string;
  use: string;
}
