import useApi from '@/bcsc-theme/api/hooks/useApi'
import { ControlContainer } from '@/bcsc-theme/components/ControlContainer'
import { useQuickLoginURL } from '@/bcsc-theme/hooks/useQuickLoginUrl'
import { BCSCMainStackParams, BCSCScreens, BCSCStacks } from '@/bcsc-theme/types/navigators'
import { HelpCentreUrl, hitSlop, REPORT_SUSPICIOUS_URL } from '@/constants'
import { isHandledAppError } from '@/errors/appError'
import { useAlerts } from '@/hooks/useAlerts'
import {
  Button,
  ButtonType,
  Link,
  ScreenWrapper,
  testIdWithKey,
  ThemedText,
  TOKENS,
  useServices,
  useTheme,
} from '@bifold/core'
import { StackScreenProps } from '@react-navigation/stack'
import { a11yLabel } from '@utils/accessibility'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActivityIndicator, Alert, Linking, StyleSheet, TouchableOpacity, View } from 'react-native'
import Icon from 'react-native-vector-icons/MaterialIcons'
import { usePairingService } from '../pairing'
import { LocalState, useServiceLoginState } from './hooks/useServiceLoginState'

type ServiceLoginScreenProps = StackScreenProps<BCSCMainStackParams, BCSCScreens.ServiceLogin>

type ServiceLoginDefaultViewProps = {
  state: LocalState
  styles: ReturnType<typeof StyleSheet.create>
  t: (key: string, options?: Record<string, unknown>) => string
  isContinueDisabled: boolean
  setIsContinueDisabled: (disabled: boolean) => void
  onContinue: () => Promise<void>
  onCancel: () => void
  onOpenInfoShared: () => void
  onOpenPrivacyPolicy: () => void
}

type ServiceLoginUnavailableViewProps = {
  state: LocalState
  styles: ReturnType<typeof StyleSheet.create>
  t: (key: string, options?: Record<string, unknown>) => string
  logger: any
  onCancel: () => void
}

const RenderState = {
  Loading: 'Loading',
  Unavailable: 'Unavailable', // quick login in 'unavailable' so the links take the user out of the app
  Default: 'Default', // Quick login is available
} as const

const ServiceLoginLoadingView = () => (
  <ScreenWrapper scrollable={false}>
    <View style={{ flex: 1, justifyContent: 'center' }}>
      <ActivityIndicator size="large" />
    </View>
  </ScreenWrapper>
)

type DevicePreferenceURLViewProps = {
  serviceClientUri?: string
  t: (key: string, options?: Record<string, unknown>) => string
}

const DevicePreferenceURLView: React.FC<DevicePreferenceURLViewProps> = ({
  serviceClientUri,
  t,
}: DevicePreferenceURLViewProps) => {
  const { Spacing, TextTheme } = useTheme()

  return serviceClientUri ? (
    <View style={{ marginTop: Spacing.lg }}>
      <ThemedText variant={'bold'} style={{ color: TextTheme.headingFour.color }}>
        {t('BCSC.Services.PreferOtherDevice')}
      </ThemedText>
      <View style={{ flexDirection: 'row', gap: Spacing.xs }}>
        <ThemedText>{t('BCSC.Services.Goto')}</ThemedText>
        <ThemedText selectable={true}>
          <Link
            linkText={serviceClientUri}
            testID={testIdWithKey('ServiceClientLink')}
            onPress={() => Linking.openURL(serviceClientUri)}
          />
        </ThemedText>
      </View>
    </View>
  ) : null
}

type ReportSuspiciousLinkProps = {
  t: (key: string, options?: Record<string, unknown>) => string
  testID?: string
}

const ReportSuspiciousLink: React.FC<ReportSuspiciousLinkProps> = ({ t, testID }: ReportSuspiciousLinkProps) => {
  const { Spacing } = useTheme()
  return (
    <ThemedText variant={'bold'} testID={testID} style={{ marginTop: Spacing.sm }}>
      {t('BCSC.Services.ReportSuspiciousPrefix')}{' '}
      <Link linkText={t('BCSC.Services.ReportSuspicious')} onPress={() => Linking.openURL(REPORT_SUSPICIOUS_URL)} />
    </ThemedText>
  )
}

