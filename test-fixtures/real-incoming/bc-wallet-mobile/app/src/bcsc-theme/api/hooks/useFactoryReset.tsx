import { useBCSCAgentSafe } from '@/bcsc-theme/features/agent/BCSCAgentProvider'
import { purgeWalletStore } from '@/bcsc-theme/features/agent/services/agent-service'
import { useBCSCApiClientState } from '@/bcsc-theme/hooks/useBCSCApiClient'
import useSecureActions from '@/bcsc-theme/hooks/useSecureActions'
import { ledgerResolver } from '@/configs/ledgers/indy/ledgerResolver'
import { WALLET_ID } from '@/constants'
import { BCDispatchAction, BCSCState, BCState } from '@/store'
import { DispatchAction, TOKENS, useServices, useStore } from '@bifold/core'
import { useCallback } from 'react'
import * as BcscCore from 'react-native-bcsc-core'
import { Config } from 'react-native-config'
import useRegistrationApi from './useRegistrationApi'

type FactoryResetResult =
  | {
      success: true
    }
  | {
      success: false
      error: Error
    }

/**
 * Hook to perform a factory reset of the BCSC account and state.
 * This should get the application as close as possible to a fresh install state.
 *
 * WARNING: This is a destructive action and will result in loss of all user data and settings.
 *
 * This includes:
 *  - Deleting the IAS account associated with the current clientID from server (non-blocking if fails).
 *  - Deleting all secure data stored in native storage.
 *  - Removing the local account file.
 *  - Clearing the BCSC state in the global store.
 *  - Logging out the user by updating the authentication state.
 *
 * @returns A function that performs the factory reset when called.
 */
