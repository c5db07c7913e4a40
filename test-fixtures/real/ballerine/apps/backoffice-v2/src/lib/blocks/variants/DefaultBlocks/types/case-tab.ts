export type TCaseTabDefinition = {
  name: string;
  displayName: string;
  disabled?: boolean;
  hidden?: boolean;
};
