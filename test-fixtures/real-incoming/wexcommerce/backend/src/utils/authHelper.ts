import { Request } from 'express'
import * as jose from 'jose'
import bcrypt from 'bcrypt'
import axios from 'axios'
import { OAuth2Client } from 'google-auth-library'
import * as wexcommerceTypes from ':wexcommerce-types'
import * as helper from './helper'
import * as env from '../config/env.config'
import * as logger from '../utils/logger'

const jwtSecret = new TextEncoder().encode(env.JWT_SECRET)
const jwtAlg = 'HS256'

export type SessionData = {
  id: string
}

/**
 * Sign and return the JWT.
 *
 * @async
 * @param {SessionData} payload
 * @param {?boolean} [stayConnected]
 * @returns {Promise<string>}
 */
export const encryptJWT = async (payload: SessionData, stayConnected?: boolean) => {
  const jwt = await new jose.SignJWT(payload)
    .setProtectedHeader({ alg: jwtAlg })
    .setIssuedAt()

  if (!stayConnected) {
    jwt.setExpirationTime(`${env.JWT_EXPIRE_AT} seconds`)
  }

  return jwt.sign(jwtSecret)
}

/**
 * Verify the JWT format, verify the JWS signature, validate the JWT Claims Set.
 *
 * @async
 * @param {string} input
 * @returns {Promise<SessionData>}
 */
export const decryptJWT = async (input: string) => {
  const { payload } = await jose.jwtVerify(input, jwtSecret, {
    algorithms: [jwtAlg],
  })
  return payload as SessionData
}

/**
 * Check whether the request is from the admin or not.
 *
 * @export
 * @param {Request} req
 * @returns {boolean}
 */
export const isAdmin = (req: Request): boolean => !!req.headers.origin && helper.trimEnd(req.headers.origin, '/') === helper.trimEnd(env.ADMIN_HOST, '/')

/**
 * Check whether the request is from the frontend or not.
 *
 * @export
 * @param {Request} req
 * @returns {boolean}
 */
export const isFrontend = (req: Request): boolean => !!req.headers.origin && helper.trimEnd(req.headers.origin, '/') === helper.trimEnd(env.FRONTEND_HOST, '/')

/**
 * Hash password using bcrypt.
 *
 * @async
 * @param {string} password 
 * @returns {Promise<string>} 
 */
export const hashPassword = async (password: string): Promise<string> => {
  const salt = await bcrypt.genSalt(10)
  return bcrypt.hash(password, salt)
}

/**
 * Validate Access token structure.
 *
 * @param {string} token
 * @returns {Promise<boolean>}
 */
export const validateAccessToken = async (
  socialSignInType: wexcommerceTypes.SocialSignInType,
  token: string,
  email: string
): Promise<boolean> => {
  if (!token) {
    return false
  }

  try {
    switch (socialSignInType) {
      case wexcommerceTypes.SocialSignInType.Apple:
        return await verifyAppleToken(token, email)

      case wexcommerceTypes.SocialSignInType.Google:
        return await verifyGoogleToken(token, email)

      case wexcommerceTypes.SocialSignInType.Facebook:
        return await verifyFacebookToken(token, email)

      default:
        return false
    }
  } catch (err: any) {
    // Log the error but don't leak details to the client
    logger.error(`[Security] Auth validation failed for ${socialSignInType}:`, err.message)
    return false
  }
}

// Cache JWKS for performance
const APPLE_JWKS = jose.createRemoteJWKSet(new URL('https://appleid.apple.com/auth/keys'))

/**
 * APPLE: Always a JWT
 */
export async function verifyAppleToken(token: string, email: string): Promise<boolean> {
try {
    // Define all valid identifiers
    const validAudiences = [
      env.APPLE_CLIENT_ID_WEB,
      env.APPLE_CLIENT_ID_MOBILE
    ]

    const { payload } = await jose.jwtVerify(token, APPLE_JWKS, {
      issuer: 'https://appleid.apple.com',
      audience: validAudiences, // Jose allows an array here
      clockTolerance: '2m'
    })

    const payloadEmail = String(payload.email).toLowerCase()
    const emailMatches = payloadEmail === email.toLowerCase()
    
    // Apple sends email_verified as a boolean, but some libraries stringify it
    const isVerified = payload.email_verified === true || payload.email_verified === 'true'

    return Boolean(payload.sub && emailMatches && isVerified)
  } catch (err) {
    console.error('Apple Token Verification Failed:', err)
    return false
  }
}

// Cache OAuth2Client for performance
const client = new OAuth2Client()

/**
 * GOOGLE: Handles ID Tokens (JWT) or Access Tokens (Opaque)
 */
export async function verifyGoogleToken(token: string, email: string): Promise<boolean> {
  const allowedClientIds = [
    env.GOOGLE_CLIENT_ID,
  ]

  const ticket = await client.verifyIdToken({
    idToken: token,
    audience: allowedClientIds,
  })

  const payload = ticket.getPayload()
  if (!payload) {
    return false
  }

  const emailMatches = payload.email?.toLowerCase() === email.toLowerCase()

  return emailMatches
}
/**
 * FACEBOOK: Handles Opaque Access Tokens
 */
export async function verifyFacebookToken(token: string, email: string): Promise<boolean> {
  // Use the Graph API (Standard Opaque Token)
  const appToken = `${env.FACEBOOK_APP_ID}|${env.FACEBOOK_APP_SECRET}`

  const debugRes = await axios.get('https://graph.facebook.com/debug_token', {
    params: {
      input_token: token,
      access_token: appToken
    }
  })

  if (!debugRes.data.data.is_valid || debugRes.data.data.app_id !== env.FACEBOOK_APP_ID) {
    return false
  }

  const userRes = await axios.get('https://graph.facebook.com/me', {
    params: { fields: 'email', access_token: token }
  })

  const emailMatches = userRes.data.email?.toLowerCase() === email.toLowerCase()

  return emailMatches
}
