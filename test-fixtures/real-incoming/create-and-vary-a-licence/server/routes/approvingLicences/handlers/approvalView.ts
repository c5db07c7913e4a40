import { Request, Response } from 'express'
import LicenceService from '../../../services/licenceService'
import LicenceStatus from '../../../enumeration/licenceStatus'
import ProbationService from '../../../services/probationService'
import { groupingBy } from '../../../utils/utils'
import { nameToString } from '../../../data/deliusClient'
import { AdditionalCondition, Licence } from '../../../@types/licenceApiClientTypes'
import config from '../../../config'

export default class ApprovalViewRoutes {
  constructor(
    private readonly licenceService: LicenceService,
    private readonly probationService: ProbationService,
  ) {}

  GET = async (req: Request, res: Response): Promise<void> => {
    const { licence, user } = res.locals
    const { comUsername } = res.locals.licence

    // Check whether this licence is still in a SUBMITTED state - back button pressed - avoid re-approval
    if (licence?.statusCode === LicenceStatus.SUBMITTED) {
      // Recorded here as we do not know the reason for the fetchLicence in the API
      await this.licenceService.recordAuditEvent(
        `Licence viewed for approval for ${licence?.forename} ${licence?.surname}`,
        `ID ${licence?.id} type ${licence?.typeCode} status ${licence?.statusCode} version ${licence?.version}`,
        licence.id,
        new Date(),
        user,
      )

      const comDetails = comUsername ? await this.probationService.getStaffDetailByUsername(comUsername) : null

      const returnPath = encodeURIComponent(`/licence/approve/id/${licence.id}/view`)

      res.render('pages/approve/view', {
        additionalConditions: groupingBy(licence.additionalLicenceConditions as AdditionalCondition[], 'code'),
        staffDetails: comDetails
          ? {
              name: nameToString(comDetails.name),
              telephone: comDetails?.telephoneNumber,
              email: comDetails?.email,
            }
          : null,
        returnPath,
        isLicenceUnsubmittable: this.isLicenceUnsubmittable(licence),
      })
    } else {
      res.redirect(`/licence/approve/cases`)
    }
  }

  private isLicenceUnsubmittable = (licence: Licence): boolean =>
    config.finalThirdEnabled &&
    licence.appointmentPersonType !== 'NO_APPOINTMENT_NEEDED' &&
    (licence.appointmentTimeType === 'NO_APPOINTMENT_NEEDED' || licence.appointmentTimeType === null)

  POST = async (req: Request, res: Response): Promise<void> => {
    const { user } = res.locals
    const { licenceId, result } = req.body
    switch (result) {
      case 'reject': {
        await this.licenceService.updateStatus(licenceId, LicenceStatus.REJECTED, user)
        res.redirect(`/licence/approve/id/${licenceId}/confirm-rejected`)
        break
      }
      case 'approve': {
        await this.licenceService.updateStatus(licenceId, LicenceStatus.APPROVED, user)
        res.redirect(`/licence/approve/id/${licenceId}/confirm-approved`)
        break
      }
      default:
        // Cater for a cancel option? No way to avoid approval or rejection at present
        res.redirect(`/licence/approve/cases`)
    }
  }
}
