import { AttestationRestrictions } from '@/constants'
import { getErrorDefinition } from '@/errors'
import {
  AbstractBifoldLogger,
  AttestationEventTypes,
  AttestationMonitor as AttestationMonitorI,
  BifoldError,
  removeExistingInvitationsById,
} from '@bifold/core'
import {
  appleAttestation,
  generateKey,
  googleAttestation,
  isPlayIntegrityAvailable,
} from '@bifold/react-native-attestation'
import { AnonCredsCredentialOffer } from '@credo-ts/anoncreds'
import { Agent } from '@credo-ts/core'
import {
  DidCommConnectionRecord,
  DidCommCredentialEventTypes,
  DidCommCredentialState,
  DidCommCredentialStateChangedEvent,
  DidCommProofEventTypes,
  DidCommProofExchangeRecord,
  DidCommProofState,
  DidCommProofStateChangedEvent,
} from '@credo-ts/didcomm'
import { BCAgent } from '@utils/bc-agent-modules'
import { credentialsMatchForProof } from '@utils/credentials'
import { AttestationRequestParams, AttestationResult, requestAttestationDrpc, requestNonceDrpc } from '@utils/drpc'
import { DeviceEventEmitter, Platform } from 'react-native'
import { getBuildNumber, getSystemName, getSystemVersion, getVersion } from 'react-native-device-info'

const defaultResponseTimeoutInMs = 10000 // DRPC response timeout

// subscription type from agent events (TODO: add type export from Credo)
type AgentSubscription = ReturnType<ReturnType<Agent['events']['observable']>['subscribe']>

export type AttestationMonitorOptions = {
  shouldHandleProofRequestAutomatically?: boolean
}

type AttestationEventTypeKeys = keyof typeof AttestationEventTypes
type AttestationEventTypeValues = (typeof AttestationEventTypes)[AttestationEventTypeKeys]
type AttestationRestrictionsType = typeof AttestationRestrictions

export interface AttestationCredentialFormat {
  attributes: {
    attestationInfo: any[]
  }
}

interface IndyRequest {
  indy: {
    requested_attributes?: {
      attestationInfo?: {
        names: string[]
        restrictions: { cred_def_id: string }[]
      }
    }
  }
}

interface AnonCredsRequest {
  anoncreds: {
    requested_attributes?: {
      attestationInfo?: {
        names: string[]
        restrictions: { cred_def_id: string }[]
      }
    }
  }
}

interface AttestationProofRequestFormat {
  request: IndyRequest & AnonCredsRequest
}

// Error codes from the central error registry for consistent tracking
const AttestationErrorCodes = {
  BadInvitation: getErrorDefinition('ATTESTATION_BAD_INVITATION').statusCode,
  ReceiveInvitationError: getErrorDefinition('ATTESTATION_CONNECTION_ERROR').statusCode,
  GeneralProofError: getErrorDefinition('ATTESTATION_GENERAL_PROOF_ERROR').statusCode,
  FailedToConnectToAttestationAgent: getErrorDefinition('ATTESTATION_CONNECTION_ERROR').statusCode,
  FailedToFetchNonceForAttestation: getErrorDefinition('ATTESTATION_NONCE_ERROR').statusCode,
  FailedToGenerateAttestation: getErrorDefinition('ATTESTATION_GENERATION_ERROR').statusCode,
  FailedToRequestAttestation: getErrorDefinition('ATTESTATION_REQUEST_ERROR').statusCode,
  FailedToValidateAttestation: getErrorDefinition('ATTESTATION_VALIDATION_ERROR').statusCode,
  IntegrityUnavailable: getErrorDefinition('ATTESTATION_INTEGRITY_UNAVAILABLE').statusCode,
  UnsupportedPlatform: getErrorDefinition('ATTESTATION_UNSUPPORTED_PLATFORM').statusCode,
} as const

type Restriction = {
  schema_id?: string
  issuer_did?: string
  cred_def_id?: string
  schema_version?: string
}

const findCredDefIDs = (restrictions: Restriction[]): string[] => {
  return restrictions.map((rstr) => rstr.cred_def_id).filter((credDefId) => credDefId !== undefined) as string[]
}

