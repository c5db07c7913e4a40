import {
  cancelVerificationReminders,
  scheduleVerificationReminders,
} from '@/services/notifications/verificationReminders'
import { BCDispatchAction, BCSCSecureState, BCState, NonBCSCUserMetadata, VerificationStatus } from '@/store'
import { throwNativeBcscError } from '@bcsc-theme/utils/native-error-map'
import { DispatchAction, TOKENS, useServices, useStore } from '@bifold/core'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import {
  AccountFlags,
  BarcodePayload,
  BCSCAccountType,
  BCSCCardProcess,
  BCSCCardType,
  deleteAccountFlags,
  deleteAuthorizationRequest,
  deleteCredential,
  deleteEvidence,
  deleteSavedServices,
  deleteToken,
  EvidenceMetadata,
  EvidenceType,
  getAccount,
  getAccountFlags,
  getAccountSecurityMethod,
  getAuthorizationRequest,
  getCredential,
  getEvidence,
  getSavedServices,
  getToken,
  NativeAuthorizationRequest,
  NativeSavedService,
  PhotoMetadata,
  setAccount,
  setAccountFlags,
  setAuthorizationRequest,
  setCredential,
  setEvidence,
  setSavedServices,
  setToken,
  TokenType,
} from 'react-native-bcsc-core'
import { DeviceVerificationOption } from '../api/hooks/useAuthorizationApi'
import { TokenResponse } from '../api/hooks/useTokens'
import { ProvinceCode } from '../utils/address-utils'
import { createMinimalCredential, getCredentialVerificationStatus } from '../utils/bcsc-credential'
import { isCardEvidenceComplete, isEvidenceAwaitingDocumentNumber } from '../utils/card-utils'
import { performKeyRecovery, reRegisterNewestKey } from '../utils/key-recovery'
import { useBCSCApiClientState } from './useBCSCApiClient'

/**
 * Hook to manage secure state and actions for sensitive data.
 *
 * This hook provides methods to:
 * - Update secure state values and persist them to native storage
 * - Hydrate secure state from native storage after authentication
 * - Clear secure state (eg. on logout/lock)
 * - Remove everything from native storage (eg. on account removal)
 *
 * Usage:
 * ```tsx
 * const {
 *   updateTokens,
 *   updateUserInfo,
 *   hydrateSecureState,
 *   clearSecureState,
 *   deleteSecureData
 * } = useSecureActions()
 *
 * // Save tokens received from API
 * await updateTokens({ refreshToken: 'abc123' })
 *
 * // After successful authentication:
 * await hydrateSecureState()
 *
 * // On logout:
 * clearSecureState()
 *
 * // On account removal:
 * await deleteSecureData()
 * ```
 */
