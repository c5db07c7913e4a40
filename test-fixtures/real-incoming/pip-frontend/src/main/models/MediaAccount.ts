export interface MediaAccount {
    id: string;
    fullName: string;
    email: string;
    employer: string;
    image: string;
    imageName: string;
    status: string;
    requestDate: string;
    statusDate: string;
}
