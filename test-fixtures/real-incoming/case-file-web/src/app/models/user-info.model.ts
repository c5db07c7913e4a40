export class UserInfo {
    userId: number;
    name: string;
    pictureUrl: string;
    email: string;
    role: number;
    selected: boolean;
}