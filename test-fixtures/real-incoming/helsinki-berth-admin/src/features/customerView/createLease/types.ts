export type Option = {
  label: string;
  value: string;
};
