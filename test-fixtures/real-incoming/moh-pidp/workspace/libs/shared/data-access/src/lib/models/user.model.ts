export interface User {
  // firstName is now optional in BCSC
  firstName?: string;
  lastName: string;
}
