export interface ApiKey {
  created_at: string;
  id: string;
  last_used_at: string | null;
  name: string;
}
