import { Donor } from "./schema";

export type DonorTotal = {
  total: number;
  donor: Donor;
};
