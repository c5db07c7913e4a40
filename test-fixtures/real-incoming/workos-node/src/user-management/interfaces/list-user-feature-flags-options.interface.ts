import { PaginationOptions } from '../../common/interfaces';

export interface ListUserFeatureFlagsOptions extends PaginationOptions {
  userId: string;
}