export const useFactoryReset = () => {
  const { client, isClientReady } = useBCSCApiClientState()
  const registration = useRegistrationApi(client, Boolean(isClientReady))
  const [store, dispatch] = useStore<BCState>()
  const [logger] = useServices([TOKENS.UTIL_LOGGER])
  const { clearSecureState, deleteSecureData } = useSecureActions()
  const agentCtx = useBCSCAgentSafe()

  /**
   * Deletes the IAS account associated with the given clientID from the server.
   *
   * @param clientID - The clientID of the account to delete.
   * @returns A promise that resolves when the deletion attempt is complete.
   */
  const deleteRegistration = useCallback(
    async (clientID: string) => {
      try {
        let registrationAccessToken = store.bcscSecure.registrationAccessToken

        if (!registrationAccessToken) {
          // Note: This allows a factory reset before secure state has been hydrated
          const nativeToken = await BcscCore.getToken(BcscCore.TokenType.Registration)
          registrationAccessToken = nativeToken?.token
        }

        if (!registrationAccessToken) {
          logger.info('FactoryReset: No registration access token found, skipping IAS account deletion')
          return
        }

        const deleteIASAccount = await registration.deleteRegistration(registrationAccessToken, clientID)

        if (!deleteIASAccount.success) {
          logger.warn('FactoryReset: Failed to delete IAS account from server')
        }
      } catch (error) {
        logger.warn('FactoryReset: Error occurred while deleting registration', { error })
      }
    },
    [logger, registration, store.bcscSecure.registrationAccessToken]
  )

  /**
   * Removes all artifacts associated with the current BCSC account.
   *
   * @returns A promise that resolves when all account dependencies have been purged.
   */
  const removeAccountArtifacts = useCallback(async () => {
    const account = await BcscCore.getAccount()

    if (account) {
      // Delete IAS account registration
      logger.info('FactoryReset: Deleting IAS account from server...')
      await deleteRegistration(account.clientID)

      // Delete secure data from native storage
      logger.info('FactoryReset: Deleting secure data from native storage...')
      await deleteSecureData()

      // Remove local account file
      logger.info('FactoryReset: Removing local account file...')
      await BcscCore.removeAccount()
    } else {
      logger.info('FactoryReset: No BCSC account found')
    }

    // Clear all remaining Keychain data
    try {
      logger.info('FactoryReset: Clearing all Keychain data...')
      await BcscCore.clearAllKeychainData()
    } catch (error) {
      const err = error as { message?: string; code?: string; userInfo?: unknown } | undefined
      logger.warn('FactoryReset: Failed to clear Keychain data', {
        message: err?.message,
        code: err?.code,
        userInfo: err?.userInfo,
      })
    }
  }, [deleteRegistration, deleteSecureData, logger])

  /**
   * Performs a factory reset of the BCSC account and state.
   *
   * @param {Partial<BCSCState>} [state] - Optional partial state to preserve during the reset
   * @returns {Promise<FactoryResetResult>} A promise that resolves to the result of the factory reset operation.
   */
  const factoryReset = useCallback(
    async (bcscState?: Partial<BCSCState>): Promise<FactoryResetResult> => {
      try {
        if (!client) {
          throw new Error('FactoryReset: BCSCApiClient is not initialized')
        }

        logger.info('FactoryReset: Starting BCSC factory reset process...')

        // Tear the agent down before clearing keys/state: if keys were cleared first,
        // re-onboarding would derive a new wallet key and the next agent init would
        // trip on the stale on-disk wallet (duplicate-store error, code 3).
        // teardownAgent shuts down before deleting (deleting first leaves the agent's
        // askar context pointing at a removed store, so its shutdown's onCloseContext
        // throws "There is no open store"), nulls the provider's agent reference, and
        // is itself best-effort/non-throwing. Both ops route through the agent-service
        // wallet-op queue, so they never race the shutdown the provider fires on
        // DID_AUTHENTICATE -> false unmount (also idempotent).
        if (agentCtx?.agent) {
          logger.info('FactoryReset: Tearing down agent and wallet store...')
          await agentCtx.teardownAgent()
        } else if (store.bcscSecure.walletKey) {
          // No live agent, but a reset may have been interrupted mid-rebuild and
          // left an on-disk store keyed with this about-to-be-cleared key. Purge
          // it via a throwaway agent (delete is by file URI) or it orphans a store
          // no future key can open, failing agent init on every later launch.
          try {
            logger.info('FactoryReset: No active agent; purging any orphaned wallet store...')
            await purgeWalletStore({
              ledgers: ledgerResolver.ledgers,
              walletSecret: { id: WALLET_ID, key: store.bcscSecure.walletKey },
              mediatorUrl: store.preferences?.selectedMediator ?? '',
              walletLabel: store.preferences?.walletName || 'BC Wallet',
              enableProxy: store.developer?.enableProxy ?? false,
              proxyBaseUrl: Config.INDY_VDR_PROXY_URL,
              logger,
            })
          } catch (err) {
            logger.warn('FactoryReset: orphaned wallet store purge failed; wallet file may persist', { error: err })
          }
        } else {
          logger.info('FactoryReset: No active agent or wallet key; skipping wallet store delete')
        }

        await removeAccountArtifacts()

        // Reset BCSC state to initial state. CLEAR_BCSC (which flips hasAccount to
        // false) must dispatch BEFORE clearSecureState (which resets bcscSecure,
        // including verifiedStatus out of IN_PROGRESS) — RootStack short-circuits to
        // OnboardingStack on `hasAccount === false` before it ever derives
        // showVerifyStack, so ordering it first prevents the transient MainStack
        // mount that let Bifold's provider tree fire storage reads against the
        // wallet store this reset just deleted.
        logger.info('FactoryReset: Clearing secure and plain BCSC state...')
        dispatch({ type: BCDispatchAction.CLEAR_BCSC, payload: bcscState ? [bcscState] : undefined })
        clearSecureState()

        client.clearTokens()

        logger.info('FactoryReset: Logging out user...')
        dispatch({ type: DispatchAction.DID_AUTHENTICATE, payload: [false] })

        // Factory reset complete
        logger.info('FactoryReset: BCSC factory reset completed successfully')
        return { success: true }
      } catch (error) {
        const factoryResetError = _formatFactoryResetError(error)
        logger.error(factoryResetError.message)

        return { success: false, error: factoryResetError }
      }
    },
    [
      removeAccountArtifacts,
      logger,
      clearSecureState,
      dispatch,
      client,
      agentCtx,
      store.bcscSecure.walletKey,
      store.preferences?.selectedMediator,
      store.preferences?.walletName,
      store.developer?.enableProxy,
    ]
  )

  return factoryReset
}

/**
 * Formats errors that occur during the factory reset process.
 *
 * @param {unknown} error - The error to format.
 * @returns {*} {Error} The formatted error.
 */
function _formatFactoryResetError(error: unknown): Error {
  if (error instanceof Error) {
    error.message = `FactoryResetError: ${error.message}`
    return error
  }

  return new Error(`FactoryResetUnknownError: ${JSON.stringify(error, null, 2)}`)
}
