import { Mode } from '@/constants'
import { AppError } from '@/errors/appError'
import { ErrorRegistry } from '@/errors/errorRegistry'
import { BCSCEventTypes } from '@/events/eventTypes'
import { toAppError } from '@bcsc-theme/utils/native-error-map'
import { AbstractBifoldLogger } from '@bifold/core'
import notifee from '@notifee/react-native'
import { getApp } from '@react-native-firebase/app'
import { getMessaging, getToken } from '@react-native-firebase/messaging'
import { DeviceEventEmitter, Platform } from 'react-native'
import { decodeLoginChallenge, JWK, showLocalNotification } from 'react-native-bcsc-core'
import { getBCSCApiClient } from '../../contexts/BCSCApiClientContext'
import { isVerificationRequestReviewed } from '../../utils/id-token'
import { PairingService } from '../pairing'
import { VerificationResponseService } from '../verification-response'
import {
  BasicNotification,
  ChallengeNotification,
  FcmDeliveryContext,
  FcmMessage,
  FcmService,
  StatusNotification,
} from './services/fcm-service'

/**
 * ViewModel for handling Firebase Cloud Messaging events.
 * Decodes JWT challenges and delegates pairing requests to PairingService.
 */
export class FcmViewModel {
  private serverJwk: JWK | null = null
  private lastJwkBaseUrl: string | null = null
  private initialized = false
  private onError?: (error: AppError) => void
  private pendingChallenges: ChallengeNotification[] = []
  private isCardExpired = false

  /**
   * @param fcmService - Firebase Cloud Messaging service
   * @param logger - Logger instance
   * @param pairingService - Service for handling pairing requests
   * @param verificationResponseService - Service for handling verification response notifications
   * @param mode - App mode (BCSC or BCWallet). Local notifications are only shown in BCSC mode.
   */
  constructor(
    private readonly fcmService: FcmService,
    private readonly logger: AbstractBifoldLogger,
    private readonly pairingService: PairingService,
    private readonly verificationResponseService: VerificationResponseService,
    private readonly mode: Mode = Mode.BCSC
  ) {}

  /**
   * Sets a callback for handling errors that need to be surfaced to the user.
   * This bridges the non-React ViewModel to the React alert system.
   */
  public setErrorHandler(handler: (error: AppError) => void) {
    this.onError = handler
  }

  public setCardExpired(isExpired: boolean) {
    this.isCardExpired = isExpired
  }

  public initialize() {
    if (this.initialized) {
      this.logger.info('[FcmViewModel] Already initialized, skipping')
      return
    }
    this.initialized = true

    // Early return in BCWallet mode, we don't process FCM
    // messages the OS handles notifications
    if (this.mode !== Mode.BCSC) {
      this.logger.info('[FcmViewModel] Skipping FCM initialization in BCWallet mode - OS handles notifications')
      return
    }

    this.logger.info('[FcmViewModel] Initializing...')

    // Subscribe BEFORE init so we don't miss any messages
    this.fcmService.subscribe(this.handleMessage.bind(this))
    this.logger.info('[FcmViewModel] Subscribed to FCM service')
    this.fcmService.init()
    this.logger.info('[FcmViewModel] FCM service initialized')
    // Pre-fetch the server JWK for signature verification (if API client is ready)
    this.fetchServerJwk()
    // Log FCM token for debugging
    this.logFcmToken()
  }

  private async logFcmToken(): Promise<void> {
    try {
      const messagingInstance = getMessaging(getApp())
      const token = await getToken(messagingInstance)
      this.logger.debug(`[FcmViewModel] FCM Token: ${token}`)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.logger.warn(`[FcmViewModel] Failed to retrieve FCM token for logging: ${message}`)
    }
  }

  private async handleMessage(message: FcmMessage, delivery?: FcmDeliveryContext) {
    this.logger.info(
      `[FcmViewModel] Received FCM message: type=${message.type}, delivery=${delivery?.source ?? 'unknown'}`
    )

    switch (message.type) {
      case 'challenge':
        await this.handleChallengeRequest(message.data)
        break
      case 'status':
        this.logger.info(`[FcmViewModel] Message: ${JSON.stringify(message)}`)
        await this.handleStatusNotification(message.data, delivery)
        break
      case 'notification':
        this.logger.info(`[FcmViewModel] Handling generic notification`)
        this.handleGenericNotification(message.data)
        break
      default:
        this.logger.warn(`[FcmViewModel] Unknown message type`)
    }
  }