export const useSecureActions = () => {
  const [store, dispatch] = useStore<BCState>()
  const [logger] = useServices([TOKENS.UTIL_LOGGER])
  const { t } = useTranslation()
  const { client: apiClient, isClientReady } = useBCSCApiClientState()

  // ============================================================================
  // PERSISTENCE LAYER - Direct native storage operations, not for external use
  // ============================================================================

  /**
   * Persists tokens to native secure storage.
   *
   * @param refreshToken OAuth refresh token
   * @param registrationAccessToken DCR registration access token
   * @param accessToken OAuth access token (not used much from storage in v3, for
   * most use cases access token doesn't live long enough to need persistence)
   */
  const persistTokens = useCallback(
    async (refreshToken?: string, registrationAccessToken?: string, accessToken?: string) => {
      try {
        const promises: Promise<boolean | TokenResponse>[] = []

        if (refreshToken) {
          logger.info(`Persisting refresh token`)
          promises.push(setToken(TokenType.Refresh, refreshToken))
        }

        if (registrationAccessToken) {
          logger.info(`Persisting registration access token`)
          promises.push(setToken(TokenType.Registration, registrationAccessToken))
        }

        if (accessToken) {
          logger.info(`Persisting access token`)
          promises.push(setToken(TokenType.Access, accessToken))
        }

        await Promise.all(promises)
        logger.info(`Tokens persisted to native storage successfully`)
      } catch (error) {
        logger.error('Failed to persist tokens:', error as Error)
        throwNativeBcscError(error)
      }
    },
    [logger]
  )

  /**
   * Persists authorization request data to native secure storage.
   * This includes PII like birthdate, serial, email, and device codes.
   * Merges with existing data to avoid overwriting previously saved fields.
   */
  const persistAuthorizationRequest = useCallback(
    async (data: Partial<NativeAuthorizationRequest>) => {
      try {
        const existingData = await getAuthorizationRequest()
        const mergedData = { ...existingData, ...data }
        await setAuthorizationRequest(mergedData as NativeAuthorizationRequest)
        logger.info('Authorization request persisted to native storage')
      } catch (error) {
        logger.error('Failed to persist authorization request:', error as Error)
        throwNativeBcscError(error)
      }
    },
    [logger]
  )

  /**
   * Persists account flags to native secure storage.
   * This includes user preferences and verification flags.
   * Merges with existing data to avoid overwriting previously saved fields.
   */
  const persistAccountFlags = useCallback(
    async (flags: AccountFlags) => {
      try {
        const existingFlags = await getAccountFlags()
        const mergedFlags = { ...existingFlags, ...flags }
        await setAccountFlags(mergedFlags)
        logger.info('Account flags persisted to native storage')
      } catch (error) {
        logger.error('Failed to persist account flags:', error as Error)
        throwNativeBcscError(error)
      }
    },
    [logger]
  )

  /**
   * Persists evidence metadata to native secure storage.
   * This includes document numbers, photo metadata, and evidence types.
   */
  const persistEvidenceData = useCallback(
    async (evidenceData: EvidenceMetadata[]) => {
      try {
        await setEvidence(evidenceData)
        logger.info('Evidence persisted to native storage')
      } catch (error) {
        logger.error('Failed to persist evidence metadata:', error as Error)
        throwNativeBcscError(error)
      }
    },
    [logger]
  )

  // ============================================================================
  // ACTIONS - High-level operations that update store and persist to storage
  // ============================================================================

  /**
   * Update tokens in state and persist to native storage
   */
  const updateTokens = useCallback(
    async (tokens: { refreshToken?: string; registrationAccessToken?: string; accessToken?: string }) => {
      if (tokens.refreshToken !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_REFRESH_TOKEN,
          payload: [tokens.refreshToken],
        })
      }

      if (tokens.registrationAccessToken !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_REGISTRATION_ACCESS_TOKEN,
          payload: [tokens.registrationAccessToken],
        })
      }

      if (tokens.accessToken !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_ACCESS_TOKEN,
          payload: [tokens.accessToken],
        })
      }

      await persistTokens(tokens.refreshToken, tokens.registrationAccessToken, tokens.accessToken)
    },
    [dispatch, persistTokens]
  )

  /**
   * Update user info in state and persist to native storage
   */
  const updateUserInfo = useCallback(
    async (userInfo: { birthdate?: Date; serial?: string; email?: string; isEmailVerified?: boolean }) => {
      if (userInfo.birthdate !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_BIRTHDATE,
          payload: [userInfo.birthdate],
        })
      }

      if (userInfo.serial !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_SERIAL,
          payload: [userInfo.serial],
        })
      }

      if (userInfo.email !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_EMAIL_ADDRESS,
          payload: [userInfo.email],
        })
      }

      if (userInfo.isEmailVerified !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_IS_EMAIL_VERIFIED,
          payload: [userInfo.isEmailVerified],
        })
      }

      const authRequestData: Partial<NativeAuthorizationRequest> = {}

      if (userInfo.birthdate) {
        authRequestData.birthdate = Math.floor(userInfo.birthdate.getTime() / 1000)
      }
      if (userInfo.serial) {
        authRequestData.csn = userInfo.serial
      }
      // Only persist as verifiedEmail when the email has actually been verified.
      // Otherwise an unverified email captured mid-flow would look verified after re-auth (see hydrateSecureState).
      if (userInfo.email && userInfo.isEmailVerified) {
        authRequestData.verifiedEmail = userInfo.email
      }

      if (Object.keys(authRequestData).length > 0) {
        await persistAuthorizationRequest(authRequestData)
      }

      // Persist email + verification flag to accountFlags so they survive auto-lock during verification.
      const accountFlagsData: AccountFlags = {}
      if (userInfo.email !== undefined) {
        accountFlagsData.emailAddress = userInfo.email
      }
      if (userInfo.isEmailVerified !== undefined) {
        accountFlagsData.isEmailVerified = userInfo.isEmailVerified
      }
      if (Object.keys(accountFlagsData).length > 0) {
        await persistAccountFlags(accountFlagsData)
      }
    },
    [dispatch, persistAuthorizationRequest, persistAccountFlags]
  )

  /**
   * Update device authorization codes in state and persist to native storage
   */
  const updateDeviceCodes = useCallback(
    async (codes: { deviceCode?: string; userCode?: string; deviceCodeExpiresAt?: Date }) => {
      if (codes.deviceCode !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_DEVICE_CODE,
          payload: [codes.deviceCode],
        })
      }

      if (codes.userCode !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_USER_CODE,
          payload: [codes.userCode],
        })
      }

      if (codes.deviceCodeExpiresAt !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_DEVICE_CODE_EXPIRES_AT,
          payload: [codes.deviceCodeExpiresAt],
        })
      }

      const authRequestData: Partial<NativeAuthorizationRequest> = {}

      if (codes.deviceCode) {
        authRequestData.deviceCode = codes.deviceCode
      }
      if (codes.userCode) {
        authRequestData.userCode = codes.userCode
      }
      if (codes.deviceCodeExpiresAt) {
        authRequestData.expiry = Math.floor(codes.deviceCodeExpiresAt.getTime() / 1000)
      }

      if (Object.keys(authRequestData).length > 0) {
        await persistAuthorizationRequest(authRequestData)
      }

      // (Re)schedule the local "verify by ..." reminders off the latest expiry. This fires on the
      // initial device-authorization and again whenever the server extends the deadline, so the
      // reminders always track the current expiry. Cancellation happens at terminal states (completion,
      // agent-cancel, reset) — not here and not on lock/logout, so reminders survive the user closing
      // the app mid-verification.
      if (codes.deviceCodeExpiresAt) {
        const formattedDate = codes.deviceCodeExpiresAt.toLocaleString(t('BCSC.LocaleStringFormat'), {
          month: 'long',
          day: 'numeric',
          year: 'numeric',
        })
        // doesn't throw
        scheduleVerificationReminders(
          codes.deviceCodeExpiresAt,
          {
            title: t('BCSC.VerificationReminder.Title'),
            body: t('BCSC.VerificationReminder.Body', { date: formattedDate }),
          },
          logger
        )
      }
    },
    [dispatch, persistAuthorizationRequest, t, logger]
  )

  /**
   * Clear device authorization codes from state and native storage.
   *
   * Used when the user abandons a flow that issued a device code (e.g. backing out of a
   * device transfer) so a later verification flow doesn't silently reuse an authorization
   * with no identity attached. Clearing codes that don't exist succeeds.
   */
  const clearDeviceCodes = useCallback(async () => {
    dispatch({ type: BCDispatchAction.UPDATE_SECURE_DEVICE_CODE, payload: [] })
    dispatch({ type: BCDispatchAction.UPDATE_SECURE_USER_CODE, payload: [] })
    dispatch({ type: BCDispatchAction.UPDATE_SECURE_DEVICE_CODE_EXPIRES_AT, payload: [] })

    try {
      const existingData = await getAuthorizationRequest()
      if (!existingData) {
        return
      }

      const remainingData = { ...existingData }
      delete remainingData.deviceCode
      delete remainingData.userCode
      delete remainingData.expiry
      await setAuthorizationRequest(remainingData)
      logger.info('Device authorization codes cleared from native storage')
    } catch (error) {
      logger.error('Failed to clear device authorization codes:', error as Error)
      throwNativeBcscError(error)
    }
  }, [dispatch, logger])

  /**
   * Clear the authorization request record from native storage entirely.
   */
  const clearAuthorizationRequest = useCallback(async () => {
    try {
      await deleteAuthorizationRequest()
      logger.info('Authorization request cleared from native storage')
    } catch (error) {
      logger.error('Failed to clear authorization request:', error as Error)
      throwNativeBcscError(error)
    }
  }, [logger])

  /**
   * Update the identification process type in state and persist to native storage.
   * Process value determines which verification flow to use (e.g., 'IDIM L3 Remote BCSC Photo Identity Verification').
   */
  const updateCardProcess = useCallback(
    async (cardProcess: BCSCCardProcess | undefined | null) => {
      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_CARD_PROCESS,
        payload: [cardProcess],
      })

      if (cardProcess !== undefined) {
        await persistAuthorizationRequest({ cardProcess: cardProcess ?? undefined })
      }
    },
    [dispatch, persistAuthorizationRequest]
  )

  /**
   * Update user metadata (for non-BCSC verification) in state and persist to native storage.
   * Stores address data in authorizationRequest to match IAS apps behavior.
   */
  const updateUserMetadata = useCallback(
    async (userMetadata: NonBCSCUserMetadata | null) => {
      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_USER_METADATA,
        payload: [userMetadata],
      })

      // Persist address to authorizationRequest to match IAS apps
      // This ensures data survives app restarts during verification
      const authRequestData: Partial<NativeAuthorizationRequest> = {}

      if (userMetadata?.address) {
        const mergedStreetAddress = userMetadata.address.streetAddress2
          ? `${userMetadata.address.streetAddress}\n${userMetadata.address.streetAddress2}`
          : userMetadata.address.streetAddress

        authRequestData.address = {
          streetAddress: mergedStreetAddress,
          locality: userMetadata.address.city,
          postalCode: userMetadata.address.postalCode,
          country: userMetadata.address.country,
          region: userMetadata.address.province,
        }
      }

      if (userMetadata?.name) {
        authRequestData.firstName = userMetadata.name.first
        authRequestData.lastName = userMetadata.name.last
        authRequestData.middleNames = userMetadata.name.middle
      }

      if (Object.keys(authRequestData).length > 0) {
        await persistAuthorizationRequest(authRequestData)
      }
    },
    [dispatch, persistAuthorizationRequest]
  )

  /**
   * Update verification status in state and persist as credential for v3 compatibility
   * When marking as verified, stores the credential object; when unverified, removes it
   */
  const updateVerified = useCallback(
    async (verified: boolean) => {
      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_VERIFIED,
        payload: [verified],
      })

      const account = await getAccount()
      if (!account) {
        logger.error('Cannot mark as verified: no account found')
        return
      }

      // Persist credential state for v3 rollback compatibility
      if (verified) {
        // Map cardProcess to proper enums
        const cardProcess = store.bcscSecure.cardProcess
        let cardType: BCSCCardType
        let accountType: BCSCAccountType

        if (cardProcess === BCSCCardProcess.BCSCPhoto) {
          cardType = BCSCCardType.PhotoCard
          accountType = BCSCAccountType.PhotoCard
        } else if (cardProcess === BCSCCardProcess.BCSCNonPhoto) {
          cardType = BCSCCardType.NonPhotoCard
          accountType = BCSCAccountType.NonPhotoCard
        } else if (cardProcess === BCSCCardProcess.NonBCSC) {
          cardType = BCSCCardType.NonBcsc
          accountType = BCSCAccountType.NoBcscCard
        } else {
          // Default to non-bcsc if process is unknown
          cardType = BCSCCardType.NonBcsc
          accountType = BCSCAccountType.NoBcscCard
        }

        // Create minimal credential for v3 compatibility
        const credential = createMinimalCredential(account.issuer, account.clientID, cardType, accountType)
        await setCredential(credential)
      } else {
        await deleteCredential()
      }
    },
    [dispatch, logger, store.bcscSecure.cardProcess]
  )

  const continueVerificationProcess = useCallback(() => {
    dispatch({
      type: BCDispatchAction.UPDATE_SECURE_VERIFIED_STATUS,
      payload: [VerificationStatus.IN_PROGRESS],
    })
  }, [dispatch])

  /**
   * Update wallet key in state
   * This is the PBKDF2 hash of the PIN used for Askar wallet encryption
   */
  const updateWalletKey = useCallback(
    (walletKey?: string) => {
      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_WALLET_KEY,
        payload: [walletKey],
      })
    },
    [dispatch]
  )

  /**
   * Update account flags in state and persist to native storage
   */
  const updateAccountFlags = useCallback(
    async (flags: AccountFlags) => {
      if (flags.isEmailVerified !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_IS_EMAIL_VERIFIED,
          payload: [flags.isEmailVerified],
        })
      }
      if (flags.userSkippedEmailVerification !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_USER_SKIPPED_EMAIL_VERIFICATION,
          payload: [flags.userSkippedEmailVerification],
        })
      }
      if (flags.emailAddress !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_EMAIL_ADDRESS,
          payload: [flags.emailAddress],
        })
      }
      if (flags.temporaryEmailId !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_TEMPORARY_EMAIL_ID,
          payload: [flags.temporaryEmailId],
        })
      }
      if (flags.userSubmittedVerificationVideo !== undefined) {
        dispatch({
          type: BCDispatchAction.UPDATE_SECURE_USER_SUBMITTED_VERIFICATION_VIDEO,
          payload: [flags.userSubmittedVerificationVideo],
        })
      }

      await persistAccountFlags(flags)
    },
    [dispatch, persistAccountFlags]
  )

  /**
   * Clear account flags from state and native storage
   */
  const clearAccountFlags = useCallback(() => {
    dispatch({
      type: BCDispatchAction.UPDATE_SECURE_IS_EMAIL_VERIFIED,
      payload: [undefined],
    })
    dispatch({
      type: BCDispatchAction.UPDATE_SECURE_USER_SKIPPED_EMAIL_VERIFICATION,
      payload: [undefined],
    })
    dispatch({
      type: BCDispatchAction.UPDATE_SECURE_EMAIL_ADDRESS,
      payload: [undefined],
    })
    dispatch({
      type: BCDispatchAction.UPDATE_SECURE_TEMPORARY_EMAIL_ID,
      payload: [undefined],
    })
    dispatch({
      type: BCDispatchAction.UPDATE_SECURE_USER_SUBMITTED_VERIFICATION_VIDEO,
      payload: [undefined],
    })
  }, [dispatch])

  /**
   * Update verification request data in secure state and persist to native storage.
   * The ID is persisted as backCheckVerificationId in authorization request (matching v3).
   * The SHA is kept in memory only (not persisted, matching v3 behavior).
   */
  const updateVerificationRequest = useCallback(
    async (verificationRequestId: string | undefined, verificationRequestSha: string | null) => {
      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_VERIFICATION_REQUEST_ID,
        payload: [verificationRequestId],
      })

      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_VERIFICATION_REQUEST_SHA,
        payload: [verificationRequestSha],
      })

      try {
        // Persist ID to authorization request (SHA is not persisted in v3)
        await persistAuthorizationRequest({ backCheckVerificationId: verificationRequestId })
      } catch (error) {
        logger.warn(
          `[updateVerificationRequest] Failed to persist verification request id: ${
            error instanceof Error ? error.message : String(error)
          }`
        )
      }
    },
    [dispatch, persistAuthorizationRequest, logger]
  )

  /**
   * Update verification options in secure state and persist to native storage
   */
  const updateVerificationOptions = useCallback(
    async (verificationOptions: DeviceVerificationOption[]) => {
      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_VERIFICATION_OPTIONS,
        payload: [verificationOptions],
      })

      // Persist as space-separated string to match v3 format
      const verificationOptionsString = verificationOptions.join(' ')
      await persistAuthorizationRequest({ verificationOptions: verificationOptionsString })
    },
    [dispatch, persistAuthorizationRequest]
  )

  /**
   * Add a new evidence type to secure state and persist to native storage
   */
  const addEvidenceType = useCallback(
    async (evidenceType: EvidenceType) => {
      const updatedEvidence = [...store.bcscSecure.additionalEvidenceData, { evidenceType, metadata: [] }]

      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
        payload: [updatedEvidence],
      })

      // Persist the updated evidence data
      await persistEvidenceData(updatedEvidence)
    },
    [dispatch, persistEvidenceData, store.bcscSecure.additionalEvidenceData]
  )

  /**
   * Update evidence metadata for a specific evidence type and persist to native storage
   */
  const updateEvidenceMetadata = useCallback(
    async (evidenceType: EvidenceType, metadata: PhotoMetadata[], barcodes?: BarcodePayload[]) => {
      const updatedEvidence = store.bcscSecure.additionalEvidenceData.map((evidence) =>
        evidence.evidenceType?.evidence_type === evidenceType.evidence_type
          ? { ...evidence, metadata, barcodes }
          : evidence
      )

      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
        payload: [updatedEvidence],
      })

      await persistEvidenceData(updatedEvidence)
    },
    [dispatch, persistEvidenceData, store.bcscSecure.additionalEvidenceData]
  )

  /**
   * Update document number for a specific evidence type and persist to native storage
   */
  const updateEvidenceDocumentNumber = useCallback(
    async (evidenceType: EvidenceType, documentNumber: string) => {
      const updatedEvidence = store.bcscSecure.additionalEvidenceData.map((evidence) =>
        evidence.evidenceType?.evidence_type === evidenceType.evidence_type ? { ...evidence, documentNumber } : evidence
      )

      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
        payload: [updatedEvidence],
      })

      await persistEvidenceData(updatedEvidence)
    },
    [dispatch, persistEvidenceData, store.bcscSecure.additionalEvidenceData]
  )

  /**
   * Remove a specific evidence type from secure state
   */
  const removeEvidenceByType = useCallback(
    async (evidenceType: EvidenceType) => {
      const updatedEvidence = store.bcscSecure.additionalEvidenceData.filter(
        (evidence) => evidence.evidenceType?.evidence_type !== evidenceType.evidence_type
      )

      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
        payload: [updatedEvidence],
      })

      await persistEvidenceData(updatedEvidence)
    },
    [dispatch, persistEvidenceData, store.bcscSecure.additionalEvidenceData]
  )

  /**
   * Remove incomplete evidence entries and persist to native storage
   *
   * @param evidence Array of evidence metadata to filter and persist
   * @returns An updated list of evidence metadata with incomplete entries removed
   */
  const removeIncompleteEvidence = useCallback(
    async (evidence: EvidenceMetadata[]) => {
      if (!evidence.length) {
        return []
      }

      // Filter out incomplete evidence (those without photo metadata)
      const updatedEvidence = evidence.filter((item) => isCardEvidenceComplete(item))

      if (updatedEvidence.length === evidence.length) {
        // Only persist if there was a change to avoid unnecessary writes
        return evidence
      }

      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
        payload: [updatedEvidence],
      })

      await persistEvidenceData(updatedEvidence)

      return updatedEvidence
    },
    [dispatch, persistEvidenceData]
  )

  /**
   * Keep only the first `count` evidence entries (dropping the rest) and persist. Used when the user
   * navigates back to an evidence-type list to release the ID(s) selected from that list onward so
   * they can be picked again, while keeping the ones collected before it.
   *
   * @param evidence Current evidence metadata array
   * @param count Number of leading entries to keep
   * @returns The kept evidence metadata array
   */
  const truncateEvidence = useCallback(
    async (evidence: EvidenceMetadata[], count: number) => {
      if (evidence.length <= count) {
        return evidence
      }

      const kept = evidence.slice(0, count)
      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
        payload: [kept],
      })
      await persistEvidenceData(kept)

      return kept
    },
    [dispatch, persistEvidenceData]
  )

  /**
   * Remove abandoned evidence entries (a card was selected but no photos were ever
   * captured) and persist the result.
   *
   * Unlike {@link removeIncompleteEvidence}, this PRESERVES evidence whose photos are all
   * captured but whose document number is still pending — the state a user is in while on
   * EvidenceIDCollection. This is used during hydration (which runs on every unlock) so
   * locking the app mid-collection doesn't discard the captured photos; the user resumes
   * on EvidenceIDCollection instead of being bounced to the start of the ID flow.
   *
   * @param evidence Array of evidence metadata to filter and persist
   * @returns An updated list with abandoned (never-captured) entries removed
   */
  const removeAbandonedEvidence = useCallback(
    async (evidence: EvidenceMetadata[]) => {
      if (!evidence.length) {
        return []
      }

      const updatedEvidence = evidence.filter(
        (item) => isCardEvidenceComplete(item) || isEvidenceAwaitingDocumentNumber(item)
      )

      if (updatedEvidence.length === evidence.length) {
        // Only persist if there was a change to avoid unnecessary writes
        return evidence
      }

      dispatch({
        type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
        payload: [updatedEvidence],
      })

      await persistEvidenceData(updatedEvidence)

      return updatedEvidence
    },
    [dispatch, persistEvidenceData]
  )

  /**
   * Clear all additional evidence data and persist to native storage
   */
  const clearAdditionalEvidence = useCallback(async () => {
    // Clear evidence by persisting an empty array
    dispatch({
      type: BCDispatchAction.UPDATE_SECURE_EVIDENCE_METADATA,
      payload: [[]],
    })

    await persistEvidenceData([])
  }, [dispatch, persistEvidenceData])

  /**
   * Update a saved service bookmark status and persist to native storage.
   * Updates the in-memory store immediately, then writes through to native storage
   * to maintain v3 compatibility.
   *
   * @param clientRefId The service client_ref_id
   * @param bookmarked Whether to bookmark (true) or unbookmark (false)
   * @param metadata Optional additional metadata about the service (clientName, etc.)
   */
  const updateSavedService = useCallback(
    async (clientRefId: string, bookmarked: boolean, metadata?: Partial<NativeSavedService>) => {
      // Update in-memory store immediately
      if (bookmarked) {
        dispatch({ type: BCDispatchAction.ADD_SAVED_SERVICE, payload: [clientRefId] })
      } else {
        dispatch({ type: BCDispatchAction.REMOVE_SAVED_SERVICE, payload: [clientRefId] })
      }

      // Write through to native storage for v3 compatibility
      try {
        const existingServices = await getSavedServices()
        const existingIndex = existingServices.findIndex((s: NativeSavedService) => s.clientRefId === clientRefId)

        let updatedServices: NativeSavedService[]
        if (existingIndex >= 0) {
          // Update existing entry
          updatedServices = existingServices.map((s: NativeSavedService) =>
            s.clientRefId === clientRefId ? { ...s, ...metadata, bookmarked, lastUsed: Date.now() / 1000 } : s
          )
        } else if (bookmarked) {
          // Add new entry
          updatedServices = [
            ...existingServices,
            {
              clientRefId,
              bookmarked: true,
              dateAdded: Date.now() / 1000,
              lastUsed: Date.now() / 1000,
              ...metadata,
            },
          ]
        } else {
          // Removing a service that doesn't exist in native storage — no-op
          updatedServices = existingServices
        }

        await setSavedServices(updatedServices)
        logger.info(`Saved service ${clientRefId} ${bookmarked ? 'bookmarked' : 'unbookmarked'}`)
      } catch (error) {
        logger.error('Failed to persist saved service update:', error as Error)
      }
    },
    [dispatch, logger]
  )

  // ============================================================================
  // HYDRATION & CLEARING - Loading and clearing secure state
  // ============================================================================

  /**
   * Loads sensitive data from native secure storage and dispatches to store.
   * Call this after successful authentication.
   */
  const hydrateSecureState = useCallback(async () => {
    try {
      logger.info('Hydrating secure state from native storage...')

      // Load all data from native storage in parallel
      const [
        account,
        authRequest,
        refreshTokenObj,
        registrationAccessTokenObj,
        accessTokenObj,
        accountFlags,
        evidenceData,
        credential,
        nativeSavedServices,
      ] = await Promise.all([
        getAccount(),
        getAuthorizationRequest(),
        getToken(TokenType.Refresh),
        getToken(TokenType.Registration),
        getToken(TokenType.Access),
        getAccountFlags(),
        getEvidence(),
        getCredential(),
        getSavedServices(),
      ])

      const refreshToken = refreshTokenObj?.token
      const registrationAccessToken = registrationAccessTokenObj?.token
      const accessToken = accessTokenObj?.token

      if (!credential && refreshToken) {
        // Potential bug detected: Missing credential but refresh token exists? Log a warning for visibility, but treat as not verified to avoid false positives.
        logger.warn('[IsVerified] No credential found but refresh token exists — treating as not verified.')
      }

      let issuer = account?.issuer
      let clientID = account?.clientID

      if (account && (!issuer || !clientID)) {
        // Account is missing issuer or clientID - this prevents token refresh from working.
        // Recover from authRequest, which preserves these fields from older v3 storage during migration.
        logger.warn(
          `[hydrateSecureState] Account missing required fields: issuer=${!issuer ? 'MISSING' : 'OK'}, clientID=${!clientID ? 'MISSING' : 'OK'}. Attempting recovery from authorization request.`
        )

        if (authRequest) {
          try {
            issuer = issuer || authRequest.issuer
            clientID = clientID || authRequest.clientID

            if (issuer && clientID) {
              const securityMethod = await getAccountSecurityMethod()
              const updatedAccount = {
                ...account,
                issuer,
                clientID,
                securityMethod,
              }
              logger.info('[hydrateSecureState] Recovered issuer/clientID from authorization request; updating account')
              await setAccount(updatedAccount)
            } else {
              logger.warn(
                `[hydrateSecureState] Could not recover account fields from authorization request: issuer=${issuer ? 'OK' : 'MISSING'}, clientID=${clientID ? 'OK' : 'MISSING'}`
              )
            }
          } catch (error) {
            logger.warn(
              `[hydrateSecureState] Failed to update account with recovered values: ${error instanceof Error ? error.message : String(error)}`
            )
          }
        }
      }

      let freshTokens: TokenResponse | null = null
      // Populated when the recovery probe (or the no-match re-registration fallback) surfaces a
      // rotated registration_access_token — always persisted below when present, regardless of
      // which branch this ends up taking (RFC 7592: the reg token may rotate on GET or PUT).
      let recoveredRegistrationAccessToken: string | undefined
      if (refreshToken && apiClient && isClientReady) {
        try {
          freshTokens = await apiClient.getTokensForRefreshToken(refreshToken)
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          logger.error(`[hydrateSecureState] Failed to refresh tokens with stored refresh token: ${message}`)

          // Retries the refresh once after a recovery strategy runs, logging success/failure
          // under a consistent label. Shared by the 'recovered' and 'no_match' branches below
          // so the retry-and-log pattern isn't duplicated per strategy.
          const retryRefreshAfter = async (strategyLabel: string): Promise<TokenResponse | null> => {
            try {
              const tokens = await apiClient.getTokensForRefreshToken(refreshToken)
              logger.info(`[hydrateSecureState] token refresh succeeded after ${strategyLabel}`)
              return tokens
            } catch (retryError) {
              const retryMessage = retryError instanceof Error ? retryError.message : String(retryError)
              logger.error(`[hydrateSecureState] token refresh still failed after ${strategyLabel}: ${retryMessage}`)
              return null
            }
          }

          if (clientID && registrationAccessToken) {
            logger.info('[hydrateSecureState] Attempting key recovery in case of signing key mismatch...')
            const recovery = await performKeyRecovery(apiClient, clientID, registrationAccessToken, logger)
            recoveredRegistrationAccessToken = recovery.newRegistrationAccessToken

            if (recovery.status === 'recovered') {
              freshTokens = await retryRefreshAfter('key recovery')
            } else if (recovery.status === 'no_match') {
              logger.info(
                '[hydrateSecureState] No local key matches server jwks; attempting to re-register the newest local key...'
              )
              const reRegisterResult = await reRegisterNewestKey(
                apiClient,
                clientID,
                recoveredRegistrationAccessToken ?? registrationAccessToken,
                logger
              )
              recoveredRegistrationAccessToken =
                reRegisterResult.newRegistrationAccessToken ?? recoveredRegistrationAccessToken

              if (reRegisterResult.success) {
                freshTokens = await retryRefreshAfter('re-registration')
              } else {
                logger.warn(
                  '[hydrateSecureState] Re-registration of newest local key did not succeed; tokens remain stale.'
                )
              }
            } else {
              logger.warn('[hydrateSecureState] Key recovery did not occur or did not succeed; tokens remain stale.')
            }
          }
        }
      }

      await updateTokens({
        refreshToken: freshTokens?.refresh_token ?? refreshToken,
        registrationAccessToken: recoveredRegistrationAccessToken ?? registrationAccessToken,
        accessToken: freshTokens?.access_token ?? accessToken,
      })

      // Reconstruct userMetadata from authorizationRequest (matches IAS apps)
      let userMetadata: NonBCSCUserMetadata | undefined = undefined
      if (authRequest?.address || authRequest?.firstName || authRequest?.lastName) {
        userMetadata = {}

        if (authRequest.address) {
          const [streetAddress, streetAddress2] = (authRequest.address.streetAddress || '').split('\n')
          userMetadata.address = {
            streetAddress: streetAddress || '',
            postalCode: authRequest.address.postalCode || '',
            city: authRequest.address.locality || '',
            province: (authRequest.address.region as ProvinceCode) || 'BC',
            country: 'CA',
          }
          if (streetAddress2) {
            userMetadata.address.streetAddress2 = streetAddress2
          }
        }

        if (authRequest.firstName || authRequest.lastName) {
          userMetadata.name = {
            first: authRequest.firstName || '',
            last: authRequest.lastName || '',
            middle: authRequest.middleNames,
          }
        }
      }

      const verificationStatus = getCredentialVerificationStatus(credential)
      const verified = verificationStatus === VerificationStatus.VERIFIED

      // A verified account with no refresh token is unrecoverable
      const sessionRecoveryRequired = Boolean(verified && account && !refreshToken)

      // Extract bookmarked service IDs from native client metadata
      const savedServices = (nativeSavedServices ?? [])
        .filter((s: NativeSavedService) => s.bookmarked)
        .map((s: NativeSavedService) => s.clientRefId)

      let cleanedEvidence = evidenceData
      try {
        // Only drop abandoned selections (no photos captured). Evidence that has its photos
        // but no document number yet is in-progress collection — preserve it so a user who
        // locked the app on EvidenceIDCollection can resume there instead of losing the photo.
        cleanedEvidence = await removeAbandonedEvidence(evidenceData)
      } catch (error) {
        // If removing abandoned evidence fails, log the error but continue hydration
        logger.error('Error removing abandoned evidence during hydration:', error as Error)
      }

      const secureData: BCSCSecureState = {
        isHydrated: true,

        birthdate: authRequest?.birthdate ? new Date(authRequest.birthdate * 1000) : undefined,
        serial: authRequest?.csn,
        isEmailVerified: accountFlags.isEmailVerified || !!authRequest?.verifiedEmail,
        deviceCode: authRequest?.deviceCode,
        userCode: authRequest?.userCode,
        deviceCodeExpiresAt: authRequest?.expiry ? new Date(authRequest.expiry * 1000) : undefined,
        cardProcess: authRequest?.cardProcess,

        refreshToken,
        registrationAccessToken,
        accessToken,

        verified,
        verifiedStatus: verificationStatus,

        userSkippedEmailVerification: accountFlags.userSkippedEmailVerification,
        emailAddress: accountFlags.emailAddress ?? authRequest?.verifiedEmail,
        temporaryEmailId: accountFlags.temporaryEmailId,
        userSubmittedVerificationVideo: accountFlags.userSubmittedVerificationVideo,

        // Parse verificationOptions from space-separated string to array
        verificationOptions: authRequest?.verificationOptions
          ? (authRequest.verificationOptions.split(' ') as DeviceVerificationOption[])
          : undefined,

        verificationRequestId: authRequest?.backCheckVerificationId,
        additionalEvidenceData: cleanedEvidence,
        userMetadata,
        savedServices,

        sessionRecoveryRequired,
      }

      logger.debug(`Hydrated secure data: ${JSON.stringify(secureData, null, 2)}`)

      dispatch({
        type: BCDispatchAction.HYDRATE_SECURE_STATE,
        payload: [secureData],
      })

      logger.info('Secure state hydrated successfully')
    } catch (error) {
      logger.error('Failed to hydrate secure state:', error as Error)
      // Native read failures map to a distinct storage error (raw code preserved); an error already
      // mapped downstream (e.g. token persistence) passes through the mapper unchanged.
      throwNativeBcscError(error)
    }
  }, [logger, apiClient, isClientReady, updateTokens, removeAbandonedEvidence, dispatch])

  /**
   * Clears secure state from store (does not delete from native storage).
   * Call this on logout or app lock.
   */
  const clearSecureState = useCallback(
    (secureState?: Partial<BCSCSecureState>) => {
      logger.info('Clearing secure state from memory')
      dispatch({
        type: BCDispatchAction.CLEAR_SECURE_STATE,
        payload: [secureState],
      })
    },
    [logger, dispatch]
  )

  /**
   * Logs out the user by clearing secure state from memory and marking as not authenticated.
   * Does NOT delete persisted data from native storage.
   */
  const logout = useCallback(() => {
    logger.info('Logging out user - clearing secure state and marking as not authenticated')
    clearSecureState()
    dispatch({ type: BCDispatchAction.SET_HAS_ACCOUNT, payload: [true] })
    dispatch({
      type: DispatchAction.DID_AUTHENTICATE,
      payload: [false],
    })
  }, [logger, clearSecureState, dispatch])

  /**
   * Completely removes sensitive data from native storage.
   * Call this on account removal.
   */
  const deleteSecureData = useCallback(async () => {
    try {
      await Promise.all([
        deleteAuthorizationRequest(),
        deleteAccountFlags(),
        deleteEvidence(),
        deleteSavedServices(),
        deleteCredential(),
        deleteToken(TokenType.Refresh),
        deleteToken(TokenType.Registration),
        deleteToken(TokenType.Access),
      ])
      // doesn't throw
      await cancelVerificationReminders(logger)
      logger.info('Secure data deleted from native storage')
    } catch (error) {
      logger.error('Failed to delete secure data:', error as Error)
      throwNativeBcscError(error)
    }
  }, [logger])

  /**
   *  Deletes all verification artifacts from native storage but preserves tokens.
   *  Use this when resetting verification but not account.
   */
  const deleteVerificationData = useCallback(async () => {
    try {
      await Promise.all([deleteAuthorizationRequest(), deleteAccountFlags(), deleteEvidence(), deleteCredential()])
      // doesn't throw
      await cancelVerificationReminders(logger)
      logger.info('Verification data deleted from native storage')
    } catch (error) {
      logger.error('Failed to delete verification data:', error as Error)
      throwNativeBcscError(error)
    }
  }, [logger])

  /**
   * Deletes card info (birthdate and serial) from secure state. Does not delete from native storage.
   */
  const deleteCardInfo = useCallback(async () => {
    dispatch({ type: BCDispatchAction.UPDATE_SECURE_BIRTHDATE, payload: [undefined] })
    dispatch({ type: BCDispatchAction.UPDATE_SECURE_SERIAL, payload: [undefined] })
  }, [dispatch])

  /**
   * Handles successful authentication by updating wallet key, hydrating state, and dispatching auth success.
   * Call this after setPIN, setupDeviceSecurity, unlockWithDeviceSecurity, or verifyPIN succeeds.
   * @param walletKey wallet key (PBKDF2 hash of PIN) for Askar wallet encryption
   */
  const handleSuccessfulAuth = useCallback(
    async (walletKey?: string) => {
      await hydrateSecureState()
      updateWalletKey(walletKey)
      dispatch({ type: BCDispatchAction.SUCCESSFUL_AUTH })
    },
    [hydrateSecureState, updateWalletKey, dispatch]
  )

  return {
    // Actions
    updateTokens,
    updateUserInfo,
    updateDeviceCodes,
    clearDeviceCodes,
    clearAuthorizationRequest,
    updateCardProcess,
    updateUserMetadata,
    updateVerified,
    updateWalletKey,
    updateAccountFlags,
    clearAccountFlags,
    updateVerificationRequest,
    updateVerificationOptions,
    continueVerificationProcess,
    addEvidenceType,
    updateEvidenceMetadata,
    updateEvidenceDocumentNumber,
    removeEvidenceByType,
    removeIncompleteEvidence,
    truncateEvidence,
    removeAbandonedEvidence,
    clearAdditionalEvidence,
    updateSavedService,
    handleSuccessfulAuth,
    // Hydration & clearing
    hydrateSecureState,
    clearSecureState,
    logout,
    deleteSecureData,
    deleteVerificationData,
    deleteScannedCardData: deleteCardInfo,
  }
}

export default useSecureActions
