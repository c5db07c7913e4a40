import { OrganisationDto } from './organisation.dto'

export class GetOrganisationListResponse {
  organisations: OrganisationDto[]
}