  private async handleChallengeRequest(data: ChallengeNotification) {
    const { jwt } = data
    this.logger.info(`[FcmViewModel] Processing challenge request`)

    // If the mobile card is expired, we don't want to be handling any login challenges
    if (this.isCardExpired) {
      this.logger.info('[FcmViewModel] Card is expired, dropping challenge')
      const appError = AppError.fromErrorDefinition(ErrorRegistry.CARD_STATUS_EXPIRED)
      this.logger.warn(`[FcmViewModel] [${appError.appEvent}] Card is expired, cannot process login challenge`)
      this.onError?.(appError)
      return
    }

    try {
      // Check if environment changed or JWK not yet available
      const apiClient = getBCSCApiClient()

      if (!apiClient) {
        this.logger.info(
          `[FcmViewModel] API client not ready, save for later. (Current count: ${this.pendingChallenges.length})`
        )
        this.pendingChallenges.push(data)
        return
      }

      const envChanged = apiClient && this.lastJwkBaseUrl && this.lastJwkBaseUrl !== apiClient.baseURL

      if (!this.serverJwk || envChanged) {
        this.logger.info('[FcmViewModel] JWK not available or environment changed, fetching now...')
        await this.fetchServerJwk()
      }

      // Decode and verify the JWT
      const result = await decodeLoginChallenge(jwt, this.serverJwk ?? undefined)

      this.logger.info(
        `[FcmViewModel] Challenge decoded: verified=${result.verified}, client=${result.claims.bcsc_client_name}`
      )

      if (!result.verified) {
        if (!this.serverJwk) {
          const appError = AppError.fromErrorDefinition(ErrorRegistry.MISSING_JWK_ERROR)
          this.logger.warn(`[FcmViewModel] [${appError.appEvent}] JWK unavailable, cannot verify JWS`)
          this.onError?.(appError)
          return
        }
        const appError = AppError.fromErrorDefinition(ErrorRegistry.JWS_VERIFICATION_FAILED)
        this.logger.warn(`[FcmViewModel] [${appError.appEvent}] JWS verification failed`)
        this.onError?.(appError)
        return
      }

      // Extract pairing data and inject into deep link flow
      const serviceTitle = result.claims.bcsc_client_name
      const pairingCode = result.claims.bcsc_challenge

      if (!serviceTitle || !pairingCode) {
        this.logger.error('[FcmViewModel] Challenge missing required fields (bcsc_client_name or bcsc_challenge)')
        return
      }

      this.logger.info(`[FcmViewModel] Injecting challenge into pairing flow: ${serviceTitle}`)
      this.pairingService.handlePairing({
        serviceTitle,
        pairingCode,
        source: 'fcm',
      })
    } catch (error) {
      const appError = toAppError(error, ErrorRegistry.CLAIMS_SET_ERROR)
      appError.handled = true
      const causeMessage = error instanceof Error ? error.message : String(error)
      this.logger.error(`[FcmViewModel] [${appError.appEvent}] Failed to decode challenge: ${causeMessage}`, appError)
    }
  }

  private async handleStatusNotification(data: StatusNotification, delivery?: FcmDeliveryContext) {
    this.logger.info(`[FcmViewModel] Status notification received: ${JSON.stringify(data)}`)

    if (delivery?.source === 'foreground' && data.title && data.message) {
      await this.showForegroundNotification(data.title, data.message)
    }

    // Check if this is a verification request reviewed notification (send-video)
    if (isVerificationRequestReviewed(data)) {
      this.logger.info('[FcmViewModel] Verification request reviewed, delegating to VerificationResponseService')
      this.verificationResponseService.handleRequestReviewed()
      return
    }

    // Refresh tokens run here to handle scenarios of the account being deactivated from another service
    // Refresh token and dispatch an event so system checks re run with new claims and can handle the new state
    await this.refreshTokens()
  }

