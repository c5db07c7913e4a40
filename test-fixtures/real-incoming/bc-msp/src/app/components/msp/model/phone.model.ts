/**
 * Just static members
 */
export class PhoneNumber {
  static PhoneNumberRegEx = '^[2-9]{1}\\d{2}[\\-]?\\d{3}[\\-]?\\d{4}$';
}
