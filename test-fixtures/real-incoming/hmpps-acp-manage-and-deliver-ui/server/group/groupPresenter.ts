import { Group, ProgrammeGroupCohortEnum } from '@manage-and-deliver-api'
import { Page } from '../shared/models/pagination'
import Pagination from '../utils/pagination/pagination'
import { CheckboxesArgsItem, SelectArgsItem, TableArgs } from '../utils/govukFrontendTypes'
import GroupListFilter from '../groupOverview/groupListFilter'
import DateUtils from '../utils/dateUtils'

const cohortConfigMap: Record<ProgrammeGroupCohortEnum, string> = {
  SEXUAL: 'Sexual offence',
  GENERAL: 'General offence',
  GENERAL_LDC: 'General offence',
  SEXUAL_LDC: 'Sexual offence',
}

export enum GroupListPageSection {
  NOT_STARTED_OR_IN_PROGRESS = 1,
  COMPLETE = 2,
}

export default class GroupPresenter {
  public readonly pagination: Pagination

  public readonly selectedPdu: string[] | undefined

  public readonly deliveryLocations: string[] = []

  public readonly params?: string

  constructor(
    readonly groupListItems: Page<Group>,
    readonly section: GroupListPageSection,
    readonly otherGroupListCountTotal: number,
    readonly regionName: string,
    readonly filter: GroupListFilter,
    readonly pduNames: string[],
    deliveryLocations?: string[],
    readonly caption?: string[],
  ) {
    this.params = filter.paramsAsQueryParams
    this.groupListItems = groupListItems
    this.pagination = new Pagination(this.groupListItems as Required<typeof this.groupListItems>, this.params || null)
    this.selectedPdu = this.filter.pdu ?? undefined
    this.deliveryLocations = deliveryLocations ?? []
  }

  get text() {
    return {
      pageSubHeading: `Building Choices: moderate intensity`,
      pageHeading: `Groups`,
    }
  }

  get tableCaptionClass(): string {
    if (this.groupListItems.content.length === 0) {
      return 'govuk-visually-hidden'
    }
    return 'govuk-table__caption--m'
  }

  get tableCaption(): string {
    return this.section === GroupListPageSection.COMPLETE ? 'Completed groups' : 'Not started or in progress groups'
  }

  get pageTitle(): string {
    return this.section === GroupListPageSection.COMPLETE
      ? 'Completed Building Choices groups'
      : 'Not started and in progress Building Choices groups'
  }

  get groupTableArgs(): TableArgs {
    return {
      caption: this.tableCaption,
      captionClasses: this.tableCaptionClass,
      attributes: {
        'data-module': 'moj-sortable-table',
      },
      head: [
        {
          text: 'Group code',
          attributes: {
            'aria-sort': 'ascending',
          },
        },
        {
          text: 'Start date',
          attributes: {
            'aria-sort': 'none',
          },
        },
        {
          text: 'PDU',
          attributes: {
            'aria-sort': 'none',
          },
        },
        {
          text: 'Delivery Location',
          attributes: {
            'aria-sort': 'none',
          },
        },
        {
          text: 'Cohort',
          attributes: {
            'aria-sort': 'none',
          },
        },
        {
          text: 'Sex',
          attributes: {
            'aria-sort': 'none',
          },
        },
      ],
      rows: this.generateTableRows(),
    }
  }

  private generateTableRows() {
    const groupData: (
      | { html: string; text?: undefined; attributes?: Record<string, string>; classes?: string }
      | { text: string; html?: undefined }
    )[][] = []
    this.groupListItems.content.forEach(group => {
      groupData.push([
        {
          html: `<a href='/group/${group.id}/group-details'>${group.code}</a>`,
          attributes: { 'data-sort-value': group.code },
          classes: 'govuk-!-font-weight-bold',
        },
        this.getFormattedDateCell(group),
        { text: group.pduName },
        { text: group.deliveryLocation },
        this.getCohortCell(group),
        { text: this.formatSex(group.sex) },
      ])
    })
    return groupData
  }

  getFormattedDateCell(group: Group): { html: string } {
    const rawDate = this.getGroupDate(group)
    const displayDate = rawDate ? DateUtils.formattedDate(rawDate) : ''
    const sortValue = this.dateToSort(rawDate)
    return { html: `<span data-sort-value="${sortValue}">${displayDate}</span>` }
  }

  getGroupDate(group: Group): string {
    return this.section === GroupListPageSection.NOT_STARTED_OR_IN_PROGRESS
      ? group.earliestStartDate || group.startDate || ''
      : group.startDate || group.earliestStartDate || ''
  }

  getCohortCell(group: Group): { html: string } {
    return {
      html: `${cohortConfigMap[group.cohort]}${this.hasLdcTagHtml(group)}`,
    }
  }

