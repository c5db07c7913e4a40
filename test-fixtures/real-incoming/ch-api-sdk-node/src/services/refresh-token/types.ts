export interface RefreshTokenData {
    expires_in: number;
    token_type: string;
    access_token: string;
}
