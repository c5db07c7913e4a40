import { DonationSummaryDonation } from "./DonationSummaryDonation.js";

export class DonationSummary {
  public week: number = 0;
  public donations?: DonationSummaryDonation[];
}
