export interface JournalResponse {
  addedDate: string;
  userCodeAdd: string;
  userCodeLastChange: string;
  lastChangeDate: string;
}
