import { Blockchain } from 'src/integration/blockchain/shared/enums/blockchain.enum';
import { RiskStatus, UserDataStatus } from 'src/subdomains/generic/user/models/user-data/user-data.enum';
import { UserStatus } from 'src/subdomains/generic/user/models/user/user.enum';
import { UserRole } from './user-role.enum';

export interface JwtPayload {
  account?: number; // user data ID
  user?: number; // user/wallet ID
  address?: string; // user/wallet address
  role: UserRole;
  blockchains?: Blockchain[];
  ip: string;
  userStatus?: UserStatus;
  accountStatus?: UserDataStatus;
  riskStatus?: RiskStatus;
  tfaRequired?: boolean; // mail-elevated staff tokens: enforce 2FA even if the staff enforcement flag is later disabled
}
