export interface ShippingAddress {
  street: string;
  city: string;
  postalCode: string;
  country: string;
}
