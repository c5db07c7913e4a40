export interface SearchCase {
    caseNumber: string;
    caseName: string;
    caseUrn: string;
}
