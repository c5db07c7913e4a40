export interface SearchIndividual {
    forename: string;
    middleName: string;
    surname: string;
}
