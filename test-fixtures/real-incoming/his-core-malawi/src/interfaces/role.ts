export interface Role {
    role:        string;
    description: string;
    uuid:        string;
}