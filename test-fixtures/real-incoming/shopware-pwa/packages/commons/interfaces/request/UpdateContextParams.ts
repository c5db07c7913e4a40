/**
 * @public
 */
export interface UpdateContextParams {
  currencyId?: string;
  languageId?: string;
  customerId?: string;
  customerGroupId?: string;
  billingAddressId?: string;
  shippingAddressId?: string;
  paymentMethodId?: string;
  shippingMethodId?: string;
  countryId?: string;
  countryStateId?: string;
}
