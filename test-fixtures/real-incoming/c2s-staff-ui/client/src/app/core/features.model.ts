export class Features {
  demoDisclaimerEnabled: boolean;
}
