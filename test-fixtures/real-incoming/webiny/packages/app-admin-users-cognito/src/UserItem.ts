export interface UserItem {
    id: string;
    avatar: {
        src: string;
    };
    gravatar: string;
    firstName: string;
    lastName: string;
    email: string;
}
