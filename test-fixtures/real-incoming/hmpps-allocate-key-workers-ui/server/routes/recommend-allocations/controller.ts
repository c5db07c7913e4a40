import { Request, Response } from 'express'
import { ChangeStaffController } from '../base/changeStaffController'
import {
  AllocateResult,
  AllocateResultType,
  FLASH_KEY__ALLOCATE_RESULT,
  FLASH_KEY__API_ERROR,
  FLASH_KEY__COUNT,
} from '../../utils/constants'
import { lastNameCommaFirstName } from '../../utils/formatUtils'
import { Page } from '../../services/auditService'
import { prisonerProfileBacklink } from '../../utils/utils'
import { getAlertLabelsForCodes } from '../../utils/alertsUtils'

export class RecommendStaffAutomaticallyController extends ChangeStaffController {
  GET = async (req: Request, res: Response): Promise<void> => {
    const { allowPartialAllocation } = req.query
    const { allocationOrder } = req.middleware!.prisonConfiguration!

    const prisonCode = res.locals.user.getActiveCaseloadId()!

    const recommendations = await this.allocationsApiService.allocationRecommendations(req, prisonCode)

    if (!recommendations.allocations.length && !recommendations.noAvailableStaffFor?.length) {
      return res.render('recommend-allocations/view', {
        showBreadcrumbs: true,
        records: [],
        staff: [],
        count: req.flash(FLASH_KEY__COUNT)[0],
        apiError: req.flash(FLASH_KEY__API_ERROR)[0],
      })
    }

    if (recommendations.allocations.length === 0 && recommendations.noAvailableStaffFor?.length) {
      req.flash(
        FLASH_KEY__ALLOCATE_RESULT,
        JSON.stringify({
          type: AllocateResultType.NO_CAPACITY_FOR_AUTO_ALLOCATION,
        } as AllocateResult),
      )
      return res.redirect(req.headers.referer ?? `/${res.locals.policyPath}/allocate`)
    }

    const records = (
      await this.allocationsApiService.searchPrisoners(req, prisonCode, {
        query: '',
        cellLocationPrefix: '',
        excludeActiveAllocations: true,
      })
    ).filter(o => !o.hasHighComplexityOfNeeds)

    const missingAllocation = allowPartialAllocation
      ? 0
      : records.filter(o => !recommendations.allocations.find(x => o.personIdentifier === x.personIdentifier)).length

    if (missingAllocation) {
      const searchQuery = req.url.split('?')[1] || ''
      return res.render('recommend-allocations/not-enough-available-capacity/view', {
        goBackUrl:
          res.locals.breadcrumbs.fromAlias(Page.ALLOCATE)?.href ||
          req.headers?.['referer'] ||
          `/${res.locals.policyPath || ''}`,
        showBreadcrumbs: true,
        missingAllocation,
        searchQuery,
        totalPrisoners: records.length,
      })
    }

    const dropdownStaff = [...recommendations.staff] as {
      firstName: string
      lastName: string
      staffId: number
      allocated: number
      onlyFor?: string
    }[]

    records.forEach(o => {
      const match = recommendations.allocations.find(a => a.personIdentifier === o.personIdentifier)
      if (match) {
        dropdownStaff.push({ ...match.staff, onlyFor: o.personIdentifier })
      }
    })

    const dropdownOptions = this.getDropdownOptions(dropdownStaff, allocationOrder) as {
      text: string
      value: string
      onlyFor?: string
    }[]

    const matchedPrisoners = records.map(o => {
      const match = recommendations.allocations.find(a => a.personIdentifier === o.personIdentifier)
      const kwDropdown = [...dropdownOptions]

      if (match) {
        const existingIndex = kwDropdown.findIndex(x => x.value.startsWith(`allocate:${match.staff.staffId}`))
        if (existingIndex > -1) {
          kwDropdown.splice(existingIndex, 1, {
            ...kwDropdown[existingIndex]!,
            value: `allocate:${match.staff.staffId}:auto`,
          })
        }
      }

      return {
        ...o,
        profileHref: prisonerProfileBacklink(req, res, o.personIdentifier),
        alertsHref: prisonerProfileBacklink(req, res, o.personIdentifier, '/alerts/active'),
        alertFlagLabels: getAlertLabelsForCodes(o.relevantAlertCodes),
        recommendation: match?.staff.staffId,
        kwDropdown: kwDropdown.filter(
          x => !x.onlyFor || (x.onlyFor === o.personIdentifier && x.value.endsWith(':auto')),
        ),
        recommendedText: match
          ? `${lastNameCommaFirstName(match!.staff)} (allocations: ${match!.staff.allocated})`
          : '',
      }
    })

    return res.render('recommend-allocations/view', {
      showBreadcrumbs: true,
      records: matchedPrisoners,
      staff: dropdownOptions,
      count: req.flash(FLASH_KEY__COUNT)[0],
      apiError: req.flash(FLASH_KEY__API_ERROR)[0],
      jsEnabled: req.query['js'] === 'true',
    })
  }

  POST = async (_req: Request, res: Response) => res.redirect('allocate')
}
