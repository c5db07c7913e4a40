export interface User {
  firstName: string;
  lastName: string;
}
