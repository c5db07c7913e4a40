export interface EnrolmentCard {
  agreementId: number;
  agreementAcceptedDate: string;
  requestedRemoteAccess: boolean;
  submissionCreatedDate: string;
  isCurrent: boolean;
}
