import {DetailedConsent} from "./detailed-consent.model";
import {Page} from "c2s-ng-shared";

export class ConsentList extends Page {
  content: DetailedConsent[];
}
