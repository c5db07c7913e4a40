export interface LedgerTaskPayload {
  action: 'pay';
  entryId: string;
}
