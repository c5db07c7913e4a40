export interface ACSPFullProfileDetails {
    registeredOfficeAddress?: string;
    countryOfResidence?: string;
    name?: string;
    serviceAddress?: string;
    correspondenceEmail?: string;
    businessName?: string;
    typeOfBusiness?: string;
}
