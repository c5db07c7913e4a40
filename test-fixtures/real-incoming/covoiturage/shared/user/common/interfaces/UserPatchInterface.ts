export interface UserPatchInterface {
  email?: string;
  firstname?: string;
  lastname?: string;
  phone?: string;
  role?: string;
  hidden?: boolean;
}
