export class UmsLimitedProfile {
  userId: number;
  userLocale: string;
  supportedLocales: string[];
  username: string;
  lastName: string;
  firstName: string;
  mrn: string;
  birthDate: Date;
}
