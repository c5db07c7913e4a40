import { NextFunction, Request, Response } from 'express'
import type { SupportStrategyResponseDto } from 'dto'
import { AuditService, SupportStrategyService } from '../../../../services'
import { BaseAuditData } from '../../../../services/auditService'
import { Result } from '../../../../utils/result/result'
import { PrisonUser } from '../../../../interfaces/hmppsUser'
import config from '../../../../config'
import {
  clearRedirectPendingFlag,
  setRedirectPendingFlag,
} from '../../../middleware/checkRedirectAtEndOfJourneyIsNotPending'

export default class HistoryConfirmController {
  constructor(
    private readonly supportStrategyService: SupportStrategyService,
    private readonly auditService: AuditService,
  ) {}

  getConfirmView = async (req: Request, res: Response, _next: NextFunction) => {
    const { prisonerSummary } = res.locals
    const supportStrategyResponseDto = req.journeyData.supportStrategyDto as SupportStrategyResponseDto

    clearRedirectPendingFlag(req)

    const viewRenderArgs = {
      prisonerSummary,
      mode: 'history',
      dto: supportStrategyResponseDto,
    }

    return res.render('pages/support-strategies/delete/confirm/index', viewRenderArgs)
  }

  submitConfirmForm = async (req: Request, res: Response, _next: NextFunction) => {
    const { activeCaseLoadId, username } = res.locals.user as PrisonUser
    const dto = req.journeyData.supportStrategyDto as SupportStrategyResponseDto
    const { reference, prisonNumber, deleteReason } = dto

    const { apiErrorCallback } = res.locals
    const result = await Result.wrap(
      this.supportStrategyService.deleteSupportStrategy(
        username,
        prisonNumber,
        reference,
        activeCaseLoadId,
        deleteReason,
      ),
      apiErrorCallback,
    )
    if (!result.isFulfilled()) {
      req.flash('pageHasApiErrors', 'true')
      return res.redirect('confirm')
    }

    req.journeyData.supportStrategyDto = undefined
    this.auditService.logDeleteSupportStrategy(this.deleteSupportStrategyAuditData(req, dto))
    setRedirectPendingFlag(req)
    return res.redirectWithSuccess(
      config.featureToggles.displayChallengesAndSupportStrategiesCombined
        ? `/profile/${prisonNumber}/challenges-and-support#archived-challenges-and-support`
        : `/profile/${prisonNumber}/support-strategies#archived-support-strategies`,
      'History support strategy deleted.',
    )
  }

  private deleteSupportStrategyAuditData = (req: Request, dto: SupportStrategyResponseDto): BaseAuditData => {
    return {
      details: {
        supportStrategyReference: dto.reference,
        mode: 'history',
      },
      subjectType: 'PRISONER_ID',
      subjectId: req.params.prisonNumber,
      who: req.user?.username ?? 'UNKNOWN',
      correlationId: req.id,
    }
  }
}
