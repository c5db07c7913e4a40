export interface IDocument {
  document_manager_guid: string;
  document_name: string;
  mine_document_guid: string;
  mine_guid: string;
}
