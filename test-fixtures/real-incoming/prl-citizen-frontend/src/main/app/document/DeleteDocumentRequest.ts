export class DeleteDocumentRequest {
  values: object;
  constructor(values: object) {
    this.values = values;
  }
}
