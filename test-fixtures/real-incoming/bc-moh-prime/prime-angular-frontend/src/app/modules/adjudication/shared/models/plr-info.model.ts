export interface PlrInfo {
  id: number;
  identifierType: string;
  collegeId: string;
  providerRoleType: string;
  namePrefix: string;
  firstName: string;
  secondName: string;
  thirdName: string;
  lastName: string;
  statusCode: string;
  statusReasonCode: string;
  expertise: string;
  updatedTimeStamp: string;
  statusStartDate: string;
}