const ServiceLoginUnavailableView = ({ state, styles, t, logger, onCancel }: ServiceLoginUnavailableViewProps) => {
  const { ColorPalette, Spacing } = useTheme()
  const controls = (
    <ControlContainer>
      <Button
        title={''}
        accessibilityLabel={a11yLabel(t('BCSC.Services.GotoService', { service: state.serviceTitle }))}
        accessibilityHint={t('Global.A11y.OpensInBrowser')}
        testID={testIdWithKey('GoToServiceClient')}
        buttonType={ButtonType.Primary}
        onPress={async () => {
          if (!state.serviceClientUri) {
            logger.error('ServiceLoginScreen: No service client URI available for navigation')
            return
          }

          try {
            await Linking.openURL(state.serviceClientUri)
          } catch (error) {
            logger.error('ServiceLoginScreen: Failed to open service client URL', error as Error)
            Alert.alert(t('BCSC.Services.OpenUrlErrorTitle'), t('BCSC.Services.OpenUrlErrorMessage'))
          }
        }}
      >
        <View style={styles.externalButtonContent}>
          <ThemedText style={styles.externalButtonText}>
            {t('BCSC.Services.GotoService', { service: state.serviceTitle })}
          </ThemedText>
          <Icon name="open-in-new" size={24} color={ColorPalette.brand.buttonText} />
        </View>
      </Button>
      <Button
        buttonType={ButtonType.Secondary}
        title={t('Global.Cancel')}
        testID={testIdWithKey('Cancel')}
        accessibilityLabel={t('Global.Cancel')}
        onPress={onCancel}
      />
    </ControlContainer>
  )

  return (
    <ScreenWrapper
      padded={false}
      controls={controls}
      scrollViewContainerStyle={{
        flexGrow: 1,
        padding: Spacing.lg,
        gap: Spacing.md,
      }}
    >
      <ThemedText variant={'headingThree'} style={{ color: ColorPalette.brand.primary }}>
        {state.serviceTitle}
      </ThemedText>
      <ThemedText style={styles.descriptionText}>{t('BCSC.Services.NoLoginInstructions')}</ThemedText>
      <ThemedText style={styles.descriptionText}>{t('BCSC.Services.NoLoginProof')}</ThemedText>

      <DevicePreferenceURLView serviceClientUri={state.serviceClientUri} t={t} />
    </ScreenWrapper>
  )
}

const ServiceLoginDefaultView = ({
  state,
  styles,
  t,
  isContinueDisabled,
  setIsContinueDisabled,
  onContinue,
  onCancel,
  onOpenInfoShared,
  onOpenPrivacyPolicy,
}: ServiceLoginDefaultViewProps) => {
  const { ColorPalette, Spacing } = useTheme()
  const controls = (
    <ControlContainer>
      <Button
        title={t('Global.Continue')}
        accessibilityLabel={a11yLabel(t('Global.Continue'))}
        testID={testIdWithKey('ServiceLoginContinue')}
        buttonType={ButtonType.Primary}
        disabled={isContinueDisabled}
        onPress={() => {
          setIsContinueDisabled(true)
          onContinue()
        }}
      />
      <Button
        title={t('Global.Cancel')}
        accessibilityLabel={a11yLabel(t('Global.Cancel'))}
        testID={testIdWithKey('ServiceLoginCancel')}
        buttonType={ButtonType.Secondary}
        onPress={onCancel}
      />

      <ReportSuspiciousLink t={t} testID={testIdWithKey('ReportSuspiciousLink')} />
    </ControlContainer>
  )

  return (
    <ScreenWrapper
      padded={false}
      controls={controls}
      controlsContainerStyle={{ padding: 0 }}
      scrollViewContainerStyle={{
        flexGrow: 1,
        padding: Spacing.lg,
        gap: Spacing.md,
      }}
    >
      <ThemedText variant={'headingThree'} style={{ fontWeight: 'normal' }}>
        {`${t('BCSC.Services.WantToLogin')}\n`}
        <ThemedText variant={'headingThree'}>{state.serviceTitle}?</ThemedText>
      </ThemedText>

      <ThemedText style={styles.descriptionText}>{t('BCSC.Services.RequestedInformation')}</ThemedText>

      <View style={styles.cardsContainer}>
        <View style={styles.infoContainer}>
          <View
            style={{
              flexDirection: 'row',
              justifyContent: 'space-between',
              alignItems: 'center',
              marginBottom: Spacing.sm,
            }}
          >
            <ThemedText style={styles.infoHeader}>{t('BCSC.Services.FromAccount')}</ThemedText>
            <TouchableOpacity
              testID={testIdWithKey('HelpButton')}
              accessibilityLabel={a11yLabel(t('BCSC.Screens.HelpCentre'))}
              accessibilityRole="button"
              hitSlop={hitSlop}
              onPress={onOpenInfoShared}
            >
              <Icon name="help-outline" size={24} color={ColorPalette.brand.primary} />
            </TouchableOpacity>
          </View>
          <ThemedText style={styles.infoText}>{state.claimsDescription}</ThemedText>
        </View>

        {state.privacyPolicyUri ? (
          <TouchableOpacity
            testID={testIdWithKey('ReadPrivacyPolicy')}
            accessibilityLabel={a11yLabel(t('BCSC.Services.PrivacyNotice'))}
            accessibilityRole="link"
            accessibilityHint={t('Global.A11y.OpensInBrowser')}
            hitSlop={hitSlop}
            onPress={onOpenPrivacyPolicy}
          >
            <View style={[styles.infoContainer, styles.privacyNoticeContainer]}>
              <ThemedText style={styles.infoText}>{t('BCSC.Services.PrivacyNotice')}</ThemedText>
              <Icon name="open-in-new" size={24} color={ColorPalette.brand.primary} />
            </View>
          </TouchableOpacity>
        ) : null}
      </View>
    </ScreenWrapper>
  )
}

