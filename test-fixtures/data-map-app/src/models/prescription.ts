export interface PrescriptionRequest {
  patientEmail: string;
  medicalConditions: string[];
  allergies: string[];
}
