import { KEEP_ALIVE_INTERVAL_MS, RECONNECTION_GRACE_PERIOD_MS } from '@/constants'
import { BifoldLogger } from '@bifold/core'
import {
  callsWebrtcParticipant,
  disconnectCall,
  newCandidate,
  refreshToken,
  requestToken,
  withPin,
  withToken,
} from '@pexip/infinity-api'
import type { Result as PexipTokenResult } from '@pexip/infinity-api/dist/token/types'
import { Platform } from 'react-native'
import EventSource from 'react-native-sse'
import { mediaDevices, MediaStream, RTCIceCandidate, RTCPeerConnection } from 'react-native-webrtc'
import { RTCOfferOptions } from 'react-native-webrtc/lib/typescript/RTCUtil'
import type { ConnectionRequest, ConnectResult } from '../types/live-call'

type IceServer = {
  urls: string | string[]
  username?: string
  credential?: string
}

// WebRTC Events need handlers even if we don't do anything with some of them
const noop = () => {}

// sets up the full Pexip and WebRTC connection
export const connect = async (
  req: ConnectionRequest & {
    onRemoteStream: (mediaStream: MediaStream) => void
    onRemoteDisconnect: () => void
  },
  logger: BifoldLogger
): Promise<ConnectResult> => {
  logger.info('Requesting user media (camera and microphone)...')
  const localStream = await mediaDevices.getUserMedia({
    audio: true,
    video: {
      frameRate: 30,
      facingMode: 'user',
    },
  })

  logger.info('Requesting Pexip Infinity token...')
  let response = await requestInfinityToken(req)

  if (response.status !== 200) {
    throw new Error('Cannot establish the connection. Pexip unavailable (1):', response.status)
  }

  const tokenResult: PexipTokenResult = response.data.result
  const participantUuid = tokenResult.participant_uuid
  let currentToken = tokenResult.token

  logger.info('Creating WebRTC peer connection...')
  const peerConnection: RTCPeerConnection = await createPeerConnection(localStream, tokenResult, logger)

  let connectionEstablished = false
  let remoteStreamReceived = false
  let disconnectHandled = false
  let disconnectTimeout: NodeJS.Timeout | null = null
  let appInitiatedDisconnect = false

  const handleDisconnect = () => {
    if (disconnectHandled || appInitiatedDisconnect) {
      return
    }
    logger.info('Handling remote disconnect...')
    disconnectHandled = true
    req.onRemoteDisconnect?.()
  }

  peerConnection.addEventListener('connectionstatechange', () => {
    logger.info('Peer connection state changed', { state: peerConnection.connectionState })

    if (peerConnection.connectionState === 'connected') {
      logger.info('WebRTC connection established successfully')
      connectionEstablished = true
      if (disconnectTimeout) {
        logger.info('Clearing disconnect timeout due to successful reconnection')
        clearTimeout(disconnectTimeout)
        disconnectTimeout = null
      }
    }

    if (
      connectionEstablished &&
      remoteStreamReceived &&
      (peerConnection.connectionState === 'disconnected' ||
        peerConnection.connectionState === 'failed' ||
        peerConnection.connectionState === 'closed')
    ) {
      if (!disconnectTimeout) {
        disconnectTimeout = setTimeout(() => {
          if (
            peerConnection.connectionState === 'disconnected' ||
            peerConnection.connectionState === 'failed' ||
            peerConnection.connectionState === 'closed'
          ) {
            logger.warn('Grace period expired, triggering disconnect', { state: peerConnection.connectionState })
            handleDisconnect()
          }
        }, RECONNECTION_GRACE_PERIOD_MS)
      }
    }
  })

  peerConnection.addEventListener('icecandidateerror', noop)

  peerConnection.addEventListener('iceconnectionstatechange', () => {
    logger.info('ICE connection state changed', { state: peerConnection.iceConnectionState })

    if (
      connectionEstablished &&
      remoteStreamReceived &&
      (peerConnection.iceConnectionState === 'disconnected' ||
        peerConnection.iceConnectionState === 'failed' ||
        peerConnection.iceConnectionState === 'closed')
    ) {
      if (!disconnectTimeout) {
        disconnectTimeout = setTimeout(() => {
          if (
            peerConnection.iceConnectionState === 'disconnected' ||
            peerConnection.iceConnectionState === 'failed' ||
            peerConnection.iceConnectionState === 'closed'
          ) {
            logger.warn('ICE grace period expired, triggering disconnect', {
              iceState: peerConnection.iceConnectionState,
            })
            handleDisconnect()
          }
        }, RECONNECTION_GRACE_PERIOD_MS)
      }
    }
  })
  peerConnection.addEventListener('icegatheringstatechange', noop)
  peerConnection.addEventListener('negotiationneeded', noop)
  peerConnection.addEventListener('signalingstatechange', noop)
  peerConnection.addEventListener('track', (event) => {
    remoteStreamReceived = true
    const remoteStream = event.streams[0]
    req.onRemoteStream(remoteStream)
  })

  logger.info('Creating WebRTC offer...')
  const offer = await createOffer(peerConnection)

  logger.info('Initiating WebRTC call to Pexip...')
  response = await callToInfinity({
    nodeUrl: req.nodeUrl,
    conferenceAlias: req.conferenceAlias,
    participantUuid,
    token: currentToken,
    offer,
  })

  if (response.status !== 200) {
    throw new Error('Cannot establish the connection. Pexip unavailable (2):', response.status)
  }

  const callUuid = response.data.result.call_uuid
  logger.info('WebRTC call initiated successfully', { callUuid })
  peerConnection.addEventListener('icecandidate', (event) => {
    const iceCandidate = event.candidate
    if (iceCandidate != null) {
      logger.info('Sending ICE candidate to Pexip')
      sendCandidate({
        nodeUrl: req.nodeUrl,
        conferenceAlias: req.conferenceAlias,
        participantUuid: participantUuid,
        callUuid,
        token: currentToken,
        iceCandidate,
      })
    }
  })

  logger.info('Setting local and remote descriptions...')
  peerConnection.setLocalDescription(offer)
  peerConnection.setRemoteDescription({
    sdp: response.data.result.sdp,
    type: 'answer',
  })

  const disconnectPexip = async () => {
    logger.info('Disconnecting from Pexip call...', { callUuid })
    await disconnectCall({
      fetcher: withToken(fetch, currentToken),
      params: {
        conferenceAlias: req.conferenceAlias,
        participantUuid,
        callUuid,
      },
      host: req.nodeUrl,
    })
    logger.info('Pexip call disconnected successfully')
  }

  logger.info('Starting Pexip keep-alive timer', { intervalMs: KEEP_ALIVE_INTERVAL_MS })
  const keepAliveInterval = setInterval(async () => {
    try {
      logger.info('Refreshing Pexip token...')
      const response = await refreshToken({
        fetcher: withToken(fetch, currentToken),
        params: {
          conferenceAlias: req.conferenceAlias,
        },
        host: req.nodeUrl,
      })

      if (response.status === 200 && response.data?.result?.token) {
        currentToken = response.data.result.token
        logger.info('Pexip token refreshed successfully')
      } else {
        logger.warn('Token refresh returned non-200 response, conference likely ended', { status: response.status })
        handleDisconnect()
      }
    } catch (err) {
      // Network errors may be transient — WebRTC state changes will catch persistent issues
      logger.error('Pexip token refresh failed:', err as Error)
    }
  }, KEEP_ALIVE_INTERVAL_MS)

  const stopPexipKeepAlive = () => {
    logger.info('Stopping Pexip keep-alive timer')
    clearInterval(keepAliveInterval)
  }

  const setAppInitiatedDisconnect = (value: boolean) => {
    appInitiatedDisconnect = value
  }

  logger.info('Video call connection established successfully', {
    callUuid,
    participantUuid,
  })

  // Subscribe to Pexip server-sent events for real-time disconnect detection.
  // This provides near-instant notification when the agent ends the call or the
  // conference is terminated, rather than waiting for WebRTC state changes.
  const pexipEventsUrl = `${req.nodeUrl}/api/client/v2/conferences/${req.conferenceAlias}/events?token=${currentToken}`
  logger.info('Subscribing to Pexip server-sent events...')
  const eventSource = new EventSource<'disconnect'>(pexipEventsUrl)

  eventSource.addEventListener('disconnect', (event) => {
    let reason = 'unknown'
    try {
      reason = event.data ? (JSON.parse(event.data)?.reason ?? reason) : reason
    } catch (error) {
      // Malformed JSON in SSE payload — proceed with disconnect regardless
      logger.warn('Failed to parse Pexip disconnect event data', { data: event.data, error: error as Error })
    }
    logger.info('Pexip SSE disconnect event received', { reason })
    handleDisconnect()
  })

  eventSource.addEventListener('error', (event) => {
    // SSE errors are not fatal — WebRTC state changes and token refresh
    // serve as backup disconnect detection mechanisms
    logger.warn('Pexip SSE error', { error: event })
  })

  const closePexipEventSource = () => {
    logger.info('Closing Pexip event source...')
    eventSource.close()
  }

  const closePeerConnection = () => {
    logger.info('Closing peer connection...')
    // Prevent stale disconnect callbacks from firing
    disconnectHandled = true
    if (disconnectTimeout) {
      clearTimeout(disconnectTimeout)
      disconnectTimeout = null
    }
    peerConnection.close()
    logger.info('Peer connection closed')
  }

  const releaseLocalStream = () => {
    if (!localStream) {
      logger.warn('No local stream to release')
      return
    }

    logger.info('Releasing local stream tracks...')
    localStream.getTracks().forEach((track) => {
      track.stop()
    })

    logger.info('Local stream tracks released')
  }

  return {
    localStream,
    callUuid,
    participantUuid,
    peerConnection,
    disconnectPexip,
    stopPexipKeepAlive,
    closePexipEventSource,
    setAppInitiatedDisconnect,
    closePeerConnection,
    releaseLocalStream,
  }
}

