export interface ContactPerson {
  fullName: string;
  email: string;
  phone: string;
}
