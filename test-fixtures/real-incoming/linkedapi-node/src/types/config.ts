export interface TLinkedApiConfig {
  linkedApiToken: string;
  identificationToken: string;
  client?: string;
  baseUrl?: string;
}
