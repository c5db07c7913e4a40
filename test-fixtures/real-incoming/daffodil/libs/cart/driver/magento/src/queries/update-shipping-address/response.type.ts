import { MagentoGetCartResponse } from '../get-cart/public_api';

export interface MagentoUpdateShippingAddressResponse {
  setShippingAddressesOnCart: MagentoGetCartResponse;
}
