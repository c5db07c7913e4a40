export interface Organization {
  consumer_sites: string[];
  created_on: string;
  id: string;
  name: string;
  users: string[];
}
