export type LoginFormFields = {
  password: string;
  email: string;
};
