export interface PlatformAdvance {
  id: string;
  currency: string;
  amount: number;
  advance_request_id: string;
  seq_num: string;
}
