import type { AddressPersonal } from './AddressPersonal.js';

/** @description Object containing information regarding shipping / delivery */
export interface Shipping {
  address?: AddressPersonal;
}
