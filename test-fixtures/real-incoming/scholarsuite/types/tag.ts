export type Tag = {
  id: number;
  ref?: string;
  name?: string | null;
};
