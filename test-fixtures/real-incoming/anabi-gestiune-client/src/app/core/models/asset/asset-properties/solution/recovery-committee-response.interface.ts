export interface RecoveryCommitteeResponse {
  recoveryCommitteeDesignationDate: string;
  recoveryCommitteePresident: string;
  recoveryCommitteeMembers: string;
}
