import { InterestedParties } from '../model'
import { ValidationResult } from '../../../models/Validation'
import { ViewModel } from '../../../models/view-models/utils'
import { getError } from '../../../utils/utils'
import { NotifyingOrganisationInput } from './formModel'
import { getNotifyingOrganisationName } from './utils'
import { createGovukErrorSummary } from '../../../utils/errors'
import isOrderDataDictionarySameOrAbove from '../../../utils/dataDictionaryVersionComparer'
import { Order } from '../../../models/Order'

type NotifyingOrganisationViewModel = ViewModel<
  Pick<InterestedParties, 'notifyingOrganisation' | 'notifyingOrganisationName' | 'notifyingOrganisationEmail'>
> & {
  DDv5: boolean
  cohort?: string
}

const construct = (
  formData: NotifyingOrganisationInput | undefined,
  errors: ValidationResult,
  order: Order,
  cohort?: string,
): NotifyingOrganisationViewModel => {
  if (formData) return constructFromFormData(formData, errors, order, cohort)

  return constructFromData(order, cohort)
}

const constructFromData = (order: Order, cohort?: string): NotifyingOrganisationViewModel => {
  return {
    notifyingOrganisation: {
      value: order.interestedParties?.notifyingOrganisation || '',
    },
    notifyingOrganisationName: {
      value: order.interestedParties?.notifyingOrganisationName || '',
    },
    notifyingOrganisationEmail: {
      value: order.interestedParties?.notifyingOrganisationEmail || '',
    },
    errorSummary: null,
    DDv5: isOrderDataDictionarySameOrAbove('DDV5', order),
    cohort,
  }
}

const constructFromFormData = (
  formData: NotifyingOrganisationInput,
  errors: ValidationResult,
  order: Order,
  cohort?: string,
): NotifyingOrganisationViewModel => {
  return {
    notifyingOrganisation: {
      value: formData?.notifyingOrganisation || '',
      error: getError(errors, 'notifyingOrganisation'),
    },
    notifyingOrganisationName: {
      value: getNotifyingOrganisationName(formData) || '',
      error: getError(errors, 'notifyingOrganisationName'),
    },
    notifyingOrganisationEmail: {
      value: formData?.notifyingOrganisationEmail || '',
      error: getError(errors, 'notifyingOrganisationEmail'),
    },
    errorSummary: createGovukErrorSummary(errors),
    DDv5: isOrderDataDictionarySameOrAbove('DDV5', order),
    cohort,
  }
}

export default { construct }
