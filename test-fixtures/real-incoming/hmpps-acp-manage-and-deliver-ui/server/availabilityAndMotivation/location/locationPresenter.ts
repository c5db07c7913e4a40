import { DeliveryLocationPreferences, ReferralDetails } from '@manage-and-deliver-api'
import { SummaryListItem } from '../../utils/summaryList'
import AvailabilityAndMotivationPresenter from '../availabilityAndMotivationPresenter'

export default class LocationPresenter extends AvailabilityAndMotivationPresenter {
  constructor(
    readonly details: ReferralDetails,
    readonly subNavValue: string,
    readonly deliveryLocationPreferences: DeliveryLocationPreferences,
    readonly isPreferredLocationUpdated: boolean | null = null,
    readonly isLdcUpdated: boolean | null = null,
    readonly isCohortUpdated: boolean | null = null,
  ) {
    super(details, subNavValue, isLdcUpdated, isCohortUpdated)
  }

  get linkText() {
    return this.deliveryLocationPreferences.preferredDeliveryLocations.length > 0 ||
      this.deliveryLocationPreferences.cannotAttendLocations
      ? 'Update location preferences'
      : 'Add location preferences'
  }

  preferredLocationsSummary(): { title: string; classes: string; summary: SummaryListItem[] } {
    const { lastUpdatedAt, lastUpdatedBy, preferredDeliveryLocations, cannotAttendLocations } =
      this.deliveryLocationPreferences

    let summaryItems: SummaryListItem[] = [
      {
        key: 'Locations the person can attend',
        lines: preferredDeliveryLocations.length !== 0 ? preferredDeliveryLocations : ['No information added'],
      },
      {
        key: 'Locations the person cannot attend',
        lines: [cannotAttendLocations ?? 'No information added'],
      },
    ]

    // Adds to the start of the arry if fields are not null
    if (lastUpdatedAt && lastUpdatedBy) {
      summaryItems = [{ lines: [`Last updated ${lastUpdatedAt} by ${lastUpdatedBy}`] }, ...summaryItems]
    }

    return {
      title: 'Preferred programme delivery locations',
      classes: lastUpdatedAt && lastUpdatedBy ? 'no-first-key' : '',
      summary: summaryItems,
    }
  }

  locationsSummary(): { title: string; summary: SummaryListItem[] } {
    return {
      title: 'Reporting locations',
      summary: [
        {
          key: 'Probation delivery unit',
          lines: this.referral.pdu ? [this.referral.pdu] : ['No information added'],
        },
        {
          key: 'Reporting team',
          lines: this.referral.reportingTeam ? [this.referral.reportingTeam] : ['No information added'],
        },
      ],
    }
  }
}
