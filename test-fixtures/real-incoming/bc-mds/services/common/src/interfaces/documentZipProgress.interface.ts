export interface IDocumentZipProgress {
  progress: number;
  status: string;
  success_docs?: string[];
}
