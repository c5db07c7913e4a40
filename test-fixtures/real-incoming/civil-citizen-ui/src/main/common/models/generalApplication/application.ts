import {CaseState} from 'form/models/claimDetails';

export class Application {
  ccdState: CaseState;
  id: string;
  lastModifiedDate?: Date;
}
