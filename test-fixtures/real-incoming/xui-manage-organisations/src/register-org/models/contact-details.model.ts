export interface ContactDetails {
  firstName: string;
  lastName: string;
  workEmailAddress: string;
}
