export class BaseUserCreationLookup {
  public code?: string;
  public displayName?: string;
  public description?: string;
  public codeSystem?: string;
  public codeSystemOID?: string;
  public codeSystemName?: string;
}
