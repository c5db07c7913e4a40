export interface IMemberSyncResult {
  documentsIndexed: number
}
