/**
 * @deprecated
 * Prefer the `DaffAddress` of `daffodil/geography`
 */
export interface DaffAddress {
  firstname: string;
  lastname: string;
  street: string;
  city: string;
  postcode: string;
  telephone: string;
  state: string;
}
