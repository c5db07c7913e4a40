
export interface OneTimePasswordRequest {
    ClientID?: string
    Username?: string
    Email?: string
}