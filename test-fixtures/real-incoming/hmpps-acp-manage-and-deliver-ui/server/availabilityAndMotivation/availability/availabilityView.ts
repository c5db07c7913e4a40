import { ButtonArgs, InsetTextArgs } from '../../utils/govukFrontendTypes'
import AvailabilityPresenter from './availabilityPresenter'
import DateUtils from '../../utils/dateUtils'
import { MojAlertComponentArgs } from '../../interfaces/alertComponentArgs'

export default class AvailabilityView {
  constructor(private readonly presenter: AvailabilityPresenter) {}

  get importFromDeliusText(): InsetTextArgs {
    return {
      text: `Last updated ${DateUtils.formattedDate(this.presenter.availability.lastModifiedAt)} by ${this.presenter.availability.lastModifiedBy}`,
      classes: 'govuk-!-margin-top-0',
    }
  }

  get generalAvailabilityText(): string {
    return this.presenter.availability.endDate
      ? `This is ${this.presenter.details.personName}'s general availability until ${DateUtils.formattedDate(this.presenter.availability.endDate)}.`
      : `This is ${this.presenter.details.personName}'s general availability to attend an Accredited Programme.`
  }

  get availabilityButtonArgs(): ButtonArgs {
    return {
      text: this.presenter.availability.id ? 'Change availability' : 'Add availability',
      href: this.presenter.availability.id
        ? `/referral/${this.presenter.referral.id}/update-availability/${this.presenter.availability.id}`
        : `/referral/${this.presenter.referral.id}/add-availability`,
    }
  }

  private successMessageArgs(): MojAlertComponentArgs {
    return {
      variant: 'success',
      title: 'Availability details added successfully.',
      text: '',
      showTitleAsHeading: true,
      dismissible: true,
    }
  }

  get renderArgs(): [string, Record<string, unknown>] {
    return [
      'availabilityAndMotivation/availabilityAndMotivation',
      {
        presenter: this.presenter,
        pageTitle: this.presenter.pageTitle,
        importFromDeliusText: this.importFromDeliusText,
        availabilityButtonArgs: this.availabilityButtonArgs,
        availability: this.presenter.availability,
        availabilityTableArgs: this.presenter.getAvailabilityTableArgs(),
        availabilityTableHeading: this.presenter.availabilityTableHeading,
        showAvailability: this.presenter.showAvailability,
        isAvailabilityUpdated: this.presenter.isAvailabilityUpdated,
        successMessageArgs: this.successMessageArgs(),
        generalAvailabilityText: this.generalAvailabilityText,
        getVerticalSubNavArgs: this.presenter.verticalSubNavArgs,
        groupAllocationTextArgs: this.presenter.groupAllocationTextArgs,
      },
    ]
  }
}
