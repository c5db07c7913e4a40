import { DonationMethodDto } from './donationMethod.dto'

export class GetDonationMethodListResponse {
  donationMethods: DonationMethodDto[]
}
