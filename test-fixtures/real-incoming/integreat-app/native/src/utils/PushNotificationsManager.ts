import notifee, { AndroidImportance, Event, EventType } from '@notifee/react-native'
import {
  FirebaseMessagingTypes,
  getInitialNotification,
  getMessaging,
  onMessage,
  onNotificationOpenedApp,
  setBackgroundMessageHandler,
  subscribeToTopic,
  unsubscribeFromTopic,
} from '@react-native-firebase/messaging'
import { useEffect } from 'react'
import { checkNotifications, requestNotifications, RESULTS } from 'react-native-permissions'

import { NEWS_ROUTE, NonNullableRouteInformationType, RouteInformationType } from 'shared'
import { LOCAL_NEWS_SOURCE } from 'shared/api'

import buildConfig from '../constants/buildConfig'
import { AppContextType } from '../contexts/AppContext'
import { useAppContext } from '../hooks/useRegionAppContext'
import { log, captureError } from './sentry'

type UpdateSettingsType = (settings: { allowPushNotifications: boolean }) => void

type Message = FirebaseMessagingTypes.RemoteMessage & {
  notification: { title: string }
  data: {
    city_code: string
    language_code: string
    news_id: string
  }
}

const WAITING_TIME_FOR_CMS = 1000

export const requestPushNotificationPermission = async (updateSettings: UpdateSettingsType): Promise<boolean> => {
  const permissionStatus = (await requestNotifications(['alert'])).status
  log(`Notification permission status: ${permissionStatus}`)

  if (permissionStatus !== RESULTS.GRANTED) {
    log(`Permission denied, disabling push notifications in settings.`)
    updateSettings({ allowPushNotifications: false })
  }

  return permissionStatus === RESULTS.GRANTED
}

const newsTopic = (region: string, language: string): string => `${region}-${language}-news`

export const unsubscribeNews = async (region: string, language: string): Promise<void> => {
  const topic = newsTopic(region, language)

  try {
    await unsubscribeFromTopic(getMessaging(), topic)
    log(`Unsubscribed from ${topic} topic!`)
  } catch (e) {
    captureError(e)
  }
}

type SubscribeNewsParams = {
  regionCode: string
  languageCode: string
  allowPushNotifications: boolean
  skipSettingsCheck?: boolean
}

export const subscribeNews = async ({
  regionCode,
  languageCode,
  allowPushNotifications,
  skipSettingsCheck = false,
}: SubscribeNewsParams): Promise<void> => {
  try {
    if (!allowPushNotifications && !skipSettingsCheck) {
      log('Push notifications disabled, subscription skipped.')
      return
    }

    const topic = newsTopic(regionCode, languageCode)

    await subscribeToTopic(getMessaging(), topic)
    log(`Subscribed to ${topic} topic!`)
  } catch (e) {
    captureError(e)
  }
}

const displayNotification = async (message: Message): Promise<void> => {
  const androidChannelId = await notifee.createChannel({
    id: buildConfig().appName,
    name: buildConfig().appName,
    importance: AndroidImportance.HIGH,
  })

  await notifee.displayNotification({
    title: message.notification.title,
    body: message.notification.body,
    data: message.data,
    android: {
      smallIcon: buildConfig().notificationIcon,
      color: buildConfig().lightTheme.palette.secondary.main,
      channelId: androidChannelId,
      importance: AndroidImportance.HIGH,
    },
  })
}

const routeInformationFromMessage = (message: Message): NonNullableRouteInformationType => ({
  regionCode: message.data.city_code,
  languageCode: message.data.language_code,
  route: NEWS_ROUTE,
  id: `${LOCAL_NEWS_SOURCE}-${message.data.news_id}`,
})

const openMessage = (message: Message, navigate: (routeInformation: RouteInformationType) => void): void => {
  // The CMS needs some time until the push notification is available in the API response
  setTimeout(() => navigate(routeInformationFromMessage(message)), WAITING_TIME_FOR_CMS)
}

const notifeeEventHandler = (
  { type, detail }: Event,
  navigate: (routeInformation: RouteInformationType) => void,
): void => {
  if (type === EventType.PRESS) {
    openMessage(detail.notification as Message, navigate)
  }
}

const pushNotificationPressListener = async (
  navigate: (routeInformation: RouteInformationType) => void,
): Promise<() => void> => {
  // FCM quit state notifications
  const initialMessage = await getInitialNotification(getMessaging())
  if (initialMessage) {
    openMessage(initialMessage as Message, navigate)
  }
  // FCM background notifications
  const unsubscribeFCM = onNotificationOpenedApp(getMessaging(), message => openMessage(message as Message, navigate))
  // Notifee foreground notifications
  const unsubscribeNotifee = notifee.onForegroundEvent(event => notifeeEventHandler(event, navigate))
  notifee.onBackgroundEvent(async event => notifeeEventHandler(event, navigate))

  return () => {
    unsubscribeFCM()
    unsubscribeNotifee()
  }
}

// Since Android 13 and iOS 17 an explicit permission request is needed, otherwise push notifications are not received.
// Therefore, request the permissions once if not yet granted and subscribe to the current channel if successful.
// See https://github.com/digitalfabrik/integreat-app/issues/2438 and https://github.com/digitalfabrik/integreat-app/issues/2655
const initialPushNotificationRequest = async (appContext: AppContextType): Promise<void> => {
  const { regionCode, languageCode, settings, updateSettings } = appContext
  const { allowPushNotifications } = settings

  const pushNotificationPermissionGranted = (await checkNotifications()).status === RESULTS.GRANTED
  if (!pushNotificationPermissionGranted && allowPushNotifications) {
    const success = await requestPushNotificationPermission(updateSettings)
    if (success && regionCode) {
      await subscribeNews({ regionCode, languageCode, allowPushNotifications })
    }
  }
}

export const usePushNotificationListener = (navigate: (routeInformation: RouteInformationType) => void): void => {
  const appContext = useAppContext()

  useEffect(() => {
    initialPushNotificationRequest(appContext).catch(captureError)
  }, [appContext])

  useEffect(() => {
    // It is not necessary to set a background message handler as the notification is automatically displayed by the OS
    // Set one anyway to avoid the warning that no background message handler is set
    setBackgroundMessageHandler(getMessaging(), async () => undefined)

    // Foreground notifications
    return onMessage(getMessaging(), message => displayNotification(message as Message))
  }, [])

  useEffect(() => {
    const cleanupPromise = pushNotificationPressListener(navigate).catch(captureError)
    return () => {
      cleanupPromise.then(unsubscribe => unsubscribe?.())
    }
  }, [navigate])
}
