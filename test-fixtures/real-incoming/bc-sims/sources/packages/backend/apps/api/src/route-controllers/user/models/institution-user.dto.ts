export class InstitutionUserDetailsAPIOutDTO {
  userFirstName: string;
  userLastName: string;
  userEmail: string;
}
