export class DocumentType {
  key!: string
  value!: string
  customText?: string
  maxFileCount?: number
}
