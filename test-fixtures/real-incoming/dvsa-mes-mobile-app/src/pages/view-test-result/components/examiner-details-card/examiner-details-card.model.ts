export interface ExaminerDetailsModel {
  staffNumber: string;
  costCode: string;
  testCentreName: string;
}
