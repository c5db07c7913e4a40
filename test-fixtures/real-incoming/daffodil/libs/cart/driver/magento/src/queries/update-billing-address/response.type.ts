import { MagentoGetCartResponse } from '../get-cart/public_api';

export interface MagentoUpdateBillingAddressResponse {
  setBillingAddressOnCart: MagentoGetCartResponse;
}
