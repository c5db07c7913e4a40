export interface Address {
  addressLine1: string;
  addressLine2?: string;
  addressLine3?: string;
  postTown: string;
  county?: string;
  postCode: string;
  country: string;
}
