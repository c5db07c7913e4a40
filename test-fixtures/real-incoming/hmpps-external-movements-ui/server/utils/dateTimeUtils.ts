import { format, isValid, parseISO } from 'date-fns'

export const formatInputDate = (value?: string) => value && format(new Date(Date.parse(value)), 'd/L/yyyy')

export const formatDate = (date?: string | Date, fmt = 'd MMMM yyyy') => {
  if (!date) return undefined
  const richDate = typeof date === 'string' ? parseISO(date) : date
  if (!isValid(richDate)) return undefined
  return format(richDate, fmt)
}

export const addDaysMonths = (dateString: string, plusDays: number = 0, plusMonth: number = 0) => {
  const date = new Date(dateString)
  if (plusDays !== 0) date.setDate(date.getDate() + plusDays)
  if (plusMonth !== 0) date.setMonth(date.getMonth() + plusMonth)
  return format(date, 'yyyy-MM-dd')
}

export const inputDate = (plusDays: number = 0, plusMonth: number = 0) => {
  const date = new Date()
  if (plusDays !== 0) date.setDate(date.getDate() + plusDays)
  if (plusMonth !== 0) date.setMonth(date.getMonth() + plusMonth)
  return format(date, 'd/M/yyyy')
}

export const absenceTimeRange = ({ start, end }: { start: string; end: string }) => {
  if (start.substring(0, 10) === end.substring(0, 10)) {
    return `${format(start, 'cccc d MMMM')} (${format(start, 'HH:mm')} to ${format(end, 'HH:mm')})`
  }
  return `${format(start, 'cccc d MMMM')} to ${format(end, 'cccc d MMMM')} (${format(start, 'HH:mm')} to ${format(end, 'HH:mm')})`
}
