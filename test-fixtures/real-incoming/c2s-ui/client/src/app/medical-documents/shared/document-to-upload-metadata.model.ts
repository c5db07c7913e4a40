export class DocumentToUploadMetadata {
  documentName: string;
  description?: string;
  documentTypeCodeId: number;
}
