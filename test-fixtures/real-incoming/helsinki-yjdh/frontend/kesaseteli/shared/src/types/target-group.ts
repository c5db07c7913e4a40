export type TargetGroup = {
  id: string;
  name: string;
};
