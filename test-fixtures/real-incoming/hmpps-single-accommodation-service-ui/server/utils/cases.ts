import { CaseAction, CaseDto as Case, Team } from '@sas/api'
import { TableRow } from '@govuk/ui'
import { GetCasesQuery, SelectOption } from '@sas/ui'
import { htmlContent, initialiseName } from './utils'
import { renderMacro } from './macros'
import { renderActions } from './actions'
import { staffName } from './staff'

export const formatRiskLevel = (level?: Case['riskLevel']) => {
  return (
    {
      LOW: 'Low',
      MEDIUM: 'Medium',
      HIGH: 'High',
      VERY_HIGH: 'Very high',
    }[level] || 'Unknown'
  )
}

export const casesResultsSummary = (cases: Case[]): string => {
  const summary = `${cases.length} ${cases.length === 1 ? 'person' : 'people'}`

  return summary
}

export const queryToFilters = (
  query: GetCasesQuery,
  currentUrl: string,
  teams: Team[] = [],
): { text: string; href: string }[] => {
  const filters: { text: string; href: string }[] = []

  if (query?.searchTerm)
    filters.push({ text: `Search: ‘${query.searchTerm}’`, href: removeQueryParam(currentUrl, 'searchTerm') })

  if (query?.teamCode) {
    const teamName = teams?.find(team => team.code === query.teamCode)?.name
    filters.push({ text: `Assigned to: ${teamName || 'Unknown team'}`, href: removeQueryParam(currentUrl, 'teamCode') })
  }

  if (query?.riskLevel)
    filters.push({ text: `RoSH: ${formatRiskLevel(query.riskLevel)}`, href: removeQueryParam(currentUrl, 'riskLevel') })

  return filters
}

const removeQueryParam = (url: string, param: string): string => {
  const [path, search] = url.split('?')
  const params = new URLSearchParams(search)
  params.delete(param)
  const queryString = params.toString()

  return queryString ? `${path}?${queryString}` : path
}

export const personCell = (caseData: Case, assignedToText?: string): string =>
  renderMacro('personCell', {
    ...caseData,
    name: displayName(caseData, { laoFlag: '', caseList: true }),
    assignedToText,
  })

export const actionsCell = (actions: CaseAction[]): string =>
  renderMacro('actionsCell', { actions: renderActions(actions) })

export const casesToRows = (cases: Case[], currentUsername?: string): TableRow[] =>
  cases.map(c => {
    const assignedToText = currentUsername ? caseAssignedTo(c, currentUsername) : undefined

    return [htmlContent(personCell(c, assignedToText))]
  })

export const casesTableColumns = () => {
  return [{ text: 'Name' }]
}

export const caseAssignedTo = (c: Case, username: string): string => {
  if (c.userAccess !== 'FULL') return ''
  if (!c.assignedTo) return 'unallocated'
  return staffName(c.assignedTo, username)
}

type DisplayNameOptions = {
  laoFlag?: string
  caseList?: boolean
  onlyFirstLast?: boolean
}

export const displayName = (caseData: Case, options: DisplayNameOptions = {}): string => {
  const { laoFlag = '(limited access offender)', caseList = false, onlyFirstLast = false } = options
  const { forename = '', middleNames = '', surname = '' } = caseData ?? {}
  const name = caseList
    ? `${[surname, forename].filter(Boolean).join(', ')} ${(!onlyFirstLast && middleNames) || ''}`.trim()
    : [forename, !onlyFirstLast && middleNames, surname].filter(Boolean).join(' ')

  switch (caseData.userAccess) {
    case 'LIMITED':
      return 'Limited access offender'
    case 'UNKNOWN':
      return 'Unknown'
    default:
      return `${name || 'Unknown'} ${caseData.limitedAccess ? laoFlag : ''}`.trim()
  }
}

export const assignedToOptions = (fullName: string, teams: Team[]): SelectOption[] => [
  { text: `You (${initialiseName(fullName)})`, value: '' },
  ...teams.map(t => ({ text: t.name, value: t.code })),
]
