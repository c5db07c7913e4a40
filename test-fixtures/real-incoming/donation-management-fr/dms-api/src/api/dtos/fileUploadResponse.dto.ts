export class FileUploadResponse {
  id: string
}
