export interface IEmergencyContact {
  fullname: string;
  mobileNumber: string;
  relationToPatient: string;
}
