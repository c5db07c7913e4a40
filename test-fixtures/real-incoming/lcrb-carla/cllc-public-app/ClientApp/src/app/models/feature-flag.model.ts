export class FeatureFlag {
  name: string;
  enabled: boolean;
  value: string;
}
