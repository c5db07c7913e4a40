export interface RequestContext {
  path: string;
  isAdmin: boolean;
  isScimUser: boolean;
}