/**
 * Renders the service details screen component, which displays information about a specific serviceClient.
 *
 * @returns {*} {React.ReactElement} The service screen component or null if not implemented.
 */
export const ServiceLoginScreen: React.FC<ServiceLoginScreenProps> = ({
  navigation,
  route,
}: ServiceLoginScreenProps) => {
  const { serviceClientId, serviceTitle, pairingCode, fromAppSwitch } = route.params ?? {}
  const { t } = useTranslation()
  const { Spacing, ColorPalette, TextTheme, Buttons } = useTheme()
  const [logger] = useServices([TOKENS.UTIL_LOGGER])
  const alerts = useAlerts(navigation)
  const pairingService = usePairingService()
  const { pairing, metadata } = useApi()
  const getQuickLoginURL = useQuickLoginURL()
  const { state, isLoading, serviceHydrated } = useServiceLoginState({
    serviceClientId,
    serviceTitle,
    pairingCode,
    metadata,
    logger,
  })
  const [isContinueDisabled, setIsContinueDisabled] = useState(false)

  const styles = StyleSheet.create({
    cardsContainer: {
      gap: Spacing.md,
    },
    descriptionText: {
      lineHeight: 30,
    },
    infoContainer: {
      display: 'flex',
      overflow: 'hidden',
      gap: Spacing.md,
      borderRadius: Spacing.xs,
      backgroundColor: ColorPalette.brand.tertiaryBackground,
      padding: Spacing.md,
    },
    infoHeader: {
      fontSize: 20,
      fontWeight: 'bold',
      color: ColorPalette.brand.primary,
    },
    infoText: {
      flexShrink: 1,
      fontSize: TextTheme.headerTitle.fontSize,
      color: ColorPalette.brand.primary,
    },
    infoIcon: {
      flexShrink: 0,
    },
    privacyNoticeContainer: {
      display: 'flex',
      flexDirection: 'row',
      justifyContent: 'space-between',
      alignItems: 'center',
    },
    link: {
      color: ColorPalette.brand.primary,
    },
    externalButtonContent: {
      paddingHorizontal: Spacing.md,
      alignItems: 'center',
      flexDirection: 'row',
      justifyContent: 'center',
      gap: Spacing.sm,
    },
    externalButtonText: {
      ...Buttons.primaryText,
      flexWrap: 'wrap',
      flexShrink: 1,
    },
  })

  /**
   * Handles navigation to login by pairing code flow
   * If successful, navigates to the pairing confirmation screen
   * If unsuccessful, displays an error alert
   *
   */
  const onContinueWithPairingCode = useCallback(async () => {
    const code = state.pairingCode
    if (!code) {
      logger.error('ServiceLoginScreen: No pairing code found in state')
      return
    }

    try {
      const client = await pairing.loginByPairingCode(code)

      navigation.navigate(BCSCScreens.PairingConfirmation, {
        serviceId: client.client_ref_id,
        serviceName: client.client_name,
        fromAppSwitch,
      })
    } catch (error) {
      logger.error('ServiceLoginScreen: Error logging in by pairing code', error as Error)
      setIsContinueDisabled(false)
      if (!isHandledAppError(error)) {
        alerts.loginServerErrorAlert()
      }
    }
  }, [state.pairingCode, pairing, navigation, logger, alerts, fromAppSwitch, setIsContinueDisabled])

  /**
   * Handles quick login and navigation
   * If successful, opens the quick login URL and navigates to the home screen
   * If unsuccessful, displays an error alert
   *
   */
  const onContinueWithQuickLoginUrl = useCallback(async () => {
    if (!state.service) {
      logger.error('ServiceLoginScreen: No service context available for quick login')
      setIsContinueDisabled(false)
      alerts.loginServerErrorAlert()
      return
    }

    const result = await getQuickLoginURL(state.service)

    if (result.success) {
      logger.debug('ServiceLoginScreen: Generated quick login URL successfully, opening URL')

      try {
        await Linking.openURL(result.url)
        navigation.reset({
          index: 0,
          routes: [{ name: BCSCStacks.Tab, params: { screen: BCSCScreens.Home } }],
        })
        return
      } catch (error) {
        logger.error('ServiceLoginScreen: Failed to open quick login URL', error as Error)
        setIsContinueDisabled(false)
        Alert.alert(t('BCSC.Services.OpenUrlErrorTitle'), t('BCSC.Services.OpenUrlErrorMessage'))
        return
      }
    }

    if ('error' in result) {
      logger.debug(`ServiceLoginScreen: Error generating quick login URL ${result.error}`)
      setIsContinueDisabled(false)
      alerts.loginServerErrorAlert()
    }
  }, [getQuickLoginURL, logger, state.service, navigation, alerts, t, setIsContinueDisabled])

  const onContinue = useCallback(async () => {
    if (state.pairingCode) {
      await onContinueWithPairingCode()
    } else if (state.service) {
      await onContinueWithQuickLoginUrl()
    } else {
      logger.error('ServiceLoginScreen: No authentication method available')
      setIsContinueDisabled(false)
      alerts.loginServerErrorAlert()
    }
  }, [
    logger,
    onContinueWithPairingCode,
    onContinueWithQuickLoginUrl,
    state.service,
    state.pairingCode,
    alerts,
    setIsContinueDisabled,
  ])

  const onOpenInfoShared = useCallback(() => {
    try {
      navigation.navigate(BCSCScreens.MainWebView, {
        url: HelpCentreUrl.INFO_SHARED,
        title: t('BCSC.Screens.HelpCentre'),
      })
    } catch (error) {
      logger.error('ServiceLoginScreen: Error navigating to info shared help page', error as Error)
    }
  }, [navigation, t, logger])

  const onOpenPrivacyPolicy = useCallback(async () => {
    if (!state.privacyPolicyUri) {
      return
    }
    try {
      await Linking.openURL(state.privacyPolicyUri)
    } catch (error) {
      logger.error('ServiceLoginScreen: Error opening privacy policy URL', error as Error)
      Alert.alert(t('BCSC.Services.OpenUrlErrorTitle'), t('BCSC.Services.OpenUrlErrorMessage'))
    }
  }, [state.privacyPolicyUri, logger, t])

  const onCancel = useCallback(() => {
    // For cold start pairing, clear the pending pairing so RootStack switches stacks
    if (pairingService.hasPendingPairing) {
      pairingService.consumePendingPairing()
      return
    }

    // If the app already has history, go back
    if (navigation.canGoBack()) {
      navigation.goBack()
      return
    }

    // No pending pairing and no back stack (e.g., pairing navigated directly onto main stack)
    navigation.navigate(BCSCStacks.Tab, { screen: BCSCScreens.Home })
    logger.info('ServiceLoginScreen: Cancel pressed without history, redirecting to Home tab')
  }, [logger, navigation, pairingService])

  const renderState = (() => {
    if (isLoading || !serviceHydrated) {
      return RenderState.Loading
    }
    if (!state.serviceInitiateLoginUri && !state.pairingCode) {
      return RenderState.Unavailable
    }

    return RenderState.Default
  })()
  switch (renderState) {
    case RenderState.Loading:
      return <ServiceLoginLoadingView />
    case RenderState.Unavailable:
      return <ServiceLoginUnavailableView state={state} styles={styles} t={t} logger={logger} onCancel={onCancel} />
    default:
      return (
        <ServiceLoginDefaultView
          state={state}
          styles={styles}
          t={t}
          isContinueDisabled={isContinueDisabled}
          setIsContinueDisabled={setIsContinueDisabled}
          onContinue={onContinue}
          onCancel={onCancel}
          onOpenInfoShared={onOpenInfoShared}
          onOpenPrivacyPolicy={onOpenPrivacyPolicy}
        />
      )
  }
}
