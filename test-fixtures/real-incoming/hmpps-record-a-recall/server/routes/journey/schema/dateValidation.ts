import { z } from 'zod'
import { isValid, parse } from 'date-fns'

const SINGLE_FIELD_MISSING_ERROR = (field: string) => `The date must include a ${field}`
const TWO_FIELDS_MISSING_ERROR = (fieldOne: string, fieldTwo: string) =>
  `The date must include a ${fieldOne} and a ${fieldTwo}`
const YEAR_ERROR = 'Year must include 4 numbers'
export const BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED = ''
const REAL_DATE_ERROR = `The date must be a real date`
type DateForm = {
  day?: string
  month?: string
  year?: string
}

export function dateValidation(val: DateForm, ctx: z.RefinementCtx<z.output<DateForm>>, requiredMessage: string): Date {
  if (!val.day && !val.month && !val.year) {
    ctx.addIssue({ code: 'custom', message: requiredMessage, path: ['day'] })
    ctx.addIssue({ code: 'custom', message: BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED, path: ['month'] })
    ctx.addIssue({ code: 'custom', message: BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED, path: ['year'] })
  } else {
    const missing: string[] = []
    if (!val.day) {
      missing.push('day')
    }
    if (!val.month) {
      missing.push('month')
    }
    if (!val.year) {
      missing.push('year')
    }
    if (missing.length === 1) {
      const field = missing[0]!
      ctx.addIssue({ code: 'custom', message: SINGLE_FIELD_MISSING_ERROR(field), path: [field] })
    } else if (missing.length === 2) {
      const fieldOne = missing[0]!
      const fieldTwo = missing[1]!
      ctx.addIssue({
        code: 'custom',
        message: TWO_FIELDS_MISSING_ERROR(fieldOne, fieldTwo),
        path: [fieldOne],
      })
      ctx.addIssue({ code: 'custom', message: BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED, path: [fieldTwo] })
    } else if (val.year && val.year.length >= 4) {
      const parsed = parse(`${val.year}-${val.month}-${val.day}`, 'yyyy-MM-dd', new Date())
      if (!isValid(parsed)) {
        ctx.addIssue({ code: 'custom', message: REAL_DATE_ERROR, path: ['day'] })
        ctx.addIssue({ code: 'custom', message: BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED, path: ['month'] })
        ctx.addIssue({ code: 'custom', message: BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED, path: ['year'] })
      } else {
        return parsed
      }
    }
    if (val.year && val.year.length < 4) {
      ctx.addIssue({ code: 'custom', message: YEAR_ERROR, path: ['year'] })
    }
  }
  return null
}

export function futureDateValidation(name: string, val: Date, ctx: z.RefinementCtx<z.output<DateForm>>) {
  if (val > new Date()) {
    ctx.addIssue({ code: 'custom', message: `${name} must be today or in the past`, path: ['day'] })
    ctx.addIssue({ code: 'custom', message: BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED, path: ['month'] })
    ctx.addIssue({ code: 'custom', message: BLANK_MESSAGE_SO_FIELD_HIGHLIGHTED, path: ['year'] })
  }
}
