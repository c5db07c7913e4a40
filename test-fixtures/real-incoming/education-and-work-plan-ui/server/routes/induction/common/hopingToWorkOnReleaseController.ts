import { NextFunction, Request, RequestHandler, Response } from 'express'
import type { InductionDto } from 'inductionDto'
import type { HopingToWorkOnReleaseForm } from 'inductionForms'
import HopingToWorkOnReleaseView from './hopingToWorkOnReleaseView'
import { clearRedirectPendingFlag } from '../../routerRequestHandlers/checkRedirectAtEndOfJourneyIsNotPending'

/**
 * Abstract controller class defining functionality common to both the Create and Update Induction journeys.
 */
export default abstract class HopingToWorkOnReleaseController {
  /**
   * Returns the Hoping To Work On Release view; suitable for use by the Create and Update journeys.
   */
  getHopingToWorkOnReleaseView: RequestHandler = async (
    req: Request,
    res: Response,
    next: NextFunction,
  ): Promise<void> => {
    const { inductionDto } = req.journeyData
    const { prisonerSummary, invalidForm } = res.locals

    clearRedirectPendingFlag(req)

    const hopingToWorkOnReleaseForm = invalidForm ?? toHopingToWorkOnReleaseForm(inductionDto)

    const view = new HopingToWorkOnReleaseView(prisonerSummary, hopingToWorkOnReleaseForm)
    return res.render('pages/induction/hopingToWorkOnRelease/index', { ...view.renderArgs })
  }

  protected updatedInductionDtoWithHopingToWorkOnRelease = (
    inductionDto: InductionDto,
    hopingToWorkOnReleaseForm: HopingToWorkOnReleaseForm,
  ): InductionDto => {
    return {
      ...inductionDto,
      workOnRelease: {
        ...inductionDto.workOnRelease,
        hopingToWork: hopingToWorkOnReleaseForm.hopingToGetWork,
      },
      futureWorkInterests: {
        ...inductionDto.futureWorkInterests,
        // Set array of future work interests to empty array. Irrespective of how this page is submitted and whatever the submitted answer we should always set this to an empty array so that the data makes sense for subsequent screens
        interests: [],
        needToCompleteJourneyFromCheckYourAnswers: false,
      },
    }
  }

  protected answerHasNotBeenChanged = (
    originalInduction: InductionDto,
    hopingToWorkOnReleaseForm: HopingToWorkOnReleaseForm,
  ): boolean => originalInduction.workOnRelease.hopingToWork === hopingToWorkOnReleaseForm.hopingToGetWork
}

const toHopingToWorkOnReleaseForm = (inductionDto: InductionDto): HopingToWorkOnReleaseForm => {
  return {
    hopingToGetWork: inductionDto?.workOnRelease?.hopingToWork,
  }
}
