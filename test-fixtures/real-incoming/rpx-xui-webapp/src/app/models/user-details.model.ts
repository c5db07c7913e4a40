export interface UserInfo {
  id: string;
  forename: string;
  surname: string;
  email: string;
  active: boolean;
  roles: string[];
  uid?: string;
  roleCategories?: string[];
}

export interface RoleAssignmentInfo {
  primaryLocation?: string;
  baseLocation?: string;
  jurisdiction?: string;
  substantive?: string;
  isCaseAllocator: boolean;
  bookable?: boolean | string;
  region?: string;
  roleType?: string;
  roleName?: string;
  roleCategory?: string;
  beginTime?: string;
  endTime?: string;
  caseId?: string;
}

export interface UserDetails {
  sessionTimeout: {
    idleModalDisplayTime: number;
    totalIdleTime: number;
  };
  canShareCases: boolean;
  userInfo: UserInfo;
  roleAssignmentInfo?: RoleAssignmentInfo[];
}

// This enum is used to refer to roles specifically, not role categories
export enum UserRole {
  Admin = 'admin',
  LegalOps = 'legalops',
  Judicial = 'judicial',
  Ogd = 'ogd',
  CTSC = 'ctsc',
  HearingManager = 'hearing-manager',
  HearingViewer = 'hearing-viewer',
  ListedHearingViewer = 'listed-hearing-viewer',
}
