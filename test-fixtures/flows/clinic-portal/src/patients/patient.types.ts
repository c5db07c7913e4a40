export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface Patient {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  address: PostalAddress;
  allergies: string[];
  smsOptIn: boolean;
}

export interface Appointment {
  id: string;
  patientId: string;
  startsAt: string;
  clinicName: string;
  reasonForVisit: string;
}
