import { OrganisationRefDto } from './organisation.dto'

export class GetOrganisationRefListResponse {
  organisationRefs: OrganisationRefDto[]
}
