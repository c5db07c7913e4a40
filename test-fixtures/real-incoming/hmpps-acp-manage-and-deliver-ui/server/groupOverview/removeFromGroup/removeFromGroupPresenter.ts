import { FormValidationError } from '../../utils/formValidationError'
import PresenterUtils from '../../utils/presenterUtils'

export default class RemoveFromGroupPresenter {
  constructor(
    readonly groupId: string,
    private readonly groupManagementData: {
      groupCode?: string
      personName?: string
    },
    private readonly backLink: string,
    private readonly validationError: FormValidationError | null = null,
    private readonly userInputData: Record<string, unknown> | null = null,
  ) {}

  get pageTitle(): string {
    return 'Remove person from group'
  }

  get text() {
    return {
      pageHeading: this.groupManagementData.groupCode,
      questionText: `Remove ${this.groupManagementData.personName} from this group?`,
    }
  }

  get backLinkHref() {
    return this.backLink
  }

  get cancelLinkHref() {
    return `/group/${this.groupId}/allocations`
  }

  get utils() {
    return new PresenterUtils(this.userInputData)
  }

  get errorSummary() {
    return PresenterUtils.errorSummary(this.validationError)
  }

  get fields() {
    return {
      removeFromGroup: {
        errorMessage: PresenterUtils.errorMessage(this.validationError, 'remove-from-group'),
        value: this.utils.stringValue(null, 'remove-from-group'),
      },
    }
  }
}
