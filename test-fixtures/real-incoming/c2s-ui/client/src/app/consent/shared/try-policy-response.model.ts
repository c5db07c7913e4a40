export class TryPolicyResponse {
  document: any;
}
