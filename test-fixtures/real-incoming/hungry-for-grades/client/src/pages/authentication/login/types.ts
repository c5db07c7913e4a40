export type LoginProps = {
  email: string;
  password: string;
  rememberMe: boolean;
};
