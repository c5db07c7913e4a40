import useSecureActions from '@/bcsc-theme/hooks/useSecureActions'
import { getAttestationErrorLogContext } from '@/bcsc-theme/utils/attestation'
import { modulusInSet, normalizeModulus } from '@/bcsc-theme/utils/jwk-modulus'
import { throwNativeBcscError } from '@/bcsc-theme/utils/native-error-map'
import { getNotificationTokens } from '@/bcsc-theme/utils/push-notification-tokens'
import { AppError, ErrorRegistry } from '@/errors'
import { BifoldLogger, TOKENS, useServices } from '@bifold/core'
import { getAppStoreReceipt, googleAttestation } from '@bifold/react-native-attestation'
import { useCallback, useMemo } from 'react'
import { Platform } from 'react-native'
import {
  AccountSecurityMethod,
  getAccount,
  getAccountSecurityMethod,
  getDeviceId,
  getDynamicClientRegistrationBody,
  isAccountRegistered,
  setAccount,
} from 'react-native-bcsc-core'
import BCSCApiClient from '../client'
import { withAccount } from './withAccountGuard'

export interface RegistrationResponseData {
  client_id: string
  client_id_issued_at: number
  registration_access_token: string
  registration_client_uri: string
  redirect_uris: string[]
  client_name: string
  token_endpoint_auth_method: string
  scope: string
  grant_types: string[]
  response_types: string[]
  jwks: {
    keys: Array<{
      kty: string
      e: string
      kid: string
      alg: string
      n: string
    }>
  }
  request_object_signing_alg: string
  userinfo_signed_response_alg: string
  userinfo_encrypted_response_alg: string
  userinfo_encrypted_response_enc: string
  id_token_signed_response_alg: string
  id_token_encrypted_response_alg: string
  id_token_encrypted_response_enc: string
  token_endpoint_auth_signing_alg: string
  default_max_age: number
  require_auth_time: boolean
  default_acr_values: string[]
}

export interface NonceResponseData {
  nonce: string
}

export type RegistrationApi = ReturnType<typeof useRegistrationApi>

/**
 * Confirms the signing key sent during INITIAL client registration actually landed in the
 * server's echoed jwks, matched on modulus bytes (never kid — see jwk-modulus.ts).
 *
 * Scoped to createRegistration only — NOT called from updateRegistration. This isn't because
 * only one key can ever exist at that point (a corrupted-key self-heal inside the native DCR
 * body builder can mint a replacement even on an update call): it's a deliberate scope
 * decision from issue #4166 ("We only need to check the new key is sent on initial
 * registration and it matches ... AND the recovery (healing) mechanics for people who upgrade
 * from previous versions"). Confirming updateRegistration's key too was explicitly out of
 * scope; the separate key-recovery flow (key-recovery.ts) is what catches a desync from any
 * cause, on the next hydration.
 *
 * Hard-fails (throws AppError ERR_121) only on a DEFINITE mismatch: the sent modulus decodes,
 * the server returned at least one decodable modulus, and the sent modulus isn't among them.
 * An unparseable/empty side (a server- or body-shape surprise, not a confirmed desync) is
 * logged and treated as pass-through so setup is never bricked by a parsing edge case.
 */
function confirmRegisteredKey(body: string, data: RegistrationResponseData, logger: BifoldLogger): void {
  let sentN: string | undefined
  try {
    const parsedBody = JSON.parse(body) as { jwks?: { keys?: Array<{ n?: string }> } }
    sentN = parsedBody.jwks?.keys?.[0]?.n
  } catch (error) {
    logger.warn(
      `[RegistrationApi] Could not parse sent registration body to confirm signing key, proceeding: ${
        error instanceof Error ? error.message : String(error)
      }`
    )
    return
  }

  const serverNs = (data.jwks?.keys ?? []).map((key) => key?.n)
  const sentModulus = normalizeModulus(sentN)
  const hasDecodableServerModulus = serverNs.some((n) => normalizeModulus(n) !== null)

  if (!sentModulus || !hasDecodableServerModulus) {
    logger.warn(
      '[RegistrationApi] Could not confirm signing key registration — sent or server jwks unparseable/empty; proceeding'
    )
    return
  }

  if (!modulusInSet(sentN, serverNs)) {
    logger.error(
      '[RegistrationApi] Sent signing key modulus was not found in the server-confirmed jwks after initial registration'
    )
    throw AppError.fromErrorDefinition(ErrorRegistry.REGISTRATION_KEY_NOT_CONFIRMED)
  }

  logger.info('[RegistrationApi] Confirmed sent signing key modulus is present in server jwks')
}

