export class UmsProfile {
  userLocale: string;
  firstName: string;
  lastName: string;
  userName: string;
  mrn: string;
  supportedLocales: string[];
}
