export interface UserPatchInterfaceBy {
  email?: string;
  firstname?: string;
  lastname?: string;
  phone?: string;
  role?: string;
}
