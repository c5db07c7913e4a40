export interface OAuth2CallbackLoginRequest {
    readonly password?: string;
    readonly passcode?: string;
    readonly token?: string;
}
