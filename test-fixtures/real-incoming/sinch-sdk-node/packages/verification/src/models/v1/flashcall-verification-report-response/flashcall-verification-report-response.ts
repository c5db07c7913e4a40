import { ReasonEnum, SourceEnum, VerificationStatusEnum } from '../enums';
import { Identity } from '../identity';

export interface FlashCallVerificationReportResponse {

  /** The unique ID of the verification request. */
  id?: string;
  /** The method of the verification request. This will always be `flashcall`. */
  method?: 'flashcall';
  /** The status of the verification request. */
  status?: VerificationStatusEnum;
  /** Displays the reason why a verification has `FAILED`, was `DENIED`, or was `ABORTED`. */
  reason?: ReasonEnum;
  /** @deprecated The reference ID that was optionally passed together with the verification request. */
  reference?: string;
  /** @deprecated Free text that the client is sending, used to show if the call/SMS was intercepted or not. */
  source?: SourceEnum;
  /** @deprecated @see Identity */
  identity?: Identity;
  /** Shows whether the call is complete or not. */
  callComplete?: boolean;
}