const requestInfinityToken = async (request: ConnectionRequest): Promise<any> => {
  const { nodeUrl, conferenceAlias, displayName, pin } = request

  const response = await requestToken({
    fetcher: pin != null ? withPin(fetch, pin) : fetch,
    body: {
      display_name: displayName,
    },
    params: {
      conferenceAlias: conferenceAlias,
    },
    host: nodeUrl,
  })

  return response
}

export const buildIceServers = (tokenResult: PexipTokenResult, logger: BifoldLogger): IceServer[] => {
  const iceServers: IceServer[] = []

  // Use STUN servers from Pexip token response
  if (tokenResult.stun?.length) {
    for (const entry of tokenResult.stun) {
      iceServers.push({ urls: entry.url })
    }
  }

  // Use TURN servers from Pexip token response
  if (tokenResult.turn?.length) {
    for (const entry of tokenResult.turn) {
      iceServers.push({
        urls: entry.urls,
        username: entry.username,
        credential: entry.credential,
      })
    }
  }

  // Fallback to Google public STUN if Pexip provided nothing
  if (iceServers.length === 0) {
    logger.warn('No ICE servers from Pexip, falling back to Google public STUN')
    iceServers.push({ urls: 'stun:stun.l.google.com:19302' })
  }

  logger.info('ICE servers configured:', { count: iceServers.length })
  return iceServers
}

