export class Features {
  healthInformationEnabled: boolean;
  demoDisclaimerEnabled: boolean;
}
