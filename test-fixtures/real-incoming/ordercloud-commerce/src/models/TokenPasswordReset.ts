
export interface TokenPasswordReset {
    NewPassword?: string
}