import * as Sentry from '@sentry/react-native'
import { TFunction } from 'i18next'
import { Role } from 'react-native'
import { openSettings } from 'react-native-permissions'

import { CONSENT_ROUTE, IMPRINT_ROUTE, LICENSES_ROUTE, MAIN_IMPRINT_ROUTE, SettingsRouteType, ThemeType } from 'shared'

import { SnackbarType } from '../components/SnackbarContainer'
import NativeConstants from '../constants/NativeConstants'
import { NavigationProps } from '../constants/NavigationTypes'
import buildConfig from '../constants/buildConfig'
import { AppContextType } from '../contexts/AppContext'
import { SettingsType } from './AppSettings'
import { requestPushNotificationPermission, subscribeNews, unsubscribeNews } from './PushNotificationsManager'
import openExternalUrl from './openExternalUrl'
import { initSentry, log } from './sentry'

export type SettingsSectionType = {
  title: string
  description?: string
  onPress: () => Promise<void> | void
  bigTitle?: boolean
  role?: Role
  hasBadge?: boolean
  getSettingValue?: (settings: SettingsType) => boolean | null
}

const volatileValues = {
  versionTaps: 0,
}

const TRIGGER_VERSION_TAPS = 10

type CreateSettingsSectionsProps = {
  appContext: AppContextType
  navigation: NavigationProps<SettingsRouteType>
  showSnackbar: (snackbar: SnackbarType) => void
  t: TFunction<'error'>
  clearResourcesAndCache: () => void
}

const createSettingsSections = ({
  appContext: { settings, updateSettings, regionCode, languageCode },
  navigation,
  showSnackbar,
  t,
  clearResourcesAndCache,
}: CreateSettingsSectionsProps): (SettingsSectionType | null)[] => [
  {
    title: t('pushNewsTitle'),
    description: t('pushNewsDescription'),
    getSettingValue: (settings: SettingsType) => settings.allowPushNotifications,
    onPress: async () => {
      const newAllowPushNotifications = !settings.allowPushNotifications
      updateSettings({ allowPushNotifications: newAllowPushNotifications })
      if (!regionCode) {
        return
      }
      if (!newAllowPushNotifications) {
        await unsubscribeNews(regionCode, languageCode)
        return
      }

      const status = await requestPushNotificationPermission(updateSettings)

      if (status) {
        await subscribeNews({
          regionCode,
          languageCode,
          allowPushNotifications: newAllowPushNotifications,
          skipSettingsCheck: true,
        })
      } else {
        updateSettings({ allowPushNotifications: false })
        // If the user has rejected the permission once, it can only be changed in the system settings
        showSnackbar({
          text: 'permissionRequired',
          action: {
            label: t('layout:settings'),
            onPress: openSettings,
          },
        })
      }
    },
  },
  {
    title: t('layout:contrastTheme'),
    description: t('layout:contrastThemeDescription'),
    getSettingValue: (settings: SettingsType) => settings.selectedTheme === 'contrast',
    onPress: () => {
      const newTheme: ThemeType = settings.selectedTheme === 'light' ? 'contrast' : 'light'
      updateSettings({ selectedTheme: newTheme })
    },
  },
  {
    title: t('sentryTitle'),
    description: t('sentryDescription', { appName: buildConfig().appName }),
    getSettingValue: (settings: SettingsType) => settings.errorTracking,
    onPress: async () => {
      const newErrorTracking = !settings.errorTracking
      updateSettings({ errorTracking: newErrorTracking })

      const client = Sentry.getClient()
      if (newErrorTracking && !client) {
        initSentry()
      } else if (client) {
        client.getOptions().enabled = newErrorTracking
      }
    },
  },
  {
    title: t('externalResourcesTitle'),
    description: t('externalResourcesDescription'),
    onPress: () => navigation.navigate(CONSENT_ROUTE),
  },
  {
    role: 'link',
    title: t('layout:imprint'),
    onPress: () => navigation.navigate(settings.selectedCity ? IMPRINT_ROUTE : MAIN_IMPRINT_ROUTE),
  },
  {
    role: 'link',
    title: t('aboutUs'),
    onPress: async () => {
      const { aboutUrls } = buildConfig()
      const aboutUrl = aboutUrls[languageCode] || aboutUrls.default
      await openExternalUrl(aboutUrl, showSnackbar)
    },
  },
  {
    role: 'link',
    title: t('privacyPolicy'),
    onPress: async () => {
      const { privacyUrls } = buildConfig()
      const privacyUrl = privacyUrls[languageCode] || privacyUrls.default
      await openExternalUrl(privacyUrl, showSnackbar)
    },
  },
  {
    role: 'link',
    title: t('layout:accessibility'),
    onPress: async () => {
      const { accessibilityUrls } = buildConfig()
      const accessibilityUrl = accessibilityUrls[languageCode] ?? accessibilityUrls.default
      await openExternalUrl(accessibilityUrl, showSnackbar)
    },
  },
  {
    title: t('openSourceLicenses'),
    onPress: () => navigation.navigate(LICENSES_ROUTE),
  },
  {
    role: 'link',
    title: t('SBoM'),
    onPress: async () => {
      const linkToSBoM = `https://github.com/digitalfabrik/integreat-app/releases/tag/${NativeConstants.appVersion}`
      await openExternalUrl(linkToSBoM, showSnackbar)
    },
  },
  {
    title: t('version', { version: NativeConstants.appVersion }),
    onPress: () => {
      volatileValues.versionTaps += 1

      if (volatileValues.versionTaps === TRIGGER_VERSION_TAPS) {
        volatileValues.versionTaps = 0

        const { switchCmsUrl } = buildConfig()
        if (!switchCmsUrl) {
          return
        }

        const { apiUrlOverride } = settings
        if (apiUrlOverride === switchCmsUrl) {
          return
        }

        updateSettings({ apiUrlOverride: switchCmsUrl })
        clearResourcesAndCache()
        log(`Switching to CMS: ${switchCmsUrl}`)
        showSnackbar({ text: `Switched to CMS ${switchCmsUrl}` })
      }
    },
  },
]

export default createSettingsSections
