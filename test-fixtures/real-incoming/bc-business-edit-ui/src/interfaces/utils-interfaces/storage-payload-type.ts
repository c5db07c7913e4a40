export interface StoragePayload {
  document: File
  documentKey: string
  hasValidUploadFile: boolean
  keycloakGuid: string
}
