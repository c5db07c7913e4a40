export interface PcqParameters {
  serviceId: string;
  actor: string;
  pcqId: string;
  partyId: string;
  returnUrl: string;
  language: string;
  ccdCaseId: string;
}
