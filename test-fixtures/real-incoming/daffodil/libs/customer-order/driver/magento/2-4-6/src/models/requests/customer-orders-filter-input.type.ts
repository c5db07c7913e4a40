import { MagentoFilterInput } from '@daffodil/driver/magento';

export interface MagentoCustomerOrdersFilterInput {
  typename?: 'CustomerOrdersFilterInput ';
  number: MagentoFilterInput;
}
