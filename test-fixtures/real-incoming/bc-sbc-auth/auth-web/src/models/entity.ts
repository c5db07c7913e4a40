export interface Entity {
    businessIdentifier: string;
    name: string;
    businessNumber: string;
    passCode: string;
}
