import { PaginationOptions } from '../../common/interfaces/pagination-options.interface';

export interface ListOrganizationFeatureFlagsOptions extends PaginationOptions {
  organizationId: string;
}
