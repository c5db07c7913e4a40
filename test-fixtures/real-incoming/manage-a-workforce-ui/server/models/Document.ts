export default interface Document {
  description: string
  completedDate: string
  documentId: string
  name: string
}
