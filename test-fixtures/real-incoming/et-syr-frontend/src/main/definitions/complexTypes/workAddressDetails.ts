import { Et1Address } from './et1Address';

export interface WorkAddressDetails {
  claimant_work_address?: Et1Address;
}
