
export interface ApiClientSecret {
    ID?: string
    Name?: string
    Expiration?: string
}