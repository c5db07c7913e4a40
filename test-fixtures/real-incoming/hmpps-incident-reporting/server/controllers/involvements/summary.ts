import type express from 'express'
import type FormWizard from 'hmpo-form-wizard'

import logger from '../../../logger'
import type { ReportWithDetails } from '../../data/incidentReportingApi'
import { handleReportEdit } from '../../routes/reports/actions/handleReportEdit'
import { Values as PrisonersValues } from '../../routes/reports/prisoners/summary/fields'
import { Values as StaffValues } from '../../routes/reports/staff/summary/fields'
import { BaseController } from '../base'
import { missingLocalsError } from '../../errors'

type Values = PrisonersValues | StaffValues

export abstract class InvolvementSummary extends BaseController<Values> {
  protected keyField = 'confirmAdd' as const

  /** Used as URL and template slug */
  protected abstract type: 'prisoners' | 'staff'

  protected abstract involvementField: 'prisonersInvolved' | 'staffInvolved'

  protected abstract involvementDoneField: 'prisonerInvolvementDone' | 'staffInvolvementDone'

  protected abstract pageTitleBeforeInvolvementDone: string

  protected abstract pageTitleOnceInvolvementDone: string

  protected abstract labelOnceInvolvementsExist: string

  protected abstract confirmError: string

  protected abstract confirmErrorOnceInvolvementsExist: string

  middlewareLocals(): void {
    this.use(this.customiseFields)
    super.middlewareLocals()
  }

  // Override in subclasses to prevent the "add another?" radio from showing when
  // no further involvements can be added (e.g. all prisoner roles with onlyOneAllowed
  // are already used).  Default returns true so staff summary is unaffected.

  protected canAddMoreInvolvements(_res: express.Response): boolean {
    return true
  }

  private customiseFields(req: FormWizard.Request<Values>, res: express.Response, next: express.NextFunction): void {
    const report = res.locals.report as ReportWithDetails

    const involvementsExist = report[this.involvementField].length > 0
    const involvementDone = involvementsExist || report[this.involvementDoneField]

    const { fields } = req.form.options

    const customisedFields = { ...fields }
    customisedFields.confirmAdd = {
      ...customisedFields.confirmAdd,
    }
    if (involvementDone) {
      customisedFields.confirmAdd.items = customisedFields.confirmAdd.items?.filter(item => item.value !== 'skip')
    }
    if (involvementsExist) {
      customisedFields.confirmAdd.label = this.labelOnceInvolvementsExist
    }

    const canAddMore = this.canAddMoreInvolvements(res)
    const noMoreCanBeAdded = involvementsExist && !canAddMore
    if (noMoreCanBeAdded) {
      // Remove required validation: the radio will be hidden in the template and
      // an empty submission is treated as an implicit "No" in successHandler.
      customisedFields.confirmAdd = { ...customisedFields.confirmAdd, validate: [] }
    }

    req.form.options.fields = customisedFields

    res.locals.involvementDone = involvementDone
    res.locals.involvementsExist = involvementsExist
    res.locals.noMoreCanBeAdded = noMoreCanBeAdded

    next()
  }

  locals(req: FormWizard.Request<Values>, res: express.Response): Partial<FormWizard.Locals<Values>> {
    const pageTitle = res.locals.involvementDone
      ? this.pageTitleOnceInvolvementDone
      : this.pageTitleBeforeInvolvementDone

    // Gather notification banner entries if they exist
    const banners = req.flash()

    return {
      ...super.locals(req, res),
      ...this.localsForLookups(),
      pageTitle,
      banners,
    }
  }

  protected abstract localsForLookups(): Record<string, unknown>

  getBackLink(_req: FormWizard.Request<Values>, res: express.Response): string {
    const { reportUrl } = res.locals

    if (!reportUrl) {
      throw missingLocalsError('InvolvementSummary#getBackLink()', 'res.locals.report')
    }

    return reportUrl
  }

  getNextStep(_req: FormWizard.Request<Values>, res: express.Response): string {
    const { reportUrl } = res.locals

    if (!reportUrl) {
      throw missingLocalsError('InvolvementSummary#getNextStep()', 'res.locals.report')
    }

    return reportUrl
  }

  protected errorMessage(error: FormWizard.Error, req: FormWizard.Request<Values>, res: express.Response): string {
    const report = res.locals.report as ReportWithDetails

    const involvementsExist = report[this.involvementField].length > 0
    if (error.key === 'confirmAdd') {
      // eslint-disable-next-line no-param-reassign
      error.field = 'confirmAdd-item'
      if (involvementsExist) {
        return this.confirmErrorOnceInvolvementsExist
      }
      return this.confirmError
    }
    return super.errorMessage(error, req, res)
  }

  render(req: FormWizard.Request<Values>, res: express.Response, next: express.NextFunction): void {
    if (res.locals.involvementDone) {
      req.form.options.template = `pages/${this.type}/summary`
    } else {
      req.form.options.template = `pages/${this.type}/request`
    }

    super.render(req, res, next)
  }

  async successHandler(
    req: FormWizard.Request<Values>,
    res: express.Response,
    next: express.NextFunction,
  ): Promise<void> {
    const report = res.locals.report as ReportWithDetails
    const { confirmAdd } = req.form.values

    if (confirmAdd === 'yes') {
      // clear session since choice made
      req.journeyModel.reset()

      res.redirect(`${res.locals.reportSubUrlPrefix}/${this.type}/search`)
    } else {
      if (confirmAdd === 'no' && report[this.involvementField].length === 0) {
        try {
          await res.locals.apis.incidentReportingApi.updateReport(report.id, {
            [this.involvementDoneField]: true,
          })
          logger.info(`Report updated to flag %s involved as done`, this.type)
        } catch (error) {
          logger.error(error, `Report could not be updated to flag %s involved as done: %j`, this.type, error)
          this.handleApiError(error, req, res, next)
          return
        }
        // Now look to update the status if necessary
        try {
          await handleReportEdit(res)
        } catch (e) {
          logger.error(e, `Report ${report.reportReference} status could not be updated: %j`, e)
          this.handleApiError(e, req, res, next)
          return
        }
      }

      // clear session since choice made
      res.locals.clearSessionOnSuccess = true

      super.successHandler(req, res, next)
    }
  }
}
