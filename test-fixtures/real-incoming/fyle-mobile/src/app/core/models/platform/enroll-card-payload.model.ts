export interface EnrollCardPayload {
  card_number: string;
  id?: string;
}
