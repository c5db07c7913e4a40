export interface ReturnToken {
  token: string;
}
