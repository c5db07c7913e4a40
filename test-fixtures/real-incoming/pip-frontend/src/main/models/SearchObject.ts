export interface SearchObject {
    caseNumber: string;
    caseName: string;
    caseUrn: string;
    partyNames: string;
}
