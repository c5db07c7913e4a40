import path from 'path'
import nunjucks from 'nunjucks'
import express from 'express'
import fs from 'fs'
import { mpopNunjucksSetup } from '@ministryofjustice/hmpps-mpop-frontend-components-lib'
import { ValidationResult } from '@ministryofjustice/hmpps-forge/core/framework'
import { formatDate, initialiseName, possessive } from './utils'
import config from '../config'
import logger from '../../logger'

export default function nunjucksSetup(app?: express.Express) {
  if (app) {
    app.set('view engine', 'njk')

    app.locals.asset_path = '/assets/'
    app.locals.applicationName = 'Assess and plan'
    app.locals.environmentName = config.environmentName
    app.locals.environmentNameColour = config.environmentName === 'PRE-PRODUCTION' ? 'govuk-tag--green' : ''
    app.locals.feedbackFormUrl = config.feedbackFormUrl
    app.locals.nationalRolloutFeedbackUrl = config.nationalRolloutFeedbackUrl
    app.locals.serviceNowFormUrl = config.serviceNowFormUrl
    app.locals.oasysUrl = config.oasysUrl
    app.locals.mpopUrl = config.mpopUrl
    app.locals.smartSurveyPopupCode = config.smartSurveyPopupCode
    app.locals.hmppsHeaderServiceNameLink = '/sentence-plan/v1.0/plan/overview'
    app.locals.appInsightsConnectionString = config.appInsightsConnectionString

    // Session timeout modal configuration (in seconds)
    app.locals.sessionTimeoutConfig = {
      warningAfterInactiveSeconds: config.session.warningAfterInactiveMinutes * 60,
      countdownSeconds: config.session.countdownMinutes * 60,
    }
  }

  let assetManifest: Record<string, string> = {}

  try {
    const paths = [
      path.resolve(__dirname, '../../assets/manifest.json'),
      path.resolve(__dirname, 'assets/manifest.json'),
    ]

    const validPath = paths.find(p => fs.existsSync(p))

    if (!validPath) {
      throw new Error('Asset manifest not found')
    }

    assetManifest = JSON.parse(fs.readFileSync(validPath, 'utf8'))
  } catch (e) {
    if (process.env.NODE_ENV !== 'test') {
      logger.error(e, 'Could not read asset manifest file')
    }
  }

  const njkEnv = nunjucks.configure(
    [
      path.join(__dirname, 'server/views'),
      path.join(__dirname, '../../server/views'),
      path.join(__dirname, 'server/forms'),
      path.join(__dirname, '../../server/forms'),
      'node_modules/@ministryofjustice/hmpps-forge/dist/moj-components/',
      'node_modules/govuk-frontend/dist/',
      'node_modules/@ministryofjustice/frontend/',
      'node_modules/@ministryofjustice/hmpps-mpop-frontend-components-lib/dist/',
    ],
    {
      autoescape: true,
      express: app,
    },
  )

  // Filters required by the MPoP components library's templates
  mpopNunjucksSetup(njkEnv)

  njkEnv.addFilter('possessive', possessive)

  njkEnv.addFilter('initialiseName', initialiseName)
  njkEnv.addFilter('assetMap', (url: string) => assetManifest[url] || url)
  njkEnv.addFilter('json', (obj, spaces = 2) => JSON.stringify(obj, null, spaces))
  njkEnv.addFilter('formatSimpleDate', date => formatDate(date, 'simple'))

  // Map navigation data structure (path → url) for nav-list-item macro
  interface NavItem {
    path: string
    title: string
    active?: boolean
    hiddenFromNavigation?: boolean
    children?: NavItem[]
  }

  interface MappedNavItem {
    url: string
    title: string
    active: boolean
    hiddenFromNavigation: boolean
    children: MappedNavItem[]
  }

  const mapNavItem = (item: NavItem): MappedNavItem => ({
    url: item.path,
    title: item.title,
    active: item.active ?? false,
    hiddenFromNavigation: item.hiddenFromNavigation ?? false,
    children: item.children?.map(mapNavItem) ?? [],
  })

  const isDeepestActive = (item: NavItem): boolean => {
    if (!item.active) {
      return false
    }

    if (item.children && item.children.length) {
      const hasVisibleActiveChild = item.children.some(child => child.active && !child.hiddenFromNavigation)
      return !hasVisibleActiveChild
    }

    return true
  }

  njkEnv.addFilter('mapNavItem', mapNavItem)

  njkEnv.addFilter('isDeepestActive', isDeepestActive)

  njkEnv.addFilter('toErrorSummary', (errors: ValidationResult[]) =>
    errors.map(error => ({
      text: error.message,
      href: (error.details?.href as string | undefined) ?? (error.blockCode ? `#${error.blockCode}` : ''),
    })),
  )

  njkEnv.addFilter('countGoalsByStatus', (goals: Array<{ status?: string }> | undefined, status: string): number => {
    if (!Array.isArray(goals)) {
      return 0
    }

    return goals.filter(g => g?.status === status).length
  })

  njkEnv.addFilter('countTotalSteps', (goals: Array<{ steps?: unknown[] }> | undefined): number => {
    if (!Array.isArray(goals)) {
      return 0
    }

    return goals.reduce((sum, g) => sum + (Array.isArray(g?.steps) ? g.steps.length : 0), 0)
  })

  njkEnv.addFilter('countGoalsWithMultipleSteps', (goals: Array<{ steps?: unknown[] }> | undefined): number => {
    if (!Array.isArray(goals)) {
      return 0
    }

    return goals.filter(g => Array.isArray(g?.steps) && g.steps.length > 1).length
  })

  njkEnv.addFilter(
    'countStepsByActor',
    (goals: Array<{ steps?: Array<{ actor?: string }> }> | undefined, actor: string): number => {
      if (!Array.isArray(goals)) {
        return 0
      }

      return goals.reduce(
        (sum, goal) => sum + (Array.isArray(goal?.steps) ? goal.steps.filter(s => s?.actor === actor).length : 0),
        0,
      )
    },
  )

  return njkEnv
}
