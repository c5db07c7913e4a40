export interface PBANumberModel {
  pbaNumber: string;
  status?: string;
  statusMessage?: string;
  dateCreated?: string;
  dateAccepted?: string;
}