const invitationUrlFromRestrictions = async (
  proof: DidCommProofExchangeRecord,
  agent: BCAgent,
  restrictions: AttestationRestrictionsType
): Promise<string | undefined> => {
  const format = (await agent.didcomm.proofs.getFormatData(proof.id)) as AttestationProofRequestFormat
  const formatToUse = format.request?.anoncreds ? 'anoncreds' : 'indy'
  const restrictionsArePresent = format.request?.[formatToUse]?.requested_attributes?.attestationInfo?.restrictions

  if (!formatToUse || !restrictionsArePresent) {
    return undefined
  }

  const pRestrictions = format.request?.[formatToUse]?.requested_attributes?.attestationInfo?.restrictions
  const cred_def_ids = findCredDefIDs(pRestrictions as Restriction[])

  for (const env in restrictions) {
    for (const credDefId of cred_def_ids) {
      if (restrictions[env].credDefIDs.includes(credDefId)) {
        return restrictions[env].invitationUrl
      }
    }
  }

  return undefined
}

export const isProofRequestingAttestation = async (
  proof: DidCommProofExchangeRecord,
  agent: BCAgent,
  restrictions: AttestationRestrictionsType
): Promise<boolean> => {
  return (await invitationUrlFromRestrictions(proof, agent, restrictions)) !== undefined
}

export const allCredDefIds = (restrictions: AttestationRestrictionsType): string[] => {
  const allCredDefIds: string[] = []

  for (const env in restrictions) {
    allCredDefIds.push(...restrictions[env].credDefIDs)
  }

  return allCredDefIds
}

export const isOfferingAttestation = (credDefId: string, restrictions: AttestationRestrictionsType) => {
  return allCredDefIds(restrictions).includes(credDefId)
}

/**
 * No-op AttestationMonitor for builds where device attestation is not required
 */
export const noOpAttestationMonitor = (): AttestationMonitorI => ({
  attestationWorkflowInProgress: false,
  shouldHandleProofRequestAutomatically: false,
  start: () => {},
  stop: () => {},
  requestAttestationCredential: async () => {},
})

export class AttestationMonitor implements AttestationMonitorI {
  private proofSubscription?: AgentSubscription
  private offerSubscription?: AgentSubscription
  private agent?: BCAgent
  private options: AttestationMonitorOptions
  private log?: AbstractBifoldLogger
  private _attestationWorkflowInProgress = false
  private _shouldHandleProofRequestAutomatically = false
  private _proofRequest?: DidCommProofExchangeRecord
  // private _currentWorkflowState?: typeof AttestationEventTypes

  // take in options, agent, and logger. Options should include the attestation service URL
  // and the proof to watch for along with the cred_ef_id of the attestation credentials.
  public constructor(logger: AbstractBifoldLogger, options: AttestationMonitorOptions) {
    this.log = logger
    this.options = options
    const { shouldHandleProofRequestAutomatically } = options
    this._shouldHandleProofRequestAutomatically = shouldHandleProofRequestAutomatically ?? false
  }

  public get attestationWorkflowInProgress() {
    return this._attestationWorkflowInProgress
  }

  public set shouldHandleProofRequestAutomatically(value: boolean) {
    this._shouldHandleProofRequestAutomatically = value
  }

  public get shouldHandleProofRequestAutomatically() {
    return this._shouldHandleProofRequestAutomatically
  }

  public start(agent: BCAgent): void {
    this.agent = agent

    this.proofSubscription = this.agent?.events
      .observable<DidCommProofStateChangedEvent>(DidCommProofEventTypes.ProofStateChanged)
      .subscribe(this.handleProofStateChanged)

    this.offerSubscription = this.agent?.events
      .observable<DidCommCredentialStateChangedEvent>(DidCommCredentialEventTypes.DidCommCredentialStateChanged)
      .subscribe(this.handleCredentialStateChanged)
  }

  public stop(): void {
    this.proofSubscription?.unsubscribe()
    this.offerSubscription?.unsubscribe()
  }

