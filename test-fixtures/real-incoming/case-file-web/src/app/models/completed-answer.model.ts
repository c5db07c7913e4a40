
import { BaseAnswer } from './base-answer.model';
export class CompletedAnswer extends BaseAnswer {
    value: string = undefined;
    flagged = false;
}

