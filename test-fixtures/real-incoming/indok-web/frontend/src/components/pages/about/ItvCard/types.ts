export type ItvMember = {
  rank: number;
  name: string;
  email: string;
};
