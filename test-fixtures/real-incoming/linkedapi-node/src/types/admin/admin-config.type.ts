export interface TAdminConfig {
  linkedApiToken: string;
  client?: string;
}
