import { DonorDto } from './donor.dto'

export class GetDonorResponse {
  donor: DonorDto
}
