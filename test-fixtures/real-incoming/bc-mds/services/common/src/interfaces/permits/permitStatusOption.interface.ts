export interface IPermitStatusOption {
  permit_status_code: string;
  description: string;
  display_order: number;
}