  formatSex(sex: string): string {
    return sex.charAt(0).toUpperCase() + sex.slice(1).toLowerCase()
  }

  private hasLdcTagHtml(group: Group): string {
    return group.cohort.toString() === 'GENERAL_LDC' || group.cohort.toString() === 'SEXUAL_LDC'
      ? '</br><span class="moj-badge moj-badge--bright-purple">LDC</span>'
      : ''
  }

  private dateToSort(dateString: string): string {
    if (!dateString) return ''
    const date = new Date(dateString)
    return Number.isNaN(date.getTime()) ? '' : date.getTime().toString()
  }

  getSubNavArgs(): { items: { text: string; href: string; active: boolean }[] } {
    const possiblyAppendParams = (url: string, params?: string) => {
      if (!params) return url
      return `${url}?${params}`
    }
    return {
      items: [
        {
          text: `Not started or in progress (${this.section === GroupListPageSection.NOT_STARTED_OR_IN_PROGRESS ? this.groupListItems.totalElements : this.otherGroupListCountTotal})`,
          href: possiblyAppendParams(`/groups/not-started-and-in-progress`, this.params),
          active: this.section === GroupListPageSection.NOT_STARTED_OR_IN_PROGRESS,
        },
        {
          text: `Completed (${this.section === GroupListPageSection.COMPLETE ? this.groupListItems.totalElements : this.otherGroupListCountTotal})`,
          href: possiblyAppendParams(`/groups/completed`, this.params),
          active: this.section === GroupListPageSection.COMPLETE,
        },
      ],
    }
  }

  get showDeliveryLocations(): boolean {
    return !!this.selectedPdu
  }

  get resultsText(): string {
    const { totalElements, number, size, numberOfElements } = this.groupListItems
    if (totalElements === 0) {
      return ''
    }
    const start = number * size + 1
    const end = number * size + numberOfElements
    const resultText = totalElements === 1 ? 'result' : 'results'
    return `Showing <strong>${start}</strong> to <strong>${end}</strong> of <strong>${totalElements}</strong> ${resultText}`
  }

  get noResultsText(): string {
    return this.section === GroupListPageSection.NOT_STARTED_OR_IN_PROGRESS
      ? 'There are currently no groups scheduled in'
      : 'There are currently no completed groups in'
  }

  generatePDUCheckboxArgs(): CheckboxesArgsItem[] {
    return this.pduNames
      .map(pdu => ({
        text: pdu,
        value: pdu,
        checked: this.filter.pdu?.includes(pdu),
      }))
      .sort((a, b) => a.text.localeCompare(b.text))
  }

  generateDeliveryLocationCheckboxArgs(): CheckboxesArgsItem[] {
    return this.deliveryLocations.map(deliveryLocation => ({
      text: deliveryLocation,
      value: deliveryLocation,
      checked: this.filter.deliveryLocations?.includes(deliveryLocation) ?? false,
    }))
  }

  generateCohortSelectArgs(): SelectArgsItem[] {
    const cohortOptions = ['General offence', 'General offence LDC', 'Sexual offence', 'Sexual offence LDC']
    const selectOptions: SelectArgsItem[] = [
      {
        text: 'Select',
        value: '',
      },
    ]
    cohortOptions.forEach(cohort => {
      selectOptions.push({
        value: cohort,
        text: cohort,
        selected: this.filter.cohort === cohort,
      })
    })
    return selectOptions
  }

  generateSexSelectArgs(): SelectArgsItem[] {
    return [
      {
        text: 'Select',
        value: '',
      },
      {
        value: 'MALE',
        text: 'Male',
        selected: this.filter.sex === 'MALE',
      },
      {
        value: 'FEMALE',
        text: 'Female',
        selected: this.filter.sex === 'FEMALE',
      },
      {
        value: 'MIXED',
        text: 'Mixed',
        selected: this.filter.sex === 'MIXED',
      },
    ]
  }

  generateNoResultsString(): string {
    const groupCountLabel = this.otherGroupListCountTotal === 1 ? 'group' : 'groups'

    if (this.section === GroupListPageSection.NOT_STARTED_OR_IN_PROGRESS) {
      return this.otherGroupListCountTotal === 0
        ? 'No results found. Clear or change the filters.'
        : `No groups found in 'Not started or in progress'. ${this.otherGroupListCountTotal} ${groupCountLabel} found in 'Completed'.`
    }
    return this.otherGroupListCountTotal === 0
      ? 'No results found. Clear or change the filters.'
      : `No groups found in 'Completed'. ${this.otherGroupListCountTotal} ${groupCountLabel} found in 'Not started or in progress'.`
  }
}
