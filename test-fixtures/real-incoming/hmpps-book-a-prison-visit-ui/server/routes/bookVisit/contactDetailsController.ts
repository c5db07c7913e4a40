import type { RequestHandler } from 'express'
import { ValidationChain, body, matchedData, validationResult } from 'express-validator'
import { VisitService } from '../../services'
import paths from '../../constants/paths'
import { getMainContactName } from '../../utils/utils'

export default class ContactDetailsController {
  public constructor(private readonly visitService: VisitService) {}

  public view(): RequestHandler {
    return async (req, res) => {
      const { mainContact, mainContactEmail, mainContactPhone, languagePreference } = req.session.bookVisitJourney!

      const flashFormValues = req.flash('formValues')?.[0] ?? {}

      // Default to updates in Welsh on initial form load if user language is Welsh
      if (req.language === 'cy' && !languagePreference && Object.keys(flashFormValues).length === 0) {
        flashFormValues.languagePreference = 'cy'
      }

      const formValues = {
        mainContactEmail,
        mainContactPhone,
        getUpdatesBy: [...(mainContactEmail ? ['email'] : []), ...(mainContactPhone ? ['phone'] : [])],
        languagePreference,
        ...flashFormValues,
      }

      res.render('pages/bookVisit/contactDetails', {
        errors: req.flash('errors'),
        mainContactName: getMainContactName(mainContact),
        formValues,
      })
    }
  }

  public submit(): RequestHandler {
    return async (req, res) => {
      const errors = validationResult(req)
      if (!errors.isEmpty()) {
        req.flash('errors', errors.array())
        req.flash('formValues', matchedData(req, { onlyValidData: false }))
        return res.redirect(paths.BOOK_VISIT.CONTACT_DETAILS)
      }

      const bookVisitJourney = req.session.bookVisitJourney!
      const { getUpdatesBy, mainContactEmail, mainContactPhone, languagePreference } = matchedData<{
        getUpdatesBy: string[]
        mainContactEmail?: string
        mainContactPhone?: string
        languagePreference?: 'cy'
      }>(req)

      bookVisitJourney.mainContactEmail = getUpdatesBy.includes('email') ? mainContactEmail : undefined
      bookVisitJourney.mainContactPhone = getUpdatesBy.includes('phone') ? mainContactPhone : undefined
      bookVisitJourney.languagePreference = languagePreference ?? 'en'

      await this.visitService.changeVisitApplication({ bookVisitJourney })

      return res.redirect(paths.BOOK_VISIT.CHECK_DETAILS)
    }
  }

  public validate(): ValidationChain[] {
    return [
      body('getUpdatesBy')
        .toArray()
        .isArray({ min: 1, max: 2 })
        .withMessage((_value, { req }) => req.t('validation:contactMethodRequired'))
        .isIn(['email', 'phone'])
        .withMessage((_value, { req }) => req.t('validation:contactMethodRequired')),

      body('mainContactEmail')
        .if(body('getUpdatesBy').custom((value: string[]) => value.includes('email')))
        .trim()
        .isEmail()
        .withMessage((_value, { req }) => req.t('validation:emailInvalid')),

      body('mainContactPhone')
        .if(body('getUpdatesBy').custom((value: string[]) => value.includes('phone')))
        .trim()
        .matches(/^(?:0|\+?44)(?:\d\s?){9,10}$/)
        .withMessage((_value, { req }) => req.t('validation:phoneInvalid')),

      body('languagePreference').optional().isIn(['cy']),
    ]
  }
}
