export interface EmailDTO {
  uuid: string;
  email: string;
  is_valid: boolean;
  is_ecn_email: boolean;
  is_main: boolean;
  is_visible: boolean;
}
