export interface PersonalInformation {
    firstName: string
    lastName: string
    email: string
    phone: string
}
