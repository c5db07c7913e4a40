export interface Answers {
    typeOfBusiness?: string;
    roleType?: string;
    name?: string;
    dateOfBirth?: string;
    nationality?: string;
    countryOfResidence?: string;
    businessName?: string;
    workSector?: string;
    correspondenceAddress?: string;
    businessAddress?: string;
    companyNumber?: string;
    nameRegisteredWithAML?: string;
    correspondenceEmail?: string;
}
