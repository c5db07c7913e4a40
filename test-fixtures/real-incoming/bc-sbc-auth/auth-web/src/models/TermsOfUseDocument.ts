export interface TermsOfUseDocument {
    versionId: string;
    content: string;
    type?: string;
}
