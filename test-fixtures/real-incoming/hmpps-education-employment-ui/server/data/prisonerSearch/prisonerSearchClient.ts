/* eslint-disable @typescript-eslint/no-explicit-any */
import config from '../../config'
import PagedResponse from '../domain/types/pagedResponse'
import RestClient from '../restClient'
import GetPrisonerByIdResult from './getPrisonerByIdResult'
import PrisonerSearchByPrisonIdResponse from './prisonerSearchByPrisonIdResponse'

export interface ReleaseDateSearch {
  // The lower bound for the release date range of which to search - defaults to today if not provided
  earliestReleaseDate: string
  // The upper bound for the release date range of which to search. A required field.
  latestReleaseDate: string
  // List of Prison Ids (can include OUT and TRN) to restrict the search by. Unrestricted if not supplied or null
  prisonIds: string[]
}

type PrisonerSearchByReleaseDate = ReleaseDateSearch

type ExtractParams<T extends string> = T extends `${string}{${infer P}}${infer Rest}` ? P | ExtractParams<Rest> : never

const GET_PRISONER_BY_ID_PATH = '/prisoner'

const SEARCH_PRISONER_BY_CASELOAD_AND_OFFENDER_ID_TEMPLATE =
  '/prison/{prisonId}/prisoners?term={offenderId}&size=1&responseFields=prisonerNumber,pncNumber,title,firstName,lastName,prisonId,releaseDate'

// Match prisoners who have a release date within a range, and optionally by prison
const PRISONER_SEARCH_BY_RELEASE_DATE = '/prisoner-search/release-date-by-prison'

export default class PrisonerSearchClient {
  restClient: RestClient

  newToken: string

  constructor(token: string) {
    this.restClient = new RestClient('Prisoner Search', config.apis.prisonerSearch, token)

    this.newToken = token
  }

  async getPrisonersByReleaseDate(searchData: PrisonerSearchByReleaseDate) {
    return this.restClient.post<PagedResponse<GetPrisonerByIdResult>>({
      path: `${PRISONER_SEARCH_BY_RELEASE_DATE}?page=0&size=${config.maximumNumberOfRecordsToReturn}`,
      data: {
        ...searchData,
      },
    })
  }

  async getPrisonerById(id: string): Promise<GetPrisonerByIdResult> {
    return this.restClient.get<GetPrisonerByIdResult>({
      path: `${GET_PRISONER_BY_ID_PATH}/${id}`,
    })
  }

  async getPrisonerByCaseLoadIdAndOffenderId(
    caseloadId: string,
    id: string,
  ): Promise<PrisonerSearchByPrisonIdResponse> {
    return this.restClient.get<PrisonerSearchByPrisonIdResponse>({
      path: this.urlFromTemplateBuilder(SEARCH_PRISONER_BY_CASELOAD_AND_OFFENDER_ID_TEMPLATE, {
        offenderId: id,
        prisonId: caseloadId,
      }),
    })
  }

  urlFromTemplateBuilder = <T extends string>(template: T, params: Record<ExtractParams<T>, string | number>): string =>
    template.replace(/{(\w+)}/g, (_, key) => {
      const value = params[key as ExtractParams<T>]
      if (value === undefined) {
        throw new Error(`Missing value for URL parameter '${key}'`)
      }
      return encodeURIComponent(String(value))
    })
}
