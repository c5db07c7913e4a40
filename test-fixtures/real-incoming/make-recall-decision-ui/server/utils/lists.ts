import { getProperty, isDefined, isString } from './utils'

import { UiListItem } from '../@types/pagesForms'

export const sortList = <T extends Record<string, unknown>>(list: T[], key: string, asc = true): T[] => {
  if (!Array.isArray(list)) {
    return undefined
  }
  return list.sort((a, b) => {
    let valA = getProperty(a, key)
    let valB = getProperty(b, key)
    if (valA && valB) {
      valA = isString(valA) ? (valA as string).toLowerCase() : valA
      valB = isString(valB) ? (valB as string).toLowerCase() : valB
      if (valA < valB) {
        return asc ? -1 : 1
      }
      if (valA > valB) {
        return asc ? 1 : -1
      }
    }
    return 0
  })
}

export const groupListByValue = <T>({ list, groupByKey }: { list: T[]; groupByKey: keyof T }) => {
  return list.reduce(
    (prev, current) => {
      let group = prev.items.find(item => item.groupValue === current[groupByKey])
      if (!group) {
        group = {
          groupValue: current[groupByKey],
          items: [],
        }
        prev.items.push(group)
      }
      group.items.push(current)
      return prev
    },
    { groupedByKey: groupByKey, items: [] },
  )
}

export const dedupeList = <T>(list: T[]) => {
  const unique = [] as T[]
  list.forEach(element => {
    if (!unique.includes(element)) {
      unique.push(element)
    }
  })
  return unique
}

/**
 * Adds checked and conditional properties to a list of items for radio and checkbox components
 *
 * @param items - the list of items to add properties to
 * @param currentValues - the current value or values to determine which items should be checked
 * @param conditionalContent - a record of conditional content to add to items, where the key is
 *                             the item value and the value is the HTML string of the conditional
 *                             content. This HTML will be shown whenever the relevant item is
 *                             checked.
 * @returns a new list of items with checked and conditional properties added
 */
export const radioCheckboxItems = ({
  items,
  currentValues,
  conditionalContent,
}: {
  items?: UiListItem[]
  currentValues?: string | string[]
  conditionalContent?: Record<string, string>
}) => {
  const valuesToMatch = isDefined(currentValues) && !Array.isArray(currentValues) ? [currentValues] : currentValues
  return items.map(item => {
    const hintText = getHintText(item.hint)
    return {
      ...item,
      checked: valuesToMatch ? valuesToMatch.includes(item.value) : false,
      ...(hintText && { hint: { text: hintText } }),
      conditional:
        conditionalContent && conditionalContent[item.value] ? { html: conditionalContent[item.value] } : undefined,
    }
  })
}

interface HintObject {
  text: string
}

export function getHintText(hint?: string | HintObject): string | undefined {
  if (!hint) return undefined

  if (typeof hint === 'string') return hint.trim()

  // hint is an object
  if ('text' in hint && typeof hint.text === 'string') return hint.text.trim()

  return undefined
}

export interface ItemWithValue {
  value: string
}
export const findListItemByValue = <T>({ items = [], value }: { items: ItemWithValue[]; value: string }) =>
  items.find(item => item.value === value) as unknown as T

export const cleanseUiList = (items: UiListItem[]) => items.map(({ value, text }: UiListItem) => ({ value, text }))
