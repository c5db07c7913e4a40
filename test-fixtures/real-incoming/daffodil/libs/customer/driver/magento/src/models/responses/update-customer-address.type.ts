import { MagentoCustomerAddress } from './customer-address.type';

export interface MagentoUpdateCustomerAddressResponse {
  updateCustomerAddress: MagentoCustomerAddress;
}
