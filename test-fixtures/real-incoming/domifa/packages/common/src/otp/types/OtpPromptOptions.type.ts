import { OtpErrorCode } from "./OtpErrorCode.type";

export interface OtpPromptOptions {
  previousErrorCode?: OtpErrorCode;
}