// The registration API is a special case because it gets called during initialization,
// so its params are adjusted to account for an api client that may not be ready yet
const useRegistrationApi = (apiClient: BCSCApiClient | null, isClientReady: boolean = true) => {
  const [logger] = useServices([TOKENS.UTIL_LOGGER])
  const { updateTokens } = useSecureActions()
  /**
   * Retrieves platform-specific attestation for device verification.
   *
   * On iOS, fetches App Store receipt. On Android, obtains nonce from server
   * and generates Play Integrity attestation. Attestation failures are logged
   * but non-blocking as per BCSC v3/v4 phase 1 specifications.
   *
   * @returns Promise resolving to attestation string or null if failed
   * @throws Error if BCSC client is not ready
   */
  const getAttestation = useCallback(async (): Promise<string | null> => {
    if (!isClientReady || !apiClient) {
      throw new Error('BCSC client not ready for attestation')
    }

    logger.info(`Attempting attestation for registration on ${Platform.OS}`)
    let attestation: string | null = null
    try {
      if (Platform.OS === 'ios') {
        attestation = await getAppStoreReceipt()
        logger.debug('iOS App Store Receipt attestation complete')
      } else if (Platform.OS === 'android') {
        const deviceId = await getDeviceId()
        const {
          data: { nonce },
        } = await apiClient.post<NonceResponseData>(
          `${apiClient.baseURL}/device/nonces/${Platform.OS}`,
          {
            device_id: deviceId,
          },
          {
            skipBearerAuth: true,
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          }
        )
        logger.debug('Received nonce for Android Play Integrity attestation')
        attestation = await googleAttestation(nonce)
        logger.debug('Android Play Integrity attestation complete')
      }
    } catch (err) {
      // attestation in BCSC v3 (and v4 phase 1) is non-blocking, so we log and continue
      const context = getAttestationErrorLogContext(err)
      logger.warn(
        `Failed to generate ${Platform.OS} registration attestation [${context.errorCode ?? 'unknown'}]`,
        context
      )
    }
    return attestation
  }, [apiClient, isClientReady, logger])

  /**
   * Registers a new BCSC client with dynamic client registration.
   *
   * In most cases, you will want to check for an existing account before calling this function to avoid unecessary registrations.
   * @see {@link register} for a registration function that includes an account existence check.
   *
   * Generates attestation, fetches notification tokens, creates registration body,
   * and submits to BCSC. Stores returned client credentials and updates local account storage.
   *
   * @throws Error if BCSC client is not ready or registration fails
   * @throws AppError with code `ERR_120_TOJSON_METHOD_FAILURE` if JSON serialization of registration body fails
   * @throws AppError with code `ERR_120_TOJSONSTRING_METHOD_FAILURE` if device info JWT serialization fails
   * @throws AppError with code `ERR_120_KEYCHAIN_KEY_EXISTS_ERROR` if keychain key already exists
   * @throws AppError with code `ERR_120_KEYCHAIN_KEY_DOESNT_EXIST_ERROR` if keychain key not found
   * @throws AppError with code `ERR_120_KEYCHAIN_KEY_GENERATION_ERROR` if keypair generation fails
   * @throws AppError with code `ERR_120_JWT_DEVICE_INFO_ERROR` if device info JWT creation fails
   * @throws AppError with code `DCR_BODY_BUILD_FAILED` (or `UNMAPPED_NATIVE_ERROR` for unmapped native codes) if building the registration body fails
   * @throws AppError with code `ERR_102_CLIENT_REGISTRATION_UNEXPECTEDLY_NULL` if registration response is null
   * @throws AppError with code `ERR_115_FAILED_TO_SERIALIZE_JSON` if native JSON serialization fails
   * @throws AppError with code `ERR_121_REGISTRATION_KEY_NOT_CONFIRMED` if the sent signing key's modulus is
   *   definitively absent from the server's echoed jwks (see {@link confirmRegisteredKey})
   *
   * @returns Promise resolving to registration response data or void if account exists
   */
  const createRegistration = useCallback(
    async (securityMethod: AccountSecurityMethod) => {
      if (!isClientReady || !apiClient) {
        throw new Error('BCSC client not ready for registration')
      }

      const [attestation, { fcmDeviceToken, deviceToken }] = await Promise.all([
        getAttestation(),
        getNotificationTokens(logger),
      ])

      const body = await getDynamicClientRegistrationBody(fcmDeviceToken, deviceToken, attestation).catch((error) =>
        throwNativeBcscError(error)
      )

      if (!body) {
        throw AppError.fromErrorDefinition(ErrorRegistry.CLIENT_REGISTRATION_NULL)
      }

      logger.info('Generated dynamic client registration body')

      const { data } = await apiClient.post<RegistrationResponseData>(apiClient.endpoints.registration, body, {
        skipBearerAuth: true,
      })

      logger.info('Completed registration request')

      confirmRegisteredKey(body, data, logger)

      await setAccount({
        clientID: data.client_id,
        issuer: apiClient.endpoints.issuer,
        securityMethod,
      })

      logger.info(`Account set with clientID: ${data.client_id}`)

      await updateTokens({
        registrationAccessToken: data.registration_access_token,
      })

      logger.info('Registration access token saved to storage')

      return data
    },
    [isClientReady, apiClient, logger, getAttestation, updateTokens]
  )

  /**
   * Registers a new BCSC client if no existing account is found, otherwise skips registration.
   *
   * FIXME (MD): This might be better in `useRegistrationService` since it includes the account guard.
   * Putting this here to prevent breaking tests.
   *
   * @param securityMethod - The account security method to use for registration
   * @returns Promise resolving to registration response data or void if account exists
   */
  const register = useCallback(
    async (securityMethod: AccountSecurityMethod) => {
      const account = await getAccount()
      // If an account already exists, we don't need to register again
      if (isAccountRegistered(account)) {
        logger.info('[RegistrationService] Account already exists, skipping registration')
        return
      }

      return createRegistration(securityMethod)
    },
    [createRegistration, logger]
  )

  /**
   * Updates an existing BCSC client registration with new nickname and attestation.
   *
   * Requires valid registration access token and nickname. Generates fresh attestation
   * and notification tokens, then submits PUT request to update client registration.
   * Updates local account storage with new credentials.
   *
   * @throws Error if client not ready, missing parameters, or update fails
   * @throws AppError with code `ERR_120_TOJSON_METHOD_FAILURE` if JSON serialization of registration body fails
   * @throws AppError with code `ERR_120_TOJSONSTRING_METHOD_FAILURE` if device info JWT serialization fails
   * @throws AppError with code `ERR_120_KEYCHAIN_KEY_EXISTS_ERROR` if keychain key already exists
   * @throws AppError with code `ERR_120_KEYCHAIN_KEY_DOESNT_EXIST_ERROR` if keychain key not found
   * @throws AppError with code `ERR_120_KEYCHAIN_KEY_GENERATION_ERROR` if keypair generation fails
   * @throws AppError with code `ERR_120_JWT_DEVICE_INFO_ERROR` if device info JWT creation fails
   * @throws AppError with code `DCR_BODY_BUILD_FAILED` (or `UNMAPPED_NATIVE_ERROR` for unmapped native codes) if building the registration body fails
   * @throws AppError with code `ERR_102_CLIENT_REGISTRATION_UNEXPECTEDLY_NULL` if registration response is null
   * @throws AppError with code `ERR_109_FAILED_TO_DESERIALIZE_JSON` if response body cannot be parsed as JSON
   * @throws AppError with code `ERR_115_FAILED_TO_SERIALIZE_JSON` if native JSON serialization fails
   *
   * @param registrationAccessToken - Bearer token for registration endpoint access
   * @param selectedNickname - New client name/nickname to set
   * @returns Promise resolving to updated registration response data
   */
  const updateRegistration = useCallback(
    async (registrationAccessToken: string | undefined, selectedNickname: string | undefined) => {
      return withAccount(async (account) => {
        if (!isClientReady || !apiClient) {
          throw new Error('BCSC client not ready for registration update')
        }

        if (!registrationAccessToken) {
          throw new Error('No registration access token found for registration update')
        }

        if (!selectedNickname) {
          throw new Error('No client name found for registration update')
        }

        const [attestation, { fcmDeviceToken, deviceToken }] = await Promise.all([
          getAttestation(),
          getNotificationTokens(logger),
        ])

        const body = await getDynamicClientRegistrationBody(
          fcmDeviceToken,
          deviceToken,
          attestation,
          selectedNickname
        ).catch((error) => throwNativeBcscError(error))

        if (!body) {
          throw AppError.fromErrorDefinition(ErrorRegistry.CLIENT_REGISTRATION_NULL)
        }

        // Deserialize the body and add required fields for the update request (client_id and scope)
        let updatePayload
        try {
          updatePayload = body ? JSON.parse(body) : body
          // Add required fields for PUT request: client_id and scope. Scope mirrors
          // useAuthorizationApi.tsx's IAS_SCOPE and key-recovery.ts's reRegisterNewestKey —
          // keep all three in sync if it ever changes.
          updatePayload.client_id = account.clientID
          updatePayload.scope = 'openid profile email address offline_access'
        } catch (error) {
          throw AppError.fromErrorDefinition(ErrorRegistry.DESERIALIZE_JSON_ERROR, { cause: error })
        }

        let updatedRegistrationData: RegistrationResponseData | null = null
        try {
          const { data } = await apiClient.put<RegistrationResponseData>(
            `${apiClient.endpoints.registration}/${account.clientID}`,
            updatePayload,
            {
              skipBearerAuth: true,
              headers: {
                Authorization: `Bearer ${registrationAccessToken}`,
              },
            }
          )

          updatedRegistrationData = data
        } catch (error) {
          const errMessage = error instanceof Error ? error.message : String(error)
          logger.error(`Failed to update registration: ${errMessage}`)
          throw error
        }

        logger.info('Completed registration update request')
        try {
          const securityMethod = await getAccountSecurityMethod()

          await setAccount({
            clientID: updatedRegistrationData?.client_id,
            issuer: apiClient.endpoints.issuer,
            securityMethod,
            nickname: selectedNickname,
            didPostNicknameToServer: true,
          })

          await updateTokens({
            registrationAccessToken: updatedRegistrationData.registration_access_token,
          })
        } catch (error) {
          const errMessage = error instanceof Error ? error.message : String(error)
          logger.error(`Failed to store updated registration data: ${errMessage}`)
        }

        return updatedRegistrationData
      })
    },
    [isClientReady, apiClient, logger, getAttestation, updateTokens]
  )

  /**
   * Deletes a BCSC client registration from the server.
   *
   * Sends a DELETE request to the registration endpoint using the provided
   * registration access token. Returns success status based on HTTP response code.
   *
   * @param registrationAccessToken - Registration access token to use for the request
   * @param clientId - The client ID to delete from BCSC server
   * @returns Promise resolving to object with success boolean (true for 2xx status)
   * @throws Error if BCSC client is not ready
   */
  const deleteRegistration = useCallback(
    async (registrationAccessToken: string, clientId: string) => {
      if (!isClientReady || !apiClient) {
        throw new Error('BCSC client not ready for registration deletion')
      }

      const { status } = await apiClient.delete(`${apiClient.endpoints.registration}/${clientId}`, {
        skipBearerAuth: true,
        headers: {
          Authorization: `Bearer ${registrationAccessToken}`,
        },
      })

      // 200 level status codes indicate success
      return { success: status > 199 && status < 300 }
    },
    [isClientReady, apiClient]
  )

  return useMemo(
    () => ({
      register,
      createRegistration,
      updateRegistration,
      deleteRegistration,
    }),
    [register, createRegistration, updateRegistration, deleteRegistration]
  )
}

export default useRegistrationApi
