export class UpdateTemplateDTO {
  schemaId: string;
  schemaVersion: string;
  template: string;
  type: string;
}
