// MHR DocumentID verification
export interface MhrDocIdResponseIF {
  documentId: string
  exists: boolean
  valid: boolean
}
