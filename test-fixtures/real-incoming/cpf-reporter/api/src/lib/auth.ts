import { APIGatewayEvent } from 'aws-lambda'
import type { User } from 'types/graphql'

import { Decoded } from '@redwoodjs/api'
import { AuthenticationError, ForbiddenError } from '@redwoodjs/graphql-server'

import { db } from 'src/lib/db'
import { logger } from 'src/lib/logger'
import { getPassageClient } from 'src/services/passage/passage'

/**
 * Represents the user attributes returned by the decoding the
 * Authentication provider's JWT together with an optional list of roles.
 */
export interface CurrentUser extends User {
  roles?: string[]
}
/**
 * getCurrentUser returns the user information together with
 * an optional collection of roles used by requireAuth() to check
 * if the user is authenticated or has role-based access
 *
 * !! BEWARE !! Anything returned from this function will be available to the
 * client--it becomes the content of `currentUser` on the web side (as well as
 * `context.currentUser` on the api side). You should carefully add additional
 * fields to the return object only once you've decided they are safe to be seen
 * if someone were to open the Web Inspector in their browser.
 *
 * @see https://github.com/redwoodjs/redwood/tree/main/packages/auth for examples
 *
 * @param decoded - The decoded access token containing user info and JWT
 *   claims like `sub`. Note, this could be null.
 * @param { token, SupportedAuthTypes type } - The access token itself as well
 *   as the auth provider type
 * @param { APIGatewayEvent event, Context context } - An optional object which
 *   contains information from the invoker such as headers and cookies, and the
 *   context information about the invocation such as IP Address
 * @returns RedwoodUser
 */
export const getCurrentUser = async (
  decoded: Decoded,
  { token }: { token: string },
  { event }: { event: APIGatewayEvent }
): Promise<CurrentUser | null> => {
  try {
    // Verify that the request is coming from the local development environment
    // and is only being processed within the local environment
    if (process.env.AUTH_PROVIDER === 'local') {
      logger.info('Local development environment detected.')
      const user: CurrentUser = await db.user.findFirst({
        where: { email: token },
        include: { agency: true },
      })
      // Redwood <PrivateSet> and hasRole checks require the roles to be an array
      user.roles = [`${user.role}`]
      return user
    } else if (process.env.AUTH_PROVIDER === 'passage') {
      let passageId
      if (process.env.NODE_ENV === 'development') {
        const passage = await getPassageClient()
        passageId = await passage.validAuthToken(token)
      } else {
        passageId = event.requestContext.authorizer?.claims?.sub
      }

      if (!passageId) {
        logger.error({ custom: event }, 'Passage ID not included.')
        throw new AuthenticationError('Passage ID not included.')
      }

      const user: CurrentUser | null = await db.user.findFirst({
        where: { passageId },
        include: { agency: true },
      })

      if (!user) {
        logger.error({ custom: event }, 'User not found.')
        return null
      }

      user.roles = [`${user.role}`]
      return user
    } else {
      logger.error({ custom: event }, 'No auth provider found.')
      throw new AuthenticationError('No auth provider found')
    }
  } catch (error) {
    logger.error(error)
    logger.error({ custom: { event, error } }, 'Error getting current user.')
    return null
  }
}

/**
 * The user is authenticated if there is a currentUser in the context
 *
 * @returns {boolean} - If the currentUser is authenticated
 */
export const isAuthenticated = (): boolean => {
  if (!context.currentUser) {
    logger.error({ custom: context.event }, 'User is not authenticated')
    return false
  } else {
    return true
  }
}

/**
 * When checking role membership, roles can be a single value, a list, or none.
 * You can use Prisma enums too (if you're using them for roles), just import your enum type from `@prisma/client`
 */
type AllowedRoles = string | string[] | undefined

/**
 * Checks if the currentUser is authenticated (and assigned one of the given roles)
 *
 * @param roles: {@link AllowedRoles} - Checks if the currentUser is assigned one of these roles
 *
 * @returns {boolean} - Returns true if the currentUser is logged in and assigned one of the given roles,
 * or when no roles are provided to check against. Otherwise returns false.
 */
export const hasRole = (roles: AllowedRoles): boolean => {
  if (!isAuthenticated()) {
    return false
  }
  const currentUserRoles = context.currentUser?.roles

  if (typeof roles === 'string') {
    if (typeof currentUserRoles === 'string') {
      // roles to check is a string, currentUser.roles is a string
      return currentUserRoles === roles
    } else if (Array.isArray(currentUserRoles)) {
      // roles to check is a string, currentUser.roles is an array
      return currentUserRoles?.some((allowedRole) => roles === allowedRole)
    }
  }

  if (Array.isArray(roles)) {
    if (Array.isArray(currentUserRoles)) {
      // roles to check is an array, currentUser.roles is an array
      return currentUserRoles?.some((allowedRole) =>
        roles.includes(allowedRole)
      )
    } else if (typeof currentUserRoles === 'string') {
      // roles to check is an array, currentUser.roles is a string
      return roles.some((allowedRole) => currentUserRoles === allowedRole)
    }
  }

  // roles not found
  return false
}

/**
 * Use requireAuth in your services to check that a user is logged in,
 * whether or not they are assigned a role, and optionally raise an
 * error if they're not.
 *
 * @param roles?: {@link AllowedRoles} - When checking role membership, these roles grant access.
 *
 * @returns - If the currentUser is authenticated (and assigned one of the given roles)
 *
 * @throws {@link AuthenticationError} - If the currentUser is not authenticated
 * @throws {@link ForbiddenError} - If the currentUser is not allowed due to role permissions
 *
 * @see https://github.com/redwoodjs/redwood/tree/main/packages/auth for examples
 */
export const requireAuth = ({ roles }: { roles?: AllowedRoles } = {}) => {
  if (!isAuthenticated()) {
    throw new AuthenticationError("You don't have permission to do that.")
  }

  if (roles && !hasRole(roles)) {
    throw new ForbiddenError("You don't have access to do that.")
  }
}
