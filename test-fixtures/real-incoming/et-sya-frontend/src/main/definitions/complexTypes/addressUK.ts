export interface AddressUK {
  AddressLine1?: string;
  AddressLine2?: string;
  AddressLine3?: string;
  County?: string;
  Country?: string;
  PostCode?: string;
  PostTown?: string;
}
