export interface PublicationFileSizes {
    primaryPdf: number;
    additionalPdf: number;
    excel: number;
}
