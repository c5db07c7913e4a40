import {PatientHealthDataCdaDocument} from "./patient-health-data-cda-document.model";

export class PatientHealthDataDocument {
  CDAdocuments: PatientHealthDataCdaDocument[];
}
