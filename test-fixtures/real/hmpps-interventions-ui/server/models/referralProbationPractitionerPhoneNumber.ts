export interface AmendProbationPractitionerPhoneNumberUpdate {
  ppPhoneNumber: string
}
