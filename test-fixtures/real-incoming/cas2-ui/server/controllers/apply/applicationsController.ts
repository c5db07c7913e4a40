import { Request, RequestHandler, Response } from 'express'
import { DataServices } from '@approved-premises/ui'
import { Cas2HdcApplication } from '@approved-premises/api'
import {
  catchValidationErrorOrPropogate,
  errorMessage,
  errorSummary as buildErrorSummary,
  fetchErrorsAndUserInput,
} from '../../utils/validation'
import { ApplicationService, SubmittedApplicationService, SessionService } from '../../services'
import {
  generateSuccessMessage,
  getApplicationTimelineEvents,
  showMissingRequiredTasksOrTaskList,
} from '../../utils/applications/utils'
import paths from '../../paths/apply'
import staticPaths from '../../paths/static'
import config from '../../config'
import { getPage } from '../../utils/applications/getPage'
import { nameOrPlaceholderCopy } from '../../utils/utils'
import { buildDocument } from '../../utils/applications/documentUtils'
import { validateReferer } from '../../utils/viewUtils'
import { getPaginationDetails } from '../../utils/getPaginationDetails'
import { indexTabItems, getStatusTagColourByName } from '../../utils/applicationUtils'
import { getApplicationSummaryData } from '../../utils/applications/getApplicationSummaryData'

export default class ApplicationsController {
  constructor(
    private readonly applicationService: ApplicationService,
    private readonly submittedApplicationService: SubmittedApplicationService,
    private readonly dataServices: DataServices,
    private readonly sessionService: SessionService,
  ) {}

  index(): RequestHandler {
    return async (req: Request, res: Response) => {
      const applications = await this.applicationService.getAllForLoggedInUser(req.user.token)

      const tabData = indexTabItems(applications)

      const { errors, errorSummary, userInput } = fetchErrorsAndUserInput(req)

      return res.render('applications/index', {
        errors,
        errorSummary,
        ...userInput,
        applications,
        pageHeading: 'Applications',
        tabData,
      })
    }
  }

  show(): RequestHandler {
    return async (req: Request, res: Response) => {
      const application = await this.applicationService.findApplication(req.user.token, req.params.id)
      if (application.submittedAt) {
        const summary = getApplicationSummaryData('referrerSubmission', application)
        return res.render('applications/show', { application, summary })
      }

      if (config.flags.phase1DisableInprogressApplications) {
        return res.redirect(staticPaths.static.noLongerApply({}))
      }

      const backLink = this.sessionService.getPageBackLink(paths.applications.show.pattern, req, [
        paths.applications.index.pattern,
      ])

      return showMissingRequiredTasksOrTaskList(req, res, application, backLink)
    }
  }

  overview(): RequestHandler {
    return async (req: Request, res: Response) => {
      const { errors, errorSummary } = fetchErrorsAndUserInput(req)

      const application = await this.applicationService.findApplication(req.user.token, req.params.id)

      if (!application.submittedAt) {
        return res.redirect(paths.applications.show({ id: application.id }))
      }

      const status = application.assessment?.statusUpdates?.length
        ? application.assessment?.statusUpdates[0].label
        : 'Received'

      const statusTagColour = getStatusTagColourByName(application.assessment?.statusUpdates[0]?.name)

      const timelineEvents = getApplicationTimelineEvents(application)
      const backLink = this.getBackLink(req)

      return res.render('applications/overview', {
        application,
        status,
        statusTagColour,
        timelineEvents,
        errors,
        errorSummary,
        pageHeading: 'Overview of application',
        backLink,
      })
    }
  }

  ineligible(): RequestHandler {
    return async (req: Request, res: Response) => {
      const application = await this.applicationService.findApplication(req.user.token, req.params.id)

      return res.render('applications/ineligible', this.ineligibleViewParams(application))
    }
  }

  consentRefused(): RequestHandler {
    return async (req: Request, res: Response) => {
      const application = await this.applicationService.findApplication(req.user.token, req.params.id)

      return res.render('applications/consent-refused', this.consentRefusedViewParams(application, req))
    }
  }

  private ineligibleViewParams(application: Cas2HdcApplication): Record<string, string | Cas2HdcApplication> {
    const panelText = `${nameOrPlaceholderCopy(
      application.person,
      'The person',
    )} is not eligible for CAS2 accommodation`
    const changeAnswerPath = paths.applications.pages.show({
      id: application.id,
      task: 'confirm-eligibility',
      page: 'confirm-eligibility',
    })
    const newApplicationPath = paths.applications.new({})
    return { application, panelText, changeAnswerPath, newApplicationPath }
  }

  private consentRefusedViewParams(
    application: Cas2HdcApplication,
    req: Request,
  ): Record<string, string | Cas2HdcApplication> {
    const panelText = `${nameOrPlaceholderCopy(application.person, 'The person')} has not given their consent`
    const changeAnswerPath = paths.applications.pages.show({
      id: application.id,
      task: 'confirm-consent',
      page: 'confirm-consent',
    })
    const newApplicationPath = paths.applications.new({})
    const backLink = validateReferer(req.headers.referer)
    return { application, panelText, changeAnswerPath, newApplicationPath, backLink }
  }

