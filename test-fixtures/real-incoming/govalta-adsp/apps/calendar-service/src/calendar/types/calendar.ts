export interface Calendar {
  name: string;
  displayName: string;
  description: string;
  updateRoles: string[];
  readRoles: string[];
}
