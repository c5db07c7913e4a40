export interface IPerson {
  firstName: string;
  middleName?: string;
  lastName: string;
  sin: string;
}
