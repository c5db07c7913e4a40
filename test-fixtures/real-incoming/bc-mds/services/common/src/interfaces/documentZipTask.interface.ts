export interface IDocumentZipTask {
  message: string;
  task_id: string;
}
