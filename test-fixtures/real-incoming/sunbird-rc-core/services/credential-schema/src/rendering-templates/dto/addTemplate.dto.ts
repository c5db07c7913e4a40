export class AddTemplateDTO {
  schemaId: string;
  schemaVersion: string;
  template: string;
  type: string;
}
