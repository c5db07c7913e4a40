export interface Et1Address {
  AddressLine1?: string;
  AddressLine2?: string;
  Country?: string;
  PostCode?: string;
  PostTown?: string;
}
