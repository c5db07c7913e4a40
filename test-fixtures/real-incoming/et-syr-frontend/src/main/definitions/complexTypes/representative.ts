import { YesOrNo } from '../../definitions/case';

export interface RepresentativeType {
  myHmctsYesNo?: YesOrNo;
  respondentId?: string;
  name_of_organisation?: string;
  resp_rep_name?: string;
}
