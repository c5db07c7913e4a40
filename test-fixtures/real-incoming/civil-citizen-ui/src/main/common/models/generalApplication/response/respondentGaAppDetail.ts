import { ApplicationTypeOption } from '../applicationType';

export interface RespondentGaAppDetail { generalAppTypes?: ApplicationTypeOption[]; gaApplicationId: string; caseState: string; generalAppSubmittedDateGAspec: string }