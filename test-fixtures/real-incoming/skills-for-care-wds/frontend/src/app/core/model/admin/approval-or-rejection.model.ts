export interface ApprovalOrRejectionConfirmation {
  workplaceName: string;
  approvalName: string;
  approvalType: string;
  isApproval: boolean;
}
