import { Address } from './address.model';

export interface Facility {
  id: number;
  facilityName: string;
  facilityAddress: Address;
}