  create(): RequestHandler {
    return async (req: Request, res: Response) => {
      const { crn, prisonNumber } = req.body

      try {
        const application = await this.applicationService.createApplication(req.user.token, crn)

        res.redirect(paths.applications.show({ id: application.id }))
      } catch (err) {
        if (err.status === 404) {
          this.addErrorMessagesToFlash(
            req,
            `No person found for prison number ${prisonNumber}, please try another number.`,
          )
        } else if (err.status === 403) {
          this.addErrorMessagesToFlash(
            req,
            `You do not have permission to access the prison number ${prisonNumber}, please try another number.`,
          )
        } else {
          this.addErrorMessagesToFlash(req, 'There was an error creating the application, please try again.')
        }

        res.redirect(paths.applications.new({}))
      }
    }
  }

  addErrorMessagesToFlash(request: Request, message: string) {
    request.flash('errors', {
      prisonNumber: errorMessage('prisonNumber', message),
    })
    request.flash('errorSummary', [buildErrorSummary('prisonNumber', message)])
    request.flash('userInput', request.body)
  }

  new(): RequestHandler {
    return async (req: Request, res: Response) => {
      const { errors, errorSummary, userInput } = fetchErrorsAndUserInput(req)

      return res.render('applications/new', {
        errors,
        errorSummary,
        ...userInput,
        pageHeading: "Enter the person's prison number",
      })
    }
  }

  submit(): RequestHandler {
    return async (req: Request, res: Response) => {
      const application = await this.applicationService.findApplication(req.user.token, req.params.id)
      application.document = buildDocument(application)

      try {
        await this.applicationService.submit(req.user.token, application)
        res.render('applications/confirm', { pageHeading: 'Application confirmation', application })
      } catch (err) {
        catchValidationErrorOrPropogate(req, res, err, paths.applications.show({ id: application.id }))
      }
    }
  }

  update(): RequestHandler {
    return async (req: Request, res: Response) => {
      const { taskData, pageName, taskName } = req.body
      const Page = getPage(taskName, pageName, 'applications')
      const page = await this.applicationService.initializePage(Page, req, this.dataServices)
      const data = JSON.parse(taskData)

      try {
        await this.applicationService.saveData(data, req)
        const next = page.next()
        if (next) {
          res.redirect(paths.applications.pages.show({ id: req.params.id, task: taskName, page: page.next() }))
        } else {
          res.redirect(paths.applications.show({ id: req.params.id }))
        }
      } catch (err) {
        catchValidationErrorOrPropogate(
          req,
          res,
          err,
          paths.applications.pages.show({ id: req.params.id, task: taskName, page: pageName }),
        )
      }
    }
  }

  appendToList() {
    return async (req: Request, res: Response) => {
      const { id, page: pageName, task: taskName } = req.params
      const { redirectPage } = req.query
      const Page = getPage(taskName, pageName, 'applications')
      const page = await this.applicationService.initializePage(Page, req, this.dataServices)

      try {
        await this.applicationService.appendToList(page, req)

        req.flash('success', generateSuccessMessage(pageName))
        const next = page.next()

        if (redirectPage) {
          const redirectPageName = Array.isArray(redirectPage) ? redirectPage[0] : redirectPage
          res.redirect(paths.applications.pages.show({ id, task: taskName, page: redirectPageName as string }))
        } else if (next) {
          res.redirect(paths.applications.pages.show({ id, task: taskName, page: page.next() }))
        } else {
          res.redirect(paths.applications.show({ id }))
        }
      } catch (err) {
        catchValidationErrorOrPropogate(
          req,
          res,
          err,
          paths.applications.pages.show({ id, task: taskName, page: pageName }),
        )
      }
    }
  }

  removeFromList() {
    return async (req: Request, res: Response) => {
      const { id, task } = req.params
      const { redirectPage } = req.query

      try {
        await this.applicationService.removeFromList(req)
      } catch (err) {
        catchValidationErrorOrPropogate(
          req,
          res,
          err,
          paths.applications.pages.show({ id, task, page: redirectPage as string }),
        )
      }
      return res.redirect(paths.applications.pages.show({ id, task, page: redirectPage as string }))
    }
  }

  addNote() {
    return async (req: Request, res: Response) => {
      const { id } = req.params
      const { applicationId } = req.query as { applicationId: string }
      const { note } = req.body

      try {
        await this.submittedApplicationService.addApplicationNote(req.user.token, id, note)
        req.flash('success', 'Your note was saved.')
        res.redirect(paths.applications.overview({ id: applicationId }))
      } catch (err) {
        if (err.status === 400) {
          req.flash('errors', {
            note: { text: 'Enter a note for the assessor' },
          })
          req.flash('errorSummary', [{ text: 'Enter a note for the assessor', href: '#note' }])
          res.redirect(paths.applications.overview({ id: applicationId }))
        } else {
          catchValidationErrorOrPropogate(req, res, err, paths.applications.overview({ id: applicationId }))
        }
      }
    }
  }

  prisonDashboard(): RequestHandler {
    return async (req: Request, res: Response) => {
      const { pageNumber, hrefPrefix } = getPaginationDetails(req, paths.applications.prison({}))

      const transferredIn = await this.applicationService.getPrisonNewTransferredIn(req.user.token, pageNumber)

      const result = await this.applicationService.getAllByPrison(req.user.token, pageNumber)

      return res.render('applications/prison-dashboard', {
        applications: result.data,
        pageNumber: Number(result.pageNumber),
        totalPages: Number(result.totalPages),
        hrefPrefix,
        transferredIn: transferredIn.data,
      })
    }
  }

  private getBackLink(req: Request): string {
    const url = this.sessionService.getPageBackLink(paths.applications.overview.pattern, req, [
      paths.applications.index.pattern,
      paths.applications.prison.pattern,
    ])

    if (url.endsWith('/applications') || url === '/') {
      return `${paths.applications.index({})}#submitted`
    }

    return url
  }
}
