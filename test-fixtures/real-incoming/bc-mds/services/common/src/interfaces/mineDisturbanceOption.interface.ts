export interface IMineDisturbanceOption {
  mine_disturbance_code: string;
  description: string;
  active_ind: boolean;
  mine_tenure_type_codes: string[];
}
