export interface AssetUpload {
  ID?: string
  Title?: string
  Active?: boolean
  File?: File
  Url?: string
  Tags?: string[]
  FileName?: string
}
