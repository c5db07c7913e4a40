export type Organization = {
  id: string;
  name: string;
};
