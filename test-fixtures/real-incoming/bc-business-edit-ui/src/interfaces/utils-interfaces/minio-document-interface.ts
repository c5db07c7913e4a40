export interface MinioDocumentIF {
  key: string
  name: string
  lastModified: number
  size: number
  url: string
}
