import { Request, RequestHandler } from 'express';

import type { DocumentStorage } from '@modules/documents/storage';
import { GetController, type SupportedLang } from '@modules/steps';
import type { UploadValidationOptions } from '@utils/documentUploadValidation';

export interface ErrorField {
  field: string;
  text: string;
}

export interface StepFormData {
  error?: ErrorField | string | undefined;
  answer?: string;
  choices?: string[] | string;
  [key: string]: unknown;
}

export interface StepDefinition {
  url: string;
  name: string;
  view: string;
  stepDir: string;
  getController: GetController | ((lang?: SupportedLang) => GetController);
  postController?: { post: RequestHandler };
  middleware?: RequestHandler[];
  showCancelButton?: boolean;
  // Storage adapter for upload steps — encapsulates where documents are persisted
  // (CCD draft for respond-to-claim, session for make-an-application).
  // Absent on every non-upload step. The upload handler refuses requests targeting
  // a step that does not declare this.
  documentStorage?: DocumentStorage;
  // Per-step upload validation. When set, documentProxy applies these on uploads to this step
  // and formBuilder auto-wires matching macro params for client-side preflight.
  uploadValidation?: UploadValidationOptions;
  // Truthy/falsy — consumers coerce. Lets `req => validatedCase?.foo` work without a Boolean(...) wrap.
  isAnswered?: (req: Request) => unknown;
}
