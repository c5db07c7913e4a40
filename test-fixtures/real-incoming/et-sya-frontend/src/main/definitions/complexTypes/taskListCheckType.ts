import { YesOrNo } from '../case';

export interface TaskListCheckType {
  personalDetailsCheck?: YesOrNo;
  employmentAndRespondentCheck?: YesOrNo;
  claimDetailsCheck?: YesOrNo;
}
