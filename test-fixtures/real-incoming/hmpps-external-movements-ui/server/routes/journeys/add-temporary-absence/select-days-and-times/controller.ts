import { Request, Response } from 'express'
import { getSelectDayRange } from './utils'
import { SchemaType } from './schema'
import { AddTemporaryAbsenceJourney } from '../../../../@types/journeys'
import { formatInputDate } from '../../../../utils/dateTimeUtils'

const emptyInputs = {
  startDate: '',
  startTimeHour: '',
  startTimeMinute: '',
  returnDate: '',
  returnTimeHour: '',
  returnTimeMinute: '',
}

export class FreeformSelectDaysController {
  GET = async (req: Request<{ idx?: string }>, res: Response) => {
    const { startDate, endDate, outOfRange, previousIdx, nextIdx, isOptional, pageCount, idx } = getSelectDayRange(req)
    if (outOfRange) return res.notFound()

    let backUrl = previousIdx ?? (req.params.idx === undefined ? 'repeating-pattern' : '../repeating-pattern')
    if (req.journeyData.addTemporaryAbsence!.isCheckPattern)
      backUrl = req.params.idx === undefined ? 'check-absences' : '../check-absences'

    return res.render('add-temporary-absence/select-days-and-times/view', {
      paramsIdx: req.params.idx,
      backUrl,
      startDate,
      endDate,
      start: req.journeyData.addTemporaryAbsence!.start,
      end: req.journeyData.addTemporaryAbsence!.end,
      freeFormPattern: req.journeyData.addTemporaryAbsence!.freeFormPattern ?? [],
      idx,
      pageCount,
      isLastMonth: nextIdx === undefined,
      isOptional,
      absences:
        res.locals.formResponses?.['absences'] ??
        this.getAbsencesFromJourney(req.journeyData.addTemporaryAbsence!, startDate, endDate),
    })
  }

  POST = async (req: Request<{ idx?: string }, unknown, SchemaType>, res: Response) => {
    const { startDate: start, endDate: end, nextIdx } = getSelectDayRange(req)
    if (req.body.save !== undefined) {
      // break check-answers bounce back routing if new pattern is submitted
      delete req.journeyData.isCheckAnswers

      req.journeyData.addTemporaryAbsence!.freeFormPattern ??= []

      req.journeyData.addTemporaryAbsence!.freeFormPattern =
        req.journeyData.addTemporaryAbsence!.freeFormPattern.filter(
          ({ startDate }) => !(startDate >= start && startDate <= end),
        )

      if (req.body.absences)
        req.journeyData.addTemporaryAbsence!.freeFormPattern.push(
          ...req.body.absences.map(
            ({ startDate, startTimeHour, startTimeMinute, returnDate, returnTimeHour, returnTimeMinute }) => ({
              startDate,
              startTime: `${startTimeHour}:${startTimeMinute}`,
              returnDate,
              returnTime: `${returnTimeHour}:${returnTimeMinute}`,
            }),
          ),
        )

      if (nextIdx && !req.journeyData.addTemporaryAbsence!.isCheckPattern) {
        return res.redirect(req.params.idx === undefined ? `select-days-and-times/${nextIdx}` : nextIdx)
      }

      return res.redirect(req.params.idx === undefined ? 'check-absences' : '../check-absences')
    }

    // fallback no-js handling for add/remove actions
    req.body.absences ??= [emptyInputs]
    if (req.body.add !== undefined) {
      req.body.absences.push(emptyInputs)
    } else if (req.body.remove !== undefined) {
      req.body.absences.splice(Number(req.body.remove), 1)
    }
    // Always redirect back to input even if we didn't find an action, which should be impossible but there is a small
    // possibility if JS is disabled after a page load or the user somehow removes all identities.
    req.flash('formResponses', JSON.stringify(req.body))
    return res.redirect(req.originalUrl)
  }

  private getAbsencesFromJourney = (journey: AddTemporaryAbsenceJourney, from: string, to: string) => {
    const absences = journey.freeFormPattern
      ?.filter(({ startDate }) => startDate >= from && startDate <= to)
      .map(({ startDate, startTime, returnDate, returnTime }) => {
        const [startTimeHour, startTimeMinute] = startTime.split(':')
        const [returnTimeHour, returnTimeMinute] = returnTime.split(':')
        return {
          startDate: formatInputDate(startDate),
          startTimeHour,
          startTimeMinute,
          returnDate: formatInputDate(returnDate),
          returnTimeHour,
          returnTimeMinute,
        }
      })

    if (absences?.length) return absences
    return undefined
  }
}
