export interface OnafriqRequestIdentity {
  readonly corporateCode: string;
  readonly password: string;
  readonly uniqueKey: string;
}
