export class RequiredIdentifierSystem {
  public system: string;
  public algorithm: string;
}
