import { ContactInformation } from '@121-service/src/fsp-integrations/integrations/intersolve-visa/interfaces/partials/contact-information.interface';

export interface CreatePhysicalCardParams {
  readonly tokenCode: string;
  readonly contactInformation: ContactInformation;
  readonly coverLetterCode: string;
}
