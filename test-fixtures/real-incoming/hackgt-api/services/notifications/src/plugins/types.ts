export type Status = {
  error: boolean;
  key: string;
  payload?: string;
};
