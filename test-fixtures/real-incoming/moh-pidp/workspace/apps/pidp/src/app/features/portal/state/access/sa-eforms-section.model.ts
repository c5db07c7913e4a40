import { Section } from '../section.model';

export interface SaEformsSection extends Section {
  incorrectLicenceType: boolean;
}
