/** Response object from LegalServices.getPresignedUrl(). */
export interface PresignedUrlIF {
  key: string
  preSignedUrl: string
}
