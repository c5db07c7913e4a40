export type UserFields = {
  adminOrganizations: string[];
  displayName: string;
  email: string;
  isStaff: boolean;
  isSuperuser: boolean;
  organizationMemberships: string[];
  username: string;
};