export const createPeerConnection = async (
  localStream: MediaStream,
  tokenResult: PexipTokenResult,
  logger: BifoldLogger
) => {
  const iceServers = buildIceServers(tokenResult, logger)
  const peerConstraints: { iceServers: IceServer[]; iceTransportPolicy?: 'all' | 'relay' } = {
    iceServers,
  }

  // On iOS, skip gathering host candidates to prevent the Local Network permission prompt.
  // 'nohost' is supported by the native libwebrtc layer in react-native-webrtc (verified in
  // RCTConvert+WebRTC.m and WebRTCModule.java) but is not exposed in the public TS types.
  // STUN reflexive (srflx) and TURN relay candidates are still gathered, so connectivity
  // works with STUN-only fallbacks too.
  if (Platform.OS === 'ios') {
    // @ts-expect-error 'nohost' is accepted by the native layer but missing from the public types.
    peerConstraints.iceTransportPolicy = 'nohost'
  }

  const peerConnection = new RTCPeerConnection(peerConstraints)
  localStream.getTracks().forEach((track) => {
    peerConnection.addTrack(track)
  })

  return peerConnection
}

const createOffer = async (peerConnection: RTCPeerConnection) => {
  const sessionConstraints: RTCOfferOptions = {
    offerToReceiveAudio: true,
    offerToReceiveVideo: true,
    voiceActivityDetection: true,
  }

  return await peerConnection.createOffer(sessionConstraints)
}

const callToInfinity = async (req: {
  nodeUrl: string
  conferenceAlias: string
  participantUuid: string
  token: string
  offer: any
}) => {
  return await callsWebrtcParticipant({
    fetcher: withToken(fetch, req.token),
    body: {
      call_type: 'WEBRTC',
      sdp: req.offer.sdp,
      media_type: 'video',
      fecc_supported: false,
    },
    params: {
      conferenceAlias: req.conferenceAlias,
      participantUuid: req.participantUuid,
    },
    host: req.nodeUrl,
  })
}

const sendCandidate = (req: {
  nodeUrl: string
  conferenceAlias: string
  participantUuid: string
  callUuid: string
  token: string
  iceCandidate: RTCIceCandidate
}) => {
  newCandidate({
    fetcher: withToken(fetch, req.token),
    body: {
      candidate: req.iceCandidate.candidate,
      mid: req.iceCandidate.sdpMid!,
    },
    params: {
      conferenceAlias: req.conferenceAlias,
      participantUuid: req.participantUuid,
      callUuid: req.callUuid,
    },
    host: req.nodeUrl,
  })
}
