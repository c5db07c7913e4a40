export type AuthProvidersTemplate = AuthProviderTemplate[];

export interface AuthProviderTemplate {
    id: string;
    name: string;
    updated: number;
}
