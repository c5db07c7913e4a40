import { isAfter, isSameDay } from 'date-fns'
import DateTimeFormats from '../utils/dateTimeUtils'
import { ObjectWithDateParts, StructuredDate } from '../@types/user-defined'
import InvalidDateStringError from '../errors/invalidDateStringError'

export interface GovUkFrontendDateInputItem {
  name: string
  classes: string
  value: string
}

export default class GovukFrontendDateInput {
  static getDateItems<K extends string>(
    dateInputObj: ObjectWithDateParts<K>,
    key: K,
    hasError: boolean = false,
  ): GovUkFrontendDateInputItem[] {
    const date = GovukFrontendDateInput.getStructuredDate(dateInputObj, key)

    return GovukFrontendDateInput.getDateItemsFromStructuredDate(date, hasError)
  }

  static getDateItemsFromStructuredDate(
    date: Omit<StructuredDate, 'formattedDate'>,
    hasError: boolean = false,
  ): GovUkFrontendDateInputItem[] {
    const { day, month, year } = date
    const errorClass = hasError ? ' govuk-input--error' : ''

    return [
      {
        name: 'day',
        classes: `govuk-input--width-2${errorClass}`,
        value: day,
      },
      {
        name: 'month',
        classes: `govuk-input--width-2${errorClass}`,
        value: month,
      },
      {
        name: 'year',
        classes: `govuk-input--width-4${errorClass}`,
        value: year,
      },
    ]
  }

  static dateIsComplete<K extends string>(dateInputObj: ObjectWithDateParts<K>, key: K) {
    const dateParts = ['year', 'month', 'day'] as const

    return dateParts.every(part => {
      return Boolean(dateInputObj[`${key}-${part}`])
    })
  }

  static dateIsValid<K extends string>(dateInputObj: ObjectWithDateParts<K>, key: K) {
    if (!dateInputObj) {
      return false
    }

    const inputYear = dateInputObj[`${key}-year`] as string

    if (inputYear && inputYear.length !== 4) return false

    const dateString = DateTimeFormats.dateAndTimeInputsToIsoString(dateInputObj, key)

    try {
      DateTimeFormats.isoToDateObj(dateString[key])
    } catch (err) {
      if (err instanceof InvalidDateStringError || err instanceof TypeError) {
        return false
      }
    }

    return true
  }

  static dateIsInTheFuture<K extends string>(dateInputObj: ObjectWithDateParts<K>, key: K) {
    const date = DateTimeFormats.dateAndTimeInputsToIsoString(dateInputObj, key)[key]
    return DateTimeFormats.dateIsInFuture(date)
  }

  static dateIsOnOrAfterDate<K extends string>(dateInputObj: ObjectWithDateParts<K>, key: K, dateToCompare: string) {
    const isoDateString = DateTimeFormats.dateAndTimeInputsToIsoString(dateInputObj, key)[key]
    const dateObj = DateTimeFormats.isoToDateObj(isoDateString)
    const dateObjToCompare = DateTimeFormats.isoToDateObj(dateToCompare)

    return isSameDay(dateObj, dateObjToCompare) || isAfter(dateObj, dateObjToCompare)
  }

  static getStructuredDate<K extends string>(
    dateInputObj: ObjectWithDateParts<K>,
    key: K,
    includeFormattedDate: boolean = false,
  ): StructuredDate {
    const day = dateInputObj[`${key}-day`] ? (dateInputObj[`${key}-day`] as string).padStart(2, '0') : ''
    const month = dateInputObj[`${key}-day`] ? (dateInputObj[`${key}-month`] as string).padStart(2, '0') : ''
    const year = dateInputObj[`${key}-day`] ? (dateInputObj[`${key}-year`] as string) : ''
    return {
      day,
      month,
      year,
      formattedDate: includeFormattedDate ? DateTimeFormats.isoDateToUIDate(`${year}-${month}-${day}`) : '',
    }
  }
}
