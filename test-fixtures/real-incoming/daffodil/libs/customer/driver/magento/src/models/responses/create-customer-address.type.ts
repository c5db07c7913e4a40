import { MagentoCustomerAddress } from './customer-address.type';

export interface MagentoCreateCustomerAddressResponse {
  createCustomerAddress: MagentoCustomerAddress;
}
