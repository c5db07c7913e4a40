export class Role {
  public code: string;
  public name: string;
}
