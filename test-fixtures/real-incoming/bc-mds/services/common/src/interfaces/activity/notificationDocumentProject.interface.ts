export interface INotificationDocumentProject {
  project_guid: string;
}
