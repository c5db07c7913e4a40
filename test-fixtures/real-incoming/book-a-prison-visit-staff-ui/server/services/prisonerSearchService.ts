import { properCaseFullName, prisonerDatePretty } from '../utils/utils'
import { Prisoner } from '../data/prisonerOffenderSearchTypes'
import { PrisonerDetailsItem } from '../@types/bapv'
import { PrisonerSearchClient } from '../data'

export default class PrisonerSearchService {
  private numberOfPages = 1

  private currentPage = 0 // API page number is 0-indexed

  constructor(private readonly prisonerSearchClient: PrisonerSearchClient) {}

  private getPreviousPage(): number {
    return this.currentPage > 0 ? this.currentPage - 1 : 0
  }

  private getNextPage(): number {
    return this.currentPage < this.numberOfPages - 1 ? this.currentPage + 1 : this.numberOfPages - 1
  }

  async getPrisoners(
    search: string,
    prisonId: string,
    username: string,
    page: number,
  ): Promise<{
    results: Array<PrisonerDetailsItem[]>
    numberOfResults: number
    numberOfPages: number
    next: number
    previous: number
  }> {
    this.currentPage = page - 1
    const { totalPages, totalElements, content } = await this.prisonerSearchClient.getPrisoners(
      search,
      prisonId,
      username,
      this.currentPage,
    )
    this.numberOfPages = totalPages
    const nextPage = this.getNextPage()
    const previousPage = this.getPreviousPage()
    const prisonerList: Array<PrisonerDetailsItem[]> = []
    const queryParams = new URLSearchParams({ search }).toString()

    content.forEach((prisoner: Prisoner) => {
      const url = `<a href="/prisoner/${prisoner.prisonerNumber}?${queryParams}" class="govuk-link--no-visited-state bapv-result-row">${properCaseFullName(`${prisoner.lastName}, ${prisoner.firstName}`)}</a>`
      const row: PrisonerDetailsItem[] = [
        {
          html: url,
        },
        {
          html: prisoner.prisonerNumber,
        },
        {
          html: prisonerDatePretty({ dateToFormat: prisoner.dateOfBirth }),
        },
      ]

      prisonerList.push(row)
    })

    return {
      results: prisonerList,
      numberOfResults: totalElements,
      numberOfPages: this.numberOfPages,
      next: nextPage + 1,
      previous: previousPage + 1,
    }
  }

  async getPrisoner(search: string, prisonId: string, username: string): Promise<Prisoner> {
    const { content } = await this.prisonerSearchClient.getPrisoner(search, prisonId, username)
    return content.length === 1 ? content[0] : null
  }

  async getPrisonerById(id: string, username: string): Promise<Prisoner> {
    return this.prisonerSearchClient.getPrisonerById(id, username)
  }

  async getPrisonerNotFoundMessage(id: string, prisonName: string, username: string): Promise<string> {
    try {
      const prisoner = await this.prisonerSearchClient.getPrisonerById(id, username)
      if (prisoner.inOutStatus === 'OUT' || prisoner.inOutStatus === 'TRN') {
        return `This prisoner is not in ${prisonName}. They might be being moved to another establishment or have been released.`
      }
      if (prisoner.inOutStatus === 'IN') {
        return 'This prisoner is located at another establishment. The visitor should contact the prisoner to find out their location.'
      }
    } catch (error) {
      if (error.status !== 404) {
        throw error
      }
    }
    return 'There are no results for this prison number at any establishment. Check the number is correct and try again.'
  }
}
