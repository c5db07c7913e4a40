import {PatientHealthDataDocument} from "./patient-health-data-document.model";

export class PatientHealthData {
  Documents: PatientHealthDataDocument[];
}
