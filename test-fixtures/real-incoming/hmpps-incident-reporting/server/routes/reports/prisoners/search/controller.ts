import { URLSearchParams } from 'node:url'

import type express from 'express'
import type FormWizard from 'hmpo-form-wizard'

import logger from '../../../../../logger'
import { GetBaseController } from '../../../../controllers'
import {
  GlobalSearchFilters,
  OffenderSearchApi,
  type OffenderSearchResults,
  PrisonerGender,
  PrisonerLocationStatus,
} from '../../../../data/offenderSearchApi'
import { pagination } from '../../../../utils/pagination'
import type { Values } from './fields'
import { parseDateInput } from '../../../../utils/parseDateTime'
import { missingLocalsError } from '../../../../errors'

export class PrisonerSearchController extends GetBaseController<Values> {
  protected keyField = 'q' as const

  middlewareLocals(): void {
    this.use(this.customiseFields)
    super.middlewareLocals()
  }

  private customiseFields(req: FormWizard.Request<Values>, res: express.Response, next: express.NextFunction): void {
    const { fields } = req.form.options

    fields.global = {
      ...fields.global,
      items: [...(fields.global.items ?? [])],
    }

    // label local search with active caseload
    const activeCaseload = res.locals.user?.activeCaseLoad
    if (activeCaseload && fields.global.items && fields.global.items?.length > 0) {
      fields.global.items[0] = {
        ...fields.global.items[0],
        label: `In ${activeCaseload.description}`,
      }
    }

    next()
  }

  protected shouldContinueRenderFlowOnSuccess = true

  protected errorMessage(error: FormWizard.Error, req: FormWizard.Request<Values>, res: express.Response): string {
    if (error.key === 'q') {
      return 'Enter the prisoner’s name or prison number'
    }
    if (error.key === 'global') {
      return 'Choose where to search'
    }
    if (error.key === 'page') {
      // NB: this will not show in practice
      return 'Page is not valid'
    }
    if (error.key === 'prisonerDateOfBirth') {
      return 'Enter a valid date'
    }
    return super.errorMessage(error, req, res)
  }

  getBackLink(_req: FormWizard.Request<Values>, res: express.Response): string {
    const { reportSubUrlPrefix } = res.locals

    if (!reportSubUrlPrefix) {
      throw missingLocalsError('PrisonerSearchController#getBackLink()', 'res.locals.reportSubUrlPrefix')
    }

    return `${reportSubUrlPrefix}/prisoners`
  }

  render(req: FormWizard.Request<Values, keyof Values>, res: express.Response, next: express.NextFunction) {
    super.render(req, res, next)

    if (res.locals.searchResults) {
      // clear session after rendering the page since search was successfully performed and the session would leak otherwise
      req.journeyModel.reset()
    }
  }

  async successHandler(
    req: FormWizard.Request<Values>,
    res: express.Response,
    next: express.NextFunction,
  ): Promise<void> {
    const { offenderSearchApi } = res.locals.apis
    const { user } = res.locals
    const { activeCaseLoad } = user

    if (!activeCaseLoad) {
      next(new Error(`User ${user.username} has no active case load`))
      return
    }

    const {
      q,
      prisonerLocationStatus,
      prisonerGender,
      prisonerDateOfBirth,
      global,
      page: pageStr,
    } = this.getAllValues(req)
    let dateOfBirth: string | undefined
    if (prisonerDateOfBirth) {
      dateOfBirth = parseDateInput(prisonerDateOfBirth).toLocaleDateString('en-CA')
    }
    const page = parseInt(pageStr, 10) || 1
    let searchResults: OffenderSearchResults

    try {
      // if local search, only search in active caseload
      const prisonIds = global === 'yes' ? undefined : [activeCaseLoad.caseLoadId]
      searchResults = await offenderSearchApi.searchGlobally(
        this.globalSearchFilters(
          q,
          prisonerGender as PrisonerGender,
          prisonerLocationStatus as PrisonerLocationStatus,
          dateOfBirth,
          prisonIds,
        ),
        page - 1,
      )
      res.locals.searchResults = searchResults
    } catch (e) {
      logger.error(e, 'Prisoner search failed: %j', e)
      const err = this.convertIntoValidationError(e)
      this.setErrors({ q: err }, req, res)
      next()
      return
    }

    const totalResultCount = searchResults.totalElements
    if (totalResultCount > 0) {
      const pageCount = Math.ceil(totalResultCount / OffenderSearchApi.PAGE_SIZE)
      const searchParams = new URLSearchParams()
      searchParams.append('q', q)
      if (global === 'yes') {
        searchParams.append('global', 'yes')
      } else {
        searchParams.append('global', 'no')
      }
      if (prisonerLocationStatus) {
        searchParams.append('prisonerLocationStatus', prisonerLocationStatus)
      }
      if (prisonerGender) {
        searchParams.append('prisonerGender', prisonerGender)
      }
      if (prisonerDateOfBirth) {
        searchParams.append('prisonerDateOfBirth', prisonerDateOfBirth)
      }
      if (page > pageCount) {
        searchParams.append('page', `${pageCount}`)
        res.redirect(`${res.locals.reportSubUrlPrefix}/prisoners/search?${searchParams.toString()}`)
        return
      }

      const paginationParams = pagination(
        page,
        pageCount,
        `search?${searchParams.toString()}&`,
        'moj',
        totalResultCount,
        OffenderSearchApi.PAGE_SIZE,
      )
      if (paginationParams.results) {
        paginationParams.results.text = 'prisoners'
      }
      res.locals.paginationParams = paginationParams
    }

    next()
  }

  private globalSearchFilters(
    keywords: string,
    gender: PrisonerGender,
    location: PrisonerLocationStatus,
    dateOfBirth?: string,
    prisonIds?: string[],
  ): GlobalSearchFilters {
    return {
      andWords: keywords,
      prisonIds,
      fuzzyMatch: true,
      gender,
      location,
      dateOfBirth,
    }
  }
}
