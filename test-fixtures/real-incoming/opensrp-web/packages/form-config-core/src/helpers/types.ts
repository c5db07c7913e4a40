/** form field props */
export interface UploadFileFieldTypes {
  form_name: string;
  form_relation: string;
  module: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: any;
}
