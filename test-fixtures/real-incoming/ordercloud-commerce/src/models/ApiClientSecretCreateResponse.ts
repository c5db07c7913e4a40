
export interface ApiClientSecretCreateResponse {
    readonly ClientSecret?: string
    ID?: string
    Name?: string
    Expiration?: string
}