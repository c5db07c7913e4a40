import { Request, Response, Router } from 'express'

import { PATHS } from '../../constants/paths'
import { URLS } from '../../constants/urls'

import AuditService, { Page } from '../../services/auditService'
import ManagingPrisonerAppsService from '../../services/managingPrisonerAppsService'

import { getAppType } from '../../helpers/application/getAppType'
import getValidApplicationOrRedirect from '../../utils/getValidApplicationOrRedirect'
import { validateForwardingApplication } from '../validate/validateForwardingApplication'

const PAGE_TITLE = 'Forward this application'

export default function forwardAppRouter({
  auditService,
  managingPrisonerAppsService,
}: {
  auditService: AuditService
  managingPrisonerAppsService: ManagingPrisonerAppsService
}): Router {
  const router = Router()

  router.get(`${URLS.APPLICATIONS}/:prisonerId/:applicationId/forward`, async (req: Request, res: Response) => {
    const { user } = res.locals

    const validApplication = await getValidApplicationOrRedirect(
      req,
      res,
      auditService,
      managingPrisonerAppsService,
      Page.FORWARD_APPLICATION_PAGE,
    )
    if (!validApplication) return
    const { application, applicationType } = validApplication

    const departments = await managingPrisonerAppsService.getDepartments(user, applicationType.id.toString())

    const filteredDepartments = (departments ?? [])
      .filter(dept => dept.id !== application.assignedGroup.id)
      .map(dept => ({
        value: dept.id,
        text: dept.name,
      }))

    res.render(PATHS.APPLICATIONS.FORWARD, {
      application,
      applicationType,
      departments: filteredDepartments,
      textareaValue: '',
      title: PAGE_TITLE,
      errors: null,
    })
  })

  router.post(`${URLS.APPLICATIONS}/:prisonerId/:applicationId/forward`, async (req: Request, res: Response) => {
    const { prisonerId, applicationId } = req.params
    const { forwardTo, forwardingReason } = req.body
    const { user } = res.locals

    const application = await managingPrisonerAppsService.getPrisonerApp(`${prisonerId}`, `${applicationId}`, user)
    if (!application) return res.redirect(URLS.APPLICATIONS)

    const applicationType = await getAppType(
      managingPrisonerAppsService,
      user,
      application.applicationType.id.toString(),
    )
    const errors = validateForwardingApplication(forwardTo, forwardingReason)

    const departments = await managingPrisonerAppsService.getDepartments(user, applicationType.id.toString())

    const filteredDepartments = (departments ?? [])
      .filter(dept => dept.id !== application.assignedGroup.id)
      .map(dept => ({
        value: dept.id,
        text: dept.name,
      }))

    if (Object.keys(errors).length > 0) {
      return res.render(PATHS.APPLICATIONS.FORWARD, {
        application,
        applicationType,
        departments: filteredDepartments,
        forwardTo,
        textareaValue: forwardingReason,
        title: PAGE_TITLE,
        errors,
      })
    }

    const forwardedDepartment = filteredDepartments.find(dept => dept.value === forwardTo)?.text

    await managingPrisonerAppsService.forwardApp(`${applicationId}`, forwardTo, user, { message: forwardingReason })

    const forwardedToQuery = forwardedDepartment ? `?forwardedTo=${encodeURIComponent(forwardedDepartment)}` : ''

    return res.redirect(`${URLS.APPLICATIONS}/${prisonerId}/${applicationId}${forwardedToQuery}`)
  })

  return router
}
