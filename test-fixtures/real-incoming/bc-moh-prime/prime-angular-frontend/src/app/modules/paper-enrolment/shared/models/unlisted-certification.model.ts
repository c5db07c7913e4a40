export interface UnlistedCertification {
  collegeName: string;
  licenceNumber: string;
  licenceClass: string;
  renewalDate: string;
}
