export type User = {
  id: string;
  username: string;
  full_name: string;
  email: string;
};
