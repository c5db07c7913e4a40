import { DonationDto } from './donation.dto'

export class GetDonationResponse {
  donation: DonationDto
}
