export interface Email {
  uuid: string;
  email: string;
  isValid: boolean;
  isECNEmail: boolean;
  isMain: boolean;
  isVisible: boolean;
}