  /**
   * Refreshes OAuth tokens using the current refresh token.
   * Emits a TOKENS_REFRESHED event so React components can update their state.
   */
  private async refreshTokens(): Promise<void> {
    try {
      const apiClient = getBCSCApiClient()

      if (!apiClient?.tokens?.refresh_token) {
        this.logger.warn('[FcmViewModel] Cannot refresh tokens - no API client or refresh token available')
        return
      }

      await apiClient.getTokensForRefreshToken(apiClient.tokens.refresh_token)
      this.logger.info('[FcmViewModel] Tokens refreshed successfully after status notification')

      // Emit event so useSystemChecks can react to the new tokens
      DeviceEventEmitter.emit(BCSCEventTypes.TOKENS_REFRESHED)
    } catch (error) {
      this.logger.error(`[FcmViewModel] Failed to refresh tokens: ${error}`)
    }
  }

  /**
   * A push with a notification payload but no `bcsc_*` data key isn't ours - in practice it's the
   * DIDComm mediator telling us a message is waiting. The OS already shows those while the app is
   * backgrounded, and while it's in the foreground the mediator's message is picked up by the agent
   * anyway, so we never re-present them.
   */
  private handleGenericNotification(data: BasicNotification) {
    this.logger.info(
      `[FcmViewModel] Notification not owned by BCSC backend (likely mediator), not displaying: "${data.title}"`
    )
  }

  /**
   * Displays an IAS notification that arrived while the app was in the foreground, where neither
   * platform presents it for us: Android never shows a foreground FCM payload, and iOS no longer
   * does either since `messaging_ios_foreground_presentation_options` is empty (that config is
   * all-or-nothing, so leaving it on would also surface mediator notifications).
   *
   * iOS goes through notifee because it carries its own per-notification presentation options and so
   * is unaffected by the empty messaging config; a plain UNNotificationRequest would be suppressed
   * by it.
   */
  private async showForegroundNotification(title: string, body: string): Promise<void> {
    this.logger.info(`[FcmViewModel] Showing local notification: title="${title}", body="${body}"`)
    try {
      if (Platform.OS === 'ios') {
        await notifee.displayNotification({
          title,
          body,
          ios: { sound: 'default', foregroundPresentationOptions: { banner: true, list: true, sound: true } },
        })
      } else {
        await showLocalNotification(title, body)
      }
      this.logger.info(`[FcmViewModel] Local notification shown successfully`)
    } catch (error) {
      this.logger.error(`[FcmViewModel] Failed to show local notification: ${error}`)
    }
  }

  private async fetchServerJwk(): Promise<void> {
    try {
      const apiClient = getBCSCApiClient()

      if (!apiClient) {
        this.logger.info('[FcmViewModel] API client not available yet, will retry on next challenge')
        return
      }

      // Check if environment changed (baseURL changed) - invalidate cached JWK
      if (this.lastJwkBaseUrl && this.lastJwkBaseUrl !== apiClient.baseURL) {
        this.logger.info('[FcmViewModel] Environment changed, clearing cached JWK')
        this.serverJwk = null
      }

      const jwk = await apiClient.fetchJwk()

      if (jwk) {
        this.serverJwk = jwk
        this.lastJwkBaseUrl = apiClient.baseURL
        this.logger.info(`[FcmViewModel] Server JWK fetched successfully from ${apiClient.baseURL}`)
      } else {
        // Construct AppError for analytics tracking (auto-tracked on creation); not thrown, so no `handled` flag needed
        const appError = AppError.fromErrorDefinition(ErrorRegistry.MISSING_JWK_ERROR)
        this.logger.warn(
          `[FcmViewModel] [${appError.appEvent}] No keys found in JWKS response - JWT verification will be skipped`
        )
      }
    } catch (error) {
      this.logger.error(`[FcmViewModel] Failed to fetch server JWK: ${error}`)
    }
  }

  /**
   * Processes any pending challenge notifications that were received before the API client was ready.
   *
   */
  public async processPendingChallenges(): Promise<void> {
    this.logger.info(`[FcmViewModel] Processing ${this.pendingChallenges.length} pending challenge(s)`)

    const challengesToProcess = [...this.pendingChallenges]
    this.pendingChallenges = []

    for (const challenge of challengesToProcess) {
      await this.handleChallengeRequest(challenge)
    }
  }
}
