export class TenantAccessEmbed {
  key: string;

  secret: string;

  active: boolean;

  createdAt?: Date | string;
}
