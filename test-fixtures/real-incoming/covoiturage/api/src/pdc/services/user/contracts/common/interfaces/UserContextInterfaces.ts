import { UserInterface } from './UserInterface.ts';

export interface UserContextInterface {
  call?: { user: UserInterface };
}
