export class AuthDto {
    email: string;
    password: string;
    rememberMe: boolean;
}
