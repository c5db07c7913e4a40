export class Resource {
  id?: string;
  churchId?: string;
  name?: string;
  description?: string;
  quantity?: number;
  approvalGroupId?: string;
}
