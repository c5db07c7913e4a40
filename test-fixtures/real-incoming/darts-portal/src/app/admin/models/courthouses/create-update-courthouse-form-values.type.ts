export type CreateUpdateCourthouseFormValues = {
  courthouseName: string | null | undefined;
  displayName: string | null | undefined;
  regionId: number | string | null | undefined;
  securityGroupIds: string[];
};
