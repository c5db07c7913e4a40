/** Response object from LegalServices.getPresignedUrl(). */
export interface PresignedUrlIF {
  preSignedUrl: string
  key: string
}
