export interface ShippingAddress {
  street: string;
  postalCode: string;
  city: string;
}

export interface OrderDto {
  orderNumber: string;
  customerEmail: string;
  // privacy-lint-disable-next-line user.contact.phone_number -- the courier's hotline, not the customer's
  courierPhone: string;
}
