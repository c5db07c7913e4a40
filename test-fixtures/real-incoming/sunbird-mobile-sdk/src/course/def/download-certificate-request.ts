export interface DownloadCertificateRequest {
  fileName: string;
  mimeType: string;
  blob: Blob;
}
