export type ProgressNote = {
  _id: string;
  studentId: string;
  userId: string;
  lastEditedBy: string;
  dateLastUpdated: Date;
  content: string;
};
