import { NextFunction, Request, RequestHandler, Response } from 'express'
import type { ChallengeDto } from 'dto'
import ChallengeIdentificationSource from '../../../../enums/challengeIdentificationSource'
import { Result } from '../../../../utils/result/result'
import { AuditService, ChallengeService } from '../../../../services'
import { asArray } from '../../../../utils/utils'
import { BaseAuditData } from '../../../../services/auditService'
import config from '../../../../config'
import {
  clearRedirectPendingFlag,
  setRedirectPendingFlag,
} from '../../../middleware/checkRedirectAtEndOfJourneyIsNotPending'

export default class DetailController {
  constructor(
    private readonly challengeService: ChallengeService,
    private readonly auditService: AuditService,
  ) {}

  getDetailView = async (req: Request, res: Response, next: NextFunction) => {
    const { invalidForm } = res.locals
    const challengeDto = req.journeyData.challengeDto as ChallengeDto

    const detailForm = invalidForm
      ? {
          ...invalidForm,
          howIdentified: asArray(invalidForm.howIdentified),
        }
      : this.populateFormFromDto(challengeDto)

    clearRedirectPendingFlag(req)

    const viewRenderArgs = {
      form: detailForm,
      category: challengeDto.challengeTypeCode,
      errorRecordingChallenge: req.flash('pageHasApiErrors')[0] != null,
    }
    return res.render('pages/challenges/detail/create-journey/index', viewRenderArgs)
  }

  submitDetailForm: RequestHandler = async (req: Request, res: Response, next: NextFunction) => {
    const detailsForm = { ...req.body }
    this.updateDtoFromForm(req, detailsForm)

    const challengeDto = req.journeyData.challengeDto as ChallengeDto
    const { apiErrorCallback } = res.locals
    const apiResult = await Result.wrap(
      this.challengeService.createChallenges(req.user.username, [challengeDto]),
      apiErrorCallback,
    )
    if (!apiResult.isFulfilled()) {
      req.flash('pageHasApiErrors', 'true')
      return res.redirect('detail')
    }

    const { prisonNumber } = challengeDto
    req.journeyData.challengeDto = undefined
    this.auditService.logCreateChallenge(this.createChallengesAuditData(req)) // no need to wait for response
    setRedirectPendingFlag(req)
    return res.redirectWithSuccess(
      config.featureToggles.displayChallengesAndSupportStrategiesCombined
        ? `/profile/${prisonNumber}/challenges-and-support`
        : `/profile/${prisonNumber}/challenges`,
      'Challenge added',
    )
  }

  private updateDtoFromForm = (
    req: Request,
    form: { description: string; howIdentified: Array<ChallengeIdentificationSource>; howIdentifiedOther?: string },
  ) => {
    const { challengeDto } = req.journeyData
    challengeDto.symptoms = form.description
    challengeDto.howIdentified = form.howIdentified
    challengeDto.howIdentifiedOther = form.howIdentifiedOther
    req.journeyData.challengeDto = challengeDto
  }

  private populateFormFromDto = (challengeDto: ChallengeDto) => {
    return {
      description: challengeDto.symptoms,
      howIdentified: challengeDto.howIdentified || [],
      howIdentifiedOther: challengeDto.howIdentifiedOther,
    }
  }

  private createChallengesAuditData = (req: Request): BaseAuditData => {
    return {
      details: {},
      subjectType: 'PRISONER_ID',
      subjectId: req.params.prisonNumber,
      who: req.user?.username ?? 'UNKNOWN',
      correlationId: req.id,
    }
  }
}
