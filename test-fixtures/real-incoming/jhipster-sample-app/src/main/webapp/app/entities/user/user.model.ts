export interface IUser {
  id: number;
  login?: string | null;
}
