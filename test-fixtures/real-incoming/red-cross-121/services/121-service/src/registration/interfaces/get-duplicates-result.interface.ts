export interface GetDuplicatesResult {
  registrationId: number;
  referenceId: string;
  registrationProgramId: number;
  scope: string;
  attributeNames: string[];
}
