export type BoardMember = {
  rank: number;
  name: string;
  email: string;
  phone?: string;
  position: string;
};
