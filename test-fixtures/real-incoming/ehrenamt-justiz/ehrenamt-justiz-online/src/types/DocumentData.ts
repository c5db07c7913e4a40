export default interface DocumentData {
  id: string;
  contentType: string;
  fileId: string;
  fileLength: number;
  fileName: string;
  fileData: string;
  personid: string;
  konfigurationid: string;
}
