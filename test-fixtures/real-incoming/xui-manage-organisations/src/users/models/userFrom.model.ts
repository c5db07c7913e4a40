import { UserListApiModel } from './userform.model';

export interface UserFromModel extends UserListApiModel {
  emailAddressEmail: boolean;
}
