export interface User {
  id?: string;
  first_name?: string;
  last_name?: string;
  email?: string;
  avatar?: string;
  avatar_url?: string; // Avatar URL
  display_name?: string;
}
