export const FEATURE_FLAG_NAMESPACE = 'hmpps-arns-assessment-platform'
export const UPDATE_INTERVAL_SECONDS = 120

export const BooleanFeatureFlags = {
  ENABLE_SMART_SURVEY_IN_BETA: {
    fliptKey: 'sp-enable-smart-survey-in-private-beta',
    nunjucksKey: 'smartSurveyInPrivateBetaEnabled',
    fallbackState: false,
  },
  ENABLE_SMART_SURVEY_IN_NATIONAL_ROLLOUT: {
    fliptKey: 'sp-enable-smart-survey-in-national-rollout',
    nunjucksKey: 'smartSurveyInNationalRolloutEnabled',
    fallbackState: false,
  },
  ENABLE_PRINT_AND_SHARE: {
    fliptKey: 'sp-enable-print-and-share',
    nunjucksKey: 'printAndShareEnabled',
    fallbackState: false,
  },
  ENABLE_SUPERVISION_PACKAGE: {
    fliptKey: 'sp-enable-supervision-package',
    nunjucksKey: 'supervisionPackageEnabled',
    fallbackState: false,
  },
  ENABLE_MPOP_ASSESSMENT_INFO: {
    fliptKey: 'sp-enable-mpop-assessment-info',
    nunjucksKey: 'mpopAssessmentInfoEnabled',
    fallbackState: false,
  },
  DOWNTIME_NOTIFICATION_BANNER: {
    fliptKey: 'sp-downtime-notification-banner',
    nunjucksKey: 'downtimeNotificationBanner',
    fallbackState: false,
  },
}

export interface FeatureFlagConfig {
  url: string
  environment?: string
  namespace: string
  updateInterval?: number
}

export type FeatureFlagsConfig = Record<string, FeatureFlag>

export type FeatureFlag = {
  fliptKey: string
  nunjucksKey: string
  fallbackState: boolean
}

export type BooleanFeatureFlagsResult = {
  booleanFeatureFlags: Record<string, boolean>
}

export const getFallbackFeatureFlags = (featureFlags: FeatureFlagsConfig): Record<string, boolean> => {
  const booleanFeatureFlags: Record<string, boolean> = {}
  for (const flag of Object.values(featureFlags)) {
    booleanFeatureFlags[flag.nunjucksKey] = flag.fallbackState
  }
  return booleanFeatureFlags
}
