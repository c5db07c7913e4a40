export class Customer {
  public id?: string;
  public churchId?: string;
  public personId?: string;
  public provider?: string;
  public metadata?: Record<string, unknown> | null;
}
