export class APIResponse<T = any> {
  public data: T;
  public message: string;
}
export default APIResponse;
