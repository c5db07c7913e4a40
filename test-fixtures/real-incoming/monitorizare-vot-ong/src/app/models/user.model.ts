export interface User {
  sub: string;
  idNgo: string;
  userType: string;
  organizer: boolean;
}
