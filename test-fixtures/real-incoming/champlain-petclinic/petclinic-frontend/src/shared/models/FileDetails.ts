export interface FileDetails {
  fileName: string;
  fileType: string;
  fileData: string;
}
