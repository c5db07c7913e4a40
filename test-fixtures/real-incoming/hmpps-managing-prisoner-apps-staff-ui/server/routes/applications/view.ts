import { format } from 'date-fns'
import { Request, Response, Router } from 'express'

import { isOpenStatus } from '../../constants/applicationStatus'
import { PATHS } from '../../constants/paths'
import { URLS } from '../../constants/urls'

import AuditService, { Page } from '../../services/auditService'
import ManagingPrisonerAppsService from '../../services/managingPrisonerAppsService'
import PrisonService from '../../services/prisonService'

import { formatName } from '../../utils/formatters/formatName'
import getValidApplicationOrRedirect from '../../utils/getValidApplicationOrRedirect'
import {
  buildSelectedTags,
  checkSelectedFilters,
  formatFilterOptions,
  parseApplicationFilters,
  retainFiltersMiddleware,
} from '../../utils/http/filters'

import logger from '../../../logger'
import config from '../../config'
import { addPrisonerNames, buildApplicationsPayload } from '../../helpers/apps'
import { validatePrisonerFilter } from '../../helpers/prisoner'
import { formatAppsToRows } from '../../utils/formatters/formatAppsToRows'
import { getPaginationData } from '../../utils/http/pagination'
import DocumentManagementService from '../../services/documentManagementService'

export default function viewAppsRouter({
  auditService,
  managingPrisonerAppsService,
  prisonService,
  documentManagementService,
}: {
  auditService: AuditService
  managingPrisonerAppsService: ManagingPrisonerAppsService
  prisonService: PrisonService
  documentManagementService: DocumentManagementService
}): Router {
  const router = Router()

  router.get(URLS.APPLICATIONS, retainFiltersMiddleware, async (req: Request, res: Response) => {
    const { user } = res.locals

    const filters = parseApplicationFilters(req)
    const payload = buildApplicationsPayload(filters)

    const { apps, applicationTypes, assignedGroups, totalRecords, firstNightCenter } =
      await managingPrisonerAppsService.getApps(payload, user)

    const prisonerDetails = await Promise.all(
      apps.map(app =>
        app.requestedBy ? prisonService.getPrisonerByPrisonNumber(user.username, app.requestedBy) : null,
      ),
    )
    const error = validatePrisonerFilter(filters, prisonerDetails)

    const appsWithNames = addPrisonerNames(apps)
    const rows = await formatAppsToRows(managingPrisonerAppsService, user, appsWithNames)

    const filterOptions = formatFilterOptions(applicationTypes, assignedGroups, filters, firstNightCenter)
    const selectedTags = buildSelectedTags(req, filters, filterOptions)
    const hasSelectedFilters = checkSelectedFilters(filters, selectedTags)

    await auditService.logPageView(Page.VIEW_APPLICATIONS_PAGE, {
      who: user.username,
      correlationId: req.id,
    })

    return res.render(PATHS.APPLICATIONS.LIST, {
      apps: rows,
      filters: {
        ...filterOptions,
        hasSelectedFilters,
        selectedFilters: selectedTags,
        selectedPrisonerLabel: filters.prisonerLabel,
        selectedPrisonerId: filters.prisonerId,
        selectedStatusValues: filters.selectedStatusValues,
        applicationTypeFilter: filters.applicationTypeFilter,
        oldestAppFirst: filters.oldestAppFirst,
      },
      pagination: getPaginationData(Number(req.query.page) || 1, totalRecords),
      query: req.query,
      status: filters.status,
      error,
    })
  })

  router.get(`${URLS.SEARCH_PRISONERS}`, async (req: Request, res: Response): Promise<void> => {
    const query = req.query.prisoner?.toString()
    const { user } = res.locals

    if (!query) {
      res.json([])
      return
    }

    try {
      const prisoners = await managingPrisonerAppsService.searchPrisoners(query, user)

      const formattedResults = prisoners.map(prisoner => ({
        prisonerId: prisoner.prisonerId,
        label: `${formatName(prisoner.firstName, '', prisoner.lastName)} (${prisoner.prisonerId})`,
      }))

      res.json(formattedResults)
    } catch (error) {
      logger.error('Prisoner search failed', error)
      res.status(500).json([])
    }
  })

  router.get(`${URLS.APPLICATIONS}/:prisonerId/:applicationId`, async (req: Request, res: Response) => {
    const { user } = res.locals
    const forwardedTo = typeof req.query.forwardedTo === 'string' ? req.query.forwardedTo : undefined
    const applicationClosed = req.query.applicationClosed === 'true'
    const markedInProgress = req.query.markedInProgress === 'true'
    const validApplication = await getValidApplicationOrRedirect(
      req,
      res,
      auditService,
      managingPrisonerAppsService,
      Page.VIEW_APPLICATION_PAGE,
      documentManagementService,
    )
    if (!validApplication) return
    const { application, applicationType, documents } = validApplication

    logger.info(`Application ${application.id} has ${application.files?.length || 0} files`)
    logger.info(`Fetched ${documents?.length || 0} documents`)
    logger.info(`Documents:`, JSON.stringify(documents, null, 2))

    const departments = await managingPrisonerAppsService.getDepartments(user, applicationType.id.toString())

    res.render(PATHS.APPLICATIONS.VIEW, {
      title: applicationType.name,
      applicationType: applicationType.name
        .replace(/[^\w\s]/g, '')
        .trim()
        .toLowerCase()
        .replace(/\s+/g, '-'),
      application: {
        ...application,
        prisonerName: formatName(application.requestedByFirstName, '', application.requestedByLastName),
        createdDate: format(new Date(application.createdDate), 'd MMMM yyyy'),
      },
      isClosed: !isOpenStatus(application.status),
      dpsPrisonerUrl: config.dpsPrisoner,
      organisation:
        (application?.requests?.[0] as Partial<{ organisation?: string; company?: string }>)?.organisation?.trim() ||
        (application?.requests?.[0] as Partial<{ organisation?: string; company?: string }>)?.company?.trim() ||
        '',
      isGeneric: applicationType.genericType || applicationType.genericForm,
      isForwardable: departments?.length > 1,
      forwardedTo,
      applicationClosed,
      markedInProgress,
      documents,
    })
  })

  router.post(
    `${URLS.APPLICATIONS}/:prisonerId/:applicationId/mark-in-progress`,
    async (req: Request, res: Response) => {
      const { prisonerId, applicationId } = req.params
      const { user } = res.locals

      await managingPrisonerAppsService.updateAppToInProgress(`${prisonerId}`, `${applicationId}`, user)

      return res.redirect(`${URLS.APPLICATIONS}/${prisonerId}/${applicationId}?markedInProgress=true`)
    },
  )

  return router
}
