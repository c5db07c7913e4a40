import { CaseListFilterValues, CohortEnum, ReferralCaseListItem } from '@manage-and-deliver-api'
import { Page } from '../shared/models/pagination'
import { CheckboxesArgsItem, SelectArgsItem, TableArgs } from '../utils/govukFrontendTypes'
import Pagination from '../utils/pagination/pagination'
import CaselistFilter from './caselistFilter'
import CaselistUtils from './caseListUtils'
import DateUtils from '../utils/dateUtils'
import config from '../config'

export enum CaselistPageSection {
  Open = 1,
  Closed = 2,
}

const cohortConfigMap: Record<CohortEnum, string> = {
  SEXUAL_OFFENCE: 'Sexual offence',
  GENERAL_OFFENCE: 'General offence',
}

const sentenceEndDateSourceMap: Record<string, string> = {
  REQUIREMENT: 'Order end date',
  LICENCE_CONDITION: 'Licence end date',
}

export default class CaselistPresenter {
  public readonly pagination: Pagination

  public readonly openOrClosedUrl: string

  constructor(
    readonly section: CaselistPageSection,
    readonly referralCaseListItems: Page<ReferralCaseListItem>,
    readonly filter: CaselistFilter,
    readonly params: string,
    readonly isOpenReferrals: boolean,
    readonly caseListFilters: CaseListFilterValues,
    readonly otherCaselistCountTotal: number,
    readonly userLocationDescription: string,
  ) {
    this.pagination = new Pagination(
      this.referralCaseListItems as Required<typeof this.referralCaseListItems>,
      this.params || null,
    )
    this.referralCaseListItems = referralCaseListItems
    this.openOrClosedUrl = isOpenReferrals ? 'open-referrals' : 'closed-referrals'
  }

  get text() {
    return {
      pageSubHeading: `Building Choices: moderate intensity`,
      pageHeading: `Case list`,
    }
  }

  get showReportingLocations(): boolean {
    return this.filter.pdu !== undefined && this.filter.pdu.length > 0
  }

  get resultsText(): string {
    const { totalElements, number, size, numberOfElements } = this.referralCaseListItems
    if (totalElements === 0) {
      return ''
    }
    const start = number * size + 1
    const end = number * size + numberOfElements
    const resultText = totalElements === 1 ? 'result' : 'results'
    return `Showing <strong>${start}</strong> to <strong>${end}</strong> of <strong>${totalElements}</strong> ${resultText}`
  }

  get tableCaptionClass(): string {
    if (this.referralCaseListItems.content.length === 0) {
      return 'govuk-visually-hidden'
    }
    return 'govuk-table__caption--m'
  }

  get tableCaption(): string {
    return this.section === CaselistPageSection.Closed ? 'Closed referrals' : 'Open referrals'
  }

  get pageTitle(): string {
    return this.section === CaselistPageSection.Closed
      ? 'Building Choices closed referrals'
      : 'Building Choices open referrals'
  }

