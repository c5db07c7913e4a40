/** Response object from BusinessServices.getPresignedUrl(). */
export interface PresignedUrlIF {
  key: string
  preSignedUrl: string
}
