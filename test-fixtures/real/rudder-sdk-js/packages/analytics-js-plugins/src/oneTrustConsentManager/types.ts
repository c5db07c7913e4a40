export type OneTrustGroup = {
  CustomGroupId: string;
  GroupName: string;
};