  getCaseloadTableArgs(): TableArgs {
    return {
      caption: this.tableCaption,
      captionClasses: this.tableCaptionClass,
      attributes: {
        'data-module': 'moj-sortable-table',
        'data-caselist-table': 'true',
      },
      head: [
        {
          text: 'Name and CRN',
          attributes: {
            'aria-sort': 'ascending',
          },
        },
        {
          text: 'PDU',
          attributes: {
            'aria-sort': 'none',
          },
        },
        {
          text: 'Reporting team',
          attributes: {
            'aria-sort': 'none',
          },
        },
        {
          text: 'Sentence end date',
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
        {
          text: 'Referral status',
          attributes: {
            'aria-sort': 'none',
          },
        },
      ],
      rows: this.generateTableRows(),
    }
  }

  generateTableRows() {
    const referralData: (
      | { html: string; text?: undefined; attributes?: Record<string, string | number> }
      | { text: string; html?: undefined }
    )[][] = []
    const excludedReferralsEnabled = config.enable_excluded_referrals
    const sortedContent = excludedReferralsEnabled
      ? [...this.referralCaseListItems.content].sort(
          (a, b) => Number(Boolean(a.isExcluded)) - Number(Boolean(b.isExcluded)),
        )
      : this.referralCaseListItems.content
    sortedContent.forEach(referral => {
      const formattedSentenceEndDate = DateUtils.formattedDate(referral.sentenceEndDate)
      const sentenceEndDateEpoch = new Date(formattedSentenceEndDate).getTime()
      const isExcluded = excludedReferralsEnabled && Boolean(referral.isExcluded)
      referralData.push([
        {
          html: !isExcluded
            ? `<a href='/referral-details/${referral.referralId}/personal-details'>${referral.personName}</a><span>${referral.crn}</span>${CaselistUtils.hasLaoBadgeHtml(referral)}`
            : `<span>${referral.crn}</span>${CaselistUtils.hasLaoBadgeHtml(referral)}`,
          attributes: isExcluded
            ? { 'data-sort-value': referral.personName, 'data-excluded': 'true' }
            : { 'data-sort-value': referral.personName },
        },
        { text: !isExcluded ? referral.pdu : 'Restricted' },
        { text: !isExcluded ? referral.reportingTeam : 'Restricted' },
        {
          html: !isExcluded
            ? `${formattedSentenceEndDate} <br> ${sentenceEndDateSourceMap[referral.sentenceEndDateSource]}`
            : 'Restricted',
          attributes: { 'data-sort-value': sentenceEndDateEpoch },
        },
        {
          html: !isExcluded
            ? `${cohortConfigMap[referral.cohort]}${CaselistUtils.hasLdcTagHtml(referral)}`
            : 'Restricted',
        },
        {
          text: !isExcluded ? `${referral.sex}` : 'Restricted',
        },
        {
          html: `<strong class="govuk-tag govuk-tag--${referral.statusLabelColour}">${referral.referralStatus}</strong>`,
        },
      ])
    })
    return referralData
  }

  getSubNavArgs(): { items: { text: string; href: string; active: boolean }[] } {
    return {
      items: [
        {
          text: `Open referrals (${this.section === CaselistPageSection.Open ? this.referralCaseListItems.totalElements : this.otherCaselistCountTotal})`,
          href: this.params !== undefined ? `/region/open-referrals?${this.params}` : `/region/open-referrals`,
          active: this.section === CaselistPageSection.Open,
        },
        {
          text: `Closed referrals (${this.section === CaselistPageSection.Closed ? this.referralCaseListItems.totalElements : this.otherCaselistCountTotal})`,
          href: this.params !== undefined ? `/region/closed-referrals?${this.params}` : `/region/closed-referrals`,
          active: this.section === CaselistPageSection.Closed,
        },
      ],
    }
  }

  generateSelectValues(options: { value: string; text: string }[], caseListFilter: string): SelectArgsItem[] {
    const selectOptions: SelectArgsItem[] = [
      {
        text: 'Select',
        value: '',
      },
    ]
    options.map(option =>
      selectOptions.push({
        value: option.value,
        text: option.text,
        selected: caseListFilter?.includes(`${option.value}`) ?? false,
      }),
    )
    return selectOptions
  }

  generateCohortSelectArgs(): SelectArgsItem[] {
    const selectOptions: SelectArgsItem[] = [
      {
        text: 'Select',
        value: '',
      },
    ]
    this.caseListFilters.cohort.map(cohort =>
      selectOptions.push({
        value: cohort,
        text: cohort,
        selected: this.filter.cohort === cohort,
      }),
    )
    return selectOptions
  }

  generateSexSelectArgs(): SelectArgsItem[] {
    const selectOptions: SelectArgsItem[] = [
      {
        text: 'Select',
        value: '',
      },
    ]
    ;['Male', 'Female'].forEach(sex =>
      selectOptions.push({
        value: sex,
        text: sex,
        selected: this.filter.sex === sex,
      }),
    )
    return selectOptions
  }

  generatePDUCheckboxArgs(): CheckboxesArgsItem[] {
    return this.caseListFilters.locationFilters
      .map(pdu => ({
        text: pdu.pduName,
        value: pdu.pduName,
        checked: this.filter.pdu?.includes(pdu.pduName),
      }))
      .sort((a, b) => a.text.localeCompare(b.text))
  }

  generateReportingTeamCheckboxArgs(): CheckboxesArgsItem[] {
    let checkboxItems: CheckboxesArgsItem[] = []
    if (this.showReportingLocations) {
      const selectedPdus = this.caseListFilters.locationFilters.filter(location =>
        this.filter.pdu!.includes(location.pduName),
      )
      const allReportingTeams = Array.from(new Set(selectedPdus.flatMap(pdu => pdu.reportingTeams))).sort()
      checkboxItems = allReportingTeams
        .map(location => ({
          text: location,
          value: location,
          checked: this.filter.reportingTeam?.includes(location),
        }))
        .sort((a, b) => a.text.localeCompare(b.text))
    }
    return checkboxItems
  }

  generateNoResultsString(): string {
    const count = this.otherCaselistCountTotal
    const resultsText = `${count} ${count === 1 ? 'result' : 'results'}`

    if (this.section === CaselistPageSection.Open) {
      return count === 0
        ? 'No results found. Clear or change the filters.'
        : `No results in open referrals. ${resultsText} in closed referrals.`
    }

    return count === 0
      ? 'No results found. Clear or change the filters.'
      : `No results in closed referrals. ${resultsText} in open referrals.`
  }
}
