import { V2TemplateResponse } from '../v2-template-response';

export interface V2ListTemplatesResponse {

  /** List of V2TemplateResponses */
  templates?: V2TemplateResponse[];
}
