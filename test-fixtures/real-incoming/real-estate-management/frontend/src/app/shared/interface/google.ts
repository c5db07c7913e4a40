export interface GoogleAuthResponse {
  clientId: string;
  client_id: string;
  credential: string;
  select_by?: string;
}
