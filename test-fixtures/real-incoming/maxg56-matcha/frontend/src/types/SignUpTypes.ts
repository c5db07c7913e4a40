export interface SignUpFormData {
    firstName: string;
    lastName: string;
    username: string;
    email: string;
    password: string;
    confirmPassword: string;
    gender: string;
    lookingFor: string;
    bio?: string;
}
