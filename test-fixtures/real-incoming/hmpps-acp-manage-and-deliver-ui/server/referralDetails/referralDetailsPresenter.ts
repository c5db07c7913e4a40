import { ReferralDetails } from '@manage-and-deliver-api'
import ReferralLayoutPresenter, { HorizontalNavValues } from '../shared/referral/referralLayoutPresenter'
import { SummaryListArgs } from '../utils/govukFrontendTypes'
import { SummaryListItem } from '../utils/summaryList'
import { formatCohort } from '../utils/utils'
import ViewUtils from '../utils/viewUtils'

export enum ReferralDetailsPageSection {
  PersonalDetailsTab = 'personalDetails',
  ProgrammeHistoryTab = 'programmeHistory',
  OffenceHistoryTab = 'offenceHistory',
  SentenceInformationTab = 'sentenceInformation',
  AvailabilityTab = 'availability',
  LocationTab = 'location',
  AdditionalInformationTab = 'additionalInformation',
}

export default class ReferralDetailsPresenter extends ReferralLayoutPresenter {
  protected constructor(
    readonly referralDetails: ReferralDetails,
    readonly subNavValue: string,
    readonly isLdcUpdated: boolean | null = null,
    readonly isCohortUpdated: boolean | null = null,
  ) {
    super(HorizontalNavValues.referralDetailsTab, referralDetails, isLdcUpdated, isCohortUpdated)
  }

  get referralSummary(): SummaryListArgs {
    return {
      ...ViewUtils.summaryListArgs(this.referralSummaryList(), { showBorders: false }, 'govuk-!-margin-bottom-0'),
    }
  }

  getVerticalSubNavArgs(): {
    items: { text: string; href: string; active: boolean; attributes: object | null }[]
    classes: string
  } {
    return {
      items: [
        {
          text: 'Personal details',
          href: `/referral-details/${this.referralDetails.id}/personal-details/#personal-details`,
          active: this.subNavValue === ReferralDetailsPageSection.PersonalDetailsTab,
          attributes: {
            id: 'personal-details',
          },
        },
        {
          text: 'Offence history',
          href: `/referral-details/${this.referralDetails.id}/offence-history/#offence-history`,
          active: this.subNavValue === ReferralDetailsPageSection.OffenceHistoryTab,
          attributes: {
            id: 'offence-history',
          },
        },
        {
          text: 'Sentence information',
          href: `/referral-details/${this.referralDetails.id}/sentence-information/#sentence-information`,
          active: this.subNavValue === ReferralDetailsPageSection.SentenceInformationTab,
          attributes: {
            id: 'sentence-information',
          },
        },
      ],
      classes: 'govuk-!-padding-top-0',
    }
  }

  referralSummaryList(): SummaryListItem[] {
    return [
      {
        key: 'Applicant name',
        lines: [`${this.referralDetails.personName}`],
      },
      {
        key: 'Programme name',
        lines: [`${this.referralDetails.interventionName}`],
      },
      {
        key: 'Cohort',
        lines: [{ item: `${formatCohort(this.referralDetails.cohort)}`, hasLdc: this.referralDetails.hasLdc }],
      },
      {
        key: 'Date referred',
        lines: [`${this.referralDetails.createdAt}`],
      },
      {
        key: 'Probation practitioner',
        lines: this.referralDetails.probationPractitionerName
          ? [this.referralDetails.probationPractitionerName]
          : ['No information available'],
      },
      {
        key: 'Probation practitioner email address',
        lines: [`${this.referralDetails.probationPractitionerEmail}`],
        valueLink: this.referralDetails.probationPractitionerEmail
          ? `<a href="mailto:${this.referralDetails.probationPractitionerEmail}">${this.referralDetails.probationPractitionerEmail}</a>`
          : 'No email available',
      },
    ].filter(item => item.lines.every(line => line !== null))
  }
}
