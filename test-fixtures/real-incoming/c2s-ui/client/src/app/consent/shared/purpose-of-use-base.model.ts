import {PurposeOfUseCode} from "./purpose-of-use-code.enum";

export class PurposeOfUseBase {
  code: PurposeOfUseCode;
  description: string;
  displayName: string;
}
