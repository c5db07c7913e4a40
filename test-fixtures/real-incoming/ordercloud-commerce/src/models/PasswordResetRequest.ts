
export interface PasswordResetRequest {
    ClientID?: string
    Email?: string
    Username?: string
    URL?: string
}