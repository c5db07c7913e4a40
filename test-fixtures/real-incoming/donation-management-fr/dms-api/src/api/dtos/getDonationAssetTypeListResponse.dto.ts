import { DonationAssetTypeDto } from './donationAssetType.dto'

export class GetDonationAssetTypeListResponse {
  donationAssetTypes: DonationAssetTypeDto[]
}
