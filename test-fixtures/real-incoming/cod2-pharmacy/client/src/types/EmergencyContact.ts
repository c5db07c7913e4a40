export interface EmergencyContact {
  fullname: string;
  mobileNumber: string;
  relationToPatient: string;
}
