export interface UserResponseDto{
    username: string,
    email: string;
    profileImg: string;
    role : string;
}