  public requestAttestationCredential = async (): Promise<void> => {
    if (!this.agent || !this._proofRequest) {
      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'The agent cannot be undefined.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    this.log?.info('Fetching attestation credential')

    this.startWorkflow()

    try {
      const invitationUrl = await invitationUrlFromRestrictions(this._proofRequest, this.agent, AttestationRestrictions)
      if (!invitationUrl) {
        throw new BifoldError(
          'Attestation Service',
          'Unable to connect to the attestation service.',
          'No details provided.',
          AttestationErrorCodes.FailedToConnectToAttestationAgent
        )
      }

      const connection = await this.connectToAttestationAgent(invitationUrl)
      if (!connection) {
        throw new BifoldError(
          'Attestation Service',
          'Unable to connect to the attestation service.',
          'No details provided.',
          AttestationErrorCodes.FailedToConnectToAttestationAgent
        )
      }

      const nonce = await this.fetchNonceForAttestation(connection)
      if (!nonce) {
        throw new BifoldError(
          'Attestation Service',
          'There was a problem with the attestation service.',
          'No details provided.',
          AttestationErrorCodes.FailedToFetchNonceForAttestation
        )
      }

      const attestationObj = await this.generateAttestation(nonce)
      if (!attestationObj) {
        throw new BifoldError(
          'Attestation Service',
          'There was a problem with the attestation service.',
          'No details provided.',
          AttestationErrorCodes.FailedToGenerateAttestation
        )
      }

      const result = await this.requestAttestation(connection, attestationObj)
      if (result.status !== 'success') {
        throw new BifoldError(
          'Attestation Service',
          'There was a problem with the attestation service.',
          'No details provided.',
          AttestationErrorCodes.FailedToValidateAttestation
        )
      }
    } catch (error) {
      this.log?.error('Failed to fetch attestation credential', error as Error)

      this.stopWorkflow(AttestationEventTypes.FailedRequestCredential, error as Error)
    }
  }

  private startWorkflow = () => {
    this._attestationWorkflowInProgress = true
    DeviceEventEmitter.emit(AttestationEventTypes.Started)
  }

  private stopWorkflow = (eventType: AttestationEventTypeValues, error?: Error) => {
    this._attestationWorkflowInProgress = false
    this._proofRequest = undefined
    DeviceEventEmitter.emit(eventType, error)
  }

  private readonly handleProofRequest = async (proofRequest: DidCommProofExchangeRecord): Promise<boolean> => {
    if (!this.agent) {
      return false
    }

    this.log?.info('Selecting credentials for attestation proof request')
    // This will throw if we don't have the necessary credentials
    const credentials = await this.agent.didcomm.proofs.selectCredentialsForRequest({
      proofExchangeRecordId: proofRequest.id,
    })

    this.log?.info('Accepting attestation proof request')
    await this.agent.didcomm.proofs.acceptRequest({
      proofExchangeRecordId: proofRequest.id,
      proofFormats: credentials.proofFormats,
    })

    return true
  }

  private readonly handleCredentialStateChanged = async (event: DidCommCredentialStateChangedEvent) => {
    if (!this.agent) {
      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'The agent cannot be undefined.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    const credential = event.payload.credentialExchangeRecord
    this.log?.info('Handling credential offer')

    try {
      const { offer } = await this.agent.didcomm.credentials.getFormatData(credential.id)
      const offerData = (offer?.anoncreds ?? offer?.indy) as AnonCredsCredentialOffer

      // do nothing if not an attestation credential
      const offerIsForAttestation = await isOfferingAttestation(offerData?.cred_def_id ?? '', AttestationRestrictions)
      if (!offerIsForAttestation) {
        return
      }

      // if it's a new offer, automatically accept
      if (credential.state === DidCommCredentialState.OfferReceived) {
        this.log?.info('Accepting credential offer')
        await this.agent.didcomm.credentials.acceptOffer({
          credentialExchangeRecordId: credential.id,
        })
      }

      // only finish loading state once credential is fully accepted
      if (credential.state === DidCommCredentialState.Done) {
        this.log?.info('Credential accepted')

        if (this._shouldHandleProofRequestAutomatically && this._proofRequest) {
          if (this._proofRequest.state === DidCommProofState.RequestReceived) {
            const result = await this.handleProofRequest(this._proofRequest)
            if (result) {
              this.stopWorkflow(AttestationEventTypes.Completed)
            }
          } else {
            this.stopWorkflow(AttestationEventTypes.Completed)
          }
        }
      }
    } catch (error) {
      this.log?.error('Failed to handle credential offer', error as Error)

      this.stopWorkflow(AttestationEventTypes.FailedHandleOffer, error as Error)
    }
  }

  private readonly handleProofStateChanged = async (event: DidCommProofStateChangedEvent) => {
    if (!this.agent) {
      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'The agent cannot be undefined.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    const proof = event.payload.proofRecord
    this.log?.info('Handling proof received')

    if (proof.state !== DidCommProofState.RequestReceived) {
      return
    }
    this.log?.info('Checking if proof is requesting attestation')

    try {
      // 1. Is the proof requesting an attestation credential
      const isAttestation = await isProofRequestingAttestation(proof, this.agent, AttestationRestrictions)
      if (!isAttestation) {
        return
      }

      this.log?.info('Proof is requesting attestation')

      if (this._shouldHandleProofRequestAutomatically) {
        this._proofRequest = proof

        this.startWorkflow()
      }

      // 2. Does the wallet have a valid attestation credential that will
      // satisfy the proof request?
      const required = await this.attestationCredentialRequired(this.agent, proof.id)

      // 3. If yes, do nothing
      if (!required) {
        this.log?.info('Valid credentials already exist, checking automatic handling')

        if (this._shouldHandleProofRequestAutomatically && this._proofRequest) {
          this.log?.info('Handling proof request automatically')

          const result = await this.handleProofRequest(proof)
          if (result) {
            this.stopWorkflow(AttestationEventTypes.Completed)
          }
        }

        return
      }

      // 4. If no, get a new attestation credential
      await this.requestAttestationCredential()
    } catch (error) {
      this.log?.error('Failed to handle proof', error as Error)

      this.stopWorkflow(AttestationEventTypes.FailedHandleProof, error as Error)
    }
  }

  private async connectToAttestationAgent(invitationUrl: string): Promise<DidCommConnectionRecord | undefined> {
    if (!this.agent) {
      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'The agent cannot be undefined.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    const invite = await this.agent.didcomm.oob.parseInvitation(invitationUrl)

    if (!invite) {
      this.log?.error('Unable to parse attestation agent invitation')

      throw new BifoldError(
        'Attestation Service',
        'Unable to parse the attestation agent invitation',
        'No details provided.',
        AttestationErrorCodes.BadInvitation
      )
    }

    this.log?.info('Removing any existing duplicate invitations if they exist')
    await removeExistingInvitationsById(this.agent as Agent, invite.id)

    this.log?.info('Receiving invitation')
    const { connectionRecord } = await this.agent.didcomm.oob.receiveInvitation(invite, {
      label: 'Attestation Service',
    })
    if (!connectionRecord) {
      throw new BifoldError(
        'Attestation Service',
        'Unable to accept attestation agent invitation',
        'No details provided.',
        AttestationErrorCodes.BadInvitation
      )
    }

    // this step will fail if there is more than one active connection record between a given wallet and
    // the traction instance which is why we need to `removeExistingInvitationsById` above
    return await this.agent.didcomm.connections.returnWhenIsConnected(connectionRecord.id)
  }

  private async fetchNonceForAttestation(connection: DidCommConnectionRecord): Promise<string> {
    if (!this.agent) {
      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'The agent cannot be undefined.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    this.log?.info('Requesting nonce from controller')

    const requestNonceCb = await requestNonceDrpc(this.agent, connection)
    const nonceResponse = await requestNonceCb(defaultResponseTimeoutInMs)

    if (!nonceResponse) {
      this.log?.error('Failed to fetch nonce for attestation, code = none, reason = timeout occurred.')

      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'Timeout occurred.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    this.log?.info('DRPC nonce response received')

    if (nonceResponse.error) {
      this.log?.error(
        `Failed to fetch nonce for attestation, code = ${nonceResponse.error.code}, reason = ${nonceResponse.error.message}`
      )

      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        nonceResponse.error.message ?? 'No details provided.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    const nonce = nonceResponse.result.nonce

    return nonce
  }

  private async requestAttestation(
    connection: DidCommConnectionRecord,
    attestationObj: AttestationRequestParams
  ): Promise<AttestationResult> {
    if (!this.agent) {
      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'No details provided.',
        AttestationErrorCodes.FailedToFetchNonceForAttestation
      )
    }

    this.log?.info('Requesting attestation credential from controller')

    const requestAttestationCb = await requestAttestationDrpc(this.agent, connection, attestationObj)
    const attestationResponse = await requestAttestationCb(defaultResponseTimeoutInMs)

    if (!attestationResponse) {
      this.log?.error('Failed to request attestation, code = none, reason = timeout occurred.')

      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        'Timeout occurred.',
        AttestationErrorCodes.FailedToRequestAttestation
      )
    }

    this.log?.info('DRPC attestation response received')

    if (attestationResponse.error) {
      this.log?.error(
        `Failed to request attestation, code = ${attestationResponse.error.code}, reason = ${attestationResponse.error.message}`
      )

      throw new BifoldError(
        'Attestation Service',
        'There was a problem with the remote attestation service.',
        attestationResponse.error.message ?? 'No details provided.',
        AttestationErrorCodes.FailedToRequestAttestation
      )
    }

    return attestationResponse.result
  }

  private commonAttestationMessageComponent() {
    const common: Partial<AttestationRequestParams> = {
      app_version: `${getVersion()}-${getBuildNumber()}`,
      os_version: `${getSystemName()} ${getSystemVersion()}`,
    }

    return common
  }

  private async generateAttestation(nonce: string) {
    switch (Platform.OS) {
      case 'ios':
        return this.generateAppleAttestation(nonce)
      case 'android':
        return this.generateGoogleAttestation(nonce)

      default:
        throw new BifoldError(
          'Unsupported Platform',
          'Device attestation is not supported on this platform.',
          `Platform "${Platform.OS}" is not supported for attestation.`,
          AttestationErrorCodes.UnsupportedPlatform
        )
    }
  }

  private async generateAppleAttestation(nonce: string) {
    const common = this.commonAttestationMessageComponent()
    const shouldCacheKey = false

    this.log?.info('Generating key for Apple')
    const keyId = await generateKey(shouldCacheKey)

    this.log?.info('Using Apple on-device attestation')
    const attestationAsBuffer = await appleAttestation(keyId, nonce)
    const attestationRequest = {
      ...common,
      platform: 'apple',
      key_id: keyId,
      attestation_object: attestationAsBuffer.toString('base64'),
    } as AttestationRequestParams

    this.log?.info('On-device Apple attestation complete')

    return attestationRequest
  }

  private async generateGoogleAttestation(nonce: string) {
    const common = this.commonAttestationMessageComponent()

    this.log?.info('Checking if Play Integrity is available')

    const available = await isPlayIntegrityAvailable()
    if (!available) {
      this.log?.error('Google Play Integrity is unavailable')

      const error = new BifoldError(
        'Google Play Integrity Unavailable',
        'Google Play Integrity is required for device attestation but is not available on this device.',
        'The device attestation process cannot be completed without Google Play Integrity services.',
        AttestationErrorCodes.IntegrityUnavailable
      )

      throw error
    } else {
      this.log?.info('Google Play Integrity is available')
    }

    this.log?.info('Using Google on-device attestation')

    let tokenString: string
    try {
      tokenString = await googleAttestation(nonce)
    } catch (error) {
      const bifoldError = new BifoldError(
        'Google Attestation Error',
        'There was a problem with the Google Integrity API.',
        (error as Error)?.message || 'No details provided.',
        AttestationErrorCodes.IntegrityUnavailable
      )
      throw bifoldError
    }
    const attestationRequest = {
      ...common,
      platform: 'google',
      attestation_object: tokenString,
    } as AttestationRequestParams
    this.log?.info('On-device Google attestation complete')

    return attestationRequest
  }

  private readonly attestationCredentialRequired = async (agent: BCAgent, proofId: string): Promise<boolean> => {
    agent.config.logger.info('Fetching proof by id')
    const proof = await agent?.didcomm.proofs.getById(proofId)
    agent.config.logger.info('Second check if proof is requesting attestation')

    agent.config.logger.info('Checking if credentials match for proof request')
    const credentials = await credentialsMatchForProof(agent, proof.id)

    if (!credentials) {
      return true
    }

    // TODO:(jl) Should we be checking the length of the attributes matches some
    // expected length in the proof request?
    const format = (credentials.proofFormats.anoncreds ?? credentials.proofFormats.indy) as AttestationCredentialFormat
    if (format) {
      return format.attributes.attestationInfo.length === 0
    }

    return false
  }
}
