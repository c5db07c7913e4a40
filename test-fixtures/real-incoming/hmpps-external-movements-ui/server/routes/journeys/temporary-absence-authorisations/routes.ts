import { Request } from 'express'
import { Services } from '../../../services'
import { BaseRouter } from '../../common/routes'
import { EditTapAuthorisationRoutes } from './edit/routes'
import { createBackUrlFor } from '../../../middleware/history/historyMiddleware'
import { AddTapOccurrenceRoutes } from './add-occurrence/routes'
import { isTapAuthorisationEditable } from '../../../utils/utils'

export const ManageTapAuthorisationRoutes = (services: Services) => {
  const { router, get } = BaseRouter()

  get(
    '/start-edit/:authorisationId/:property',
    async (req: Request<{ authorisationId: string; property: string }>, res) => {
      try {
        const authorisation = await services.externalMovementsService.getTapAuthorisation(
          { res },
          req.params.authorisationId,
        )

        if (!authorisation) {
          res.notFound()
          return
        }

        if (!isTapAuthorisationEditable(authorisation)) {
          res.conflict()
          return
        }

        req.journeyData.updateTapAuthorisation = {
          authorisation,
          backUrl: createBackUrlFor(
            res,
            /temporary-absence-authorisations\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
            `/temporary-absence-authorisations/${authorisation.id}`,
          ),
        }
        req.journeyData.prisonerDetails = await services.prisonerSearchService.getPrisonerDetails(
          { res },
          authorisation.person.personIdentifier,
        )
        res.redirect(`../../edit/${req.params.property}`)
      } catch {
        res.notFound()
      }
    },
  )

  get(
    '/start-add-occurrence/:authorisationId',
    async (req: Request<{ authorisationId: string; property: string }>, res) => {
      try {
        const authorisation = await services.externalMovementsService.getTapAuthorisation(
          { res },
          req.params.authorisationId,
        )

        if (!authorisation) {
          res.notFound()
          return
        }

        if (!isTapAuthorisationEditable(authorisation)) {
          res.conflict()
          return
        }

        req.journeyData.addTapOccurrence = {
          authorisation,
          backUrl: createBackUrlFor(
            res,
            /(temporary-absence-authorisations|temporary-absences)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/,
            `/temporary-absence-authorisations/${authorisation.id}`,
          ),
        }
        req.journeyData.prisonerDetails = await services.prisonerSearchService.getPrisonerDetails(
          { res },
          authorisation.person.personIdentifier,
        )
        res.redirect(`../add-occurrence`)
      } catch {
        res.notFound()
      }
    },
  )

  router.use('/edit', EditTapAuthorisationRoutes(services))
  router.use('/add-occurrence', AddTapOccurrenceRoutes(services))

  return router
}
