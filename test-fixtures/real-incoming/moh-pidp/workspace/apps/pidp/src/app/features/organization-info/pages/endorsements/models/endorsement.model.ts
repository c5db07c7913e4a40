export interface Endorsement {
  id: number;
  partyName: string;
  collegeCode: number | null;
  createdOn: string;
}
