/* eslint-disable @typescript-eslint/restrict-template-expressions */
/* eslint-disable @typescript-eslint/no-unsafe-argument */
/* eslint-disable @typescript-eslint/no-unsafe-call */
/* eslint-disable @typescript-eslint/no-unsafe-member-access */
/* eslint-disable @typescript-eslint/no-unsafe-return */
/* eslint-disable @typescript-eslint/no-unsafe-assignment */
/* eslint-disable @typescript-eslint/no-shadow */
// Field names indexed here come from the literal equalityFields list in the User query,
// never from request data.
/* eslint-disable security/detect-object-injection */
import { GROUP_MEMBERSHIP_VISIBILITY_CHANGED } from '@constants/subscriptions'
import { getNeode } from '@db/neo4j'
import { UserInputError, ForbiddenError } from '@graphql/errors'
import { branding } from '@src/branding'

import { defaultTrophyBadge, defaultVerificationBadge } from './badges'
import cypherFields, { underscoreIdResolver, unwrap } from './helpers/cypherField'
import normalizeEmail from './helpers/normalizeEmail'
import { orderClause } from './helpers/ordering'
import { pagingClause } from './helpers/paging'
import Resolver from './helpers/Resolver'
import { images } from './images/images'
import { createOrUpdateLocations } from './users/location'

import type { Context } from '@src/context'

const neode = getNeode()

const visiblePostFilter =
  'WHERE NOT related.disabled = true AND NOT related.deleted = true AND NOT (related)<-[:CANNOT_SEE]-(:User {id: $cypherParams.currentUserId})'

export const getMutedUsers = async (context) => {
  const { neode } = context
  const userModel = neode.model('User')
  let mutedUsers = neode
    .query()
    .match('user', userModel)
    .where('user.id', context.user.id)
    .relationship(userModel.relationships().get('muted'))
    .to('muted', userModel)
    .return('muted')
  mutedUsers = await mutedUsers.execute()
  mutedUsers = mutedUsers.records.map((r) => r.get('muted').properties)
  return mutedUsers
}

// ORDER BY from `_UserOrdering`; the allowed fields come from the enum itself, so the
// admin search and the general User query cannot drift apart from the schema.
const userOrderClause = (orderBy: unknown, fallback: string): string =>
  orderClause(orderBy, { enumName: '_UserOrdering', alias: 'user', fallback })

export default {
  Query: {
    mutedUsers: async (_object, _args, context, _resolveInfo) => getMutedUsers(context),
    blockedUsers: async (_object, _args, context: Context, _resolveInfo) => {
      return (
        await context.database.query({
          query: `MATCH (user:User{ id: $user.id})-[:BLOCKED]->(blocked:User)
                  RETURN blocked {.*}`,
          variables: { user: context.user },
        })
      ).records.map((r) => r.get('blocked'))
    },
    User: async (_object, args, context, _resolveInfo) => {
      if (args.email) {
        args.email = normalizeEmail(args.email)
        const session = context.driver.session()
        try {
          const readTxResult = await session.readTransaction((txc) => {
            return txc.run(
              `
              MATCH (user:User)-[:PRIMARY_EMAIL]->(e:EmailAddress {email: $args.email})
              RETURN user {.*, email: e.email}`,
              { args },
            )
          })
          return readTxResult.records.map((r) => r.get('user'))
        } finally {
          await session.close()
        }
      }
      if (args.roleName || args.search) {
        // Admin/moderation user search: filter by single role (HAS_ROLE) and/or a
        // free-text term (name/slug/about, case-insensitive), combinable. Open to any
        // user-administration capability — role.manage (role assignment), badge.manage
        // / user.delete.any (moderation user actions on this list), user.email.readAny
        // (admins). Sensitive FIELDS stay field-gated (User.email / User.roleName) and
        // the e-mail search TERM is gated separately below on user.email.readAny.
        const mayAdministerUsers = [
          'role.manage',
          'badge.manage',
          'user.delete.any',
          'user.email.readAny',
        ].some((permission) => context.effectivePermissions.has(permission))
        if (!mayAdministerUsers) {
          throw new ForbiddenError('Not Authorized!')
        }
        // This specialised path honours only roleName/search + pagination + ordering.
        // Other filter args the schema advertises do NOT compose here, so reject them
        // explicitly instead of silently ignoring (which would make results depend on
        // the argument combination — see the standard neo4jgraphql path below).
        const incompatible = Object.entries({
          id: args.id,
          name: args.name,
          slug: args.slug,
          locationName: args.locationName,
          about: args.about,
          createdAt: args.createdAt,
          updatedAt: args.updatedAt,
          filter: args.filter,
        })
          .filter(([, value]) => value !== undefined && value !== null)
          .map(([key]) => key)
        if (incompatible.length > 0) {
          throw new UserInputError(
            `roleName/search cannot be combined with: ${incompatible.join(', ')}.`,
          )
        }
        const orderBy = userOrderClause(args.orderBy, 'user.createdAt DESC')

        // Searching BY e-mail is an oracle on personal data, so gate it with the
        // SAME permission that gates reading the e-mail field (User.email shield
        // rule) — role.manage alone must not let someone probe addresses. Without
        // it, the e-mail term simply does not match (and is never returned).
        const canReadEmail = context.effectivePermissions.has('user.email.readAny')
        const emailSearchClause = canReadEmail
          ? `OR toLower(
                          coalesce(head([(user)-[:PRIMARY_EMAIL]->(e:EmailAddress) | e.email]), '')
                        ) CONTAINS $args.term`
          : ''

        const session = context.driver.session()
        try {
          const readTxResult = await session.readTransaction((txc) => {
            return txc.run(
              `
              MATCH (user:User)
              WHERE coalesce(user.deleted, false) = false
                AND ($args.roleName IS NULL OR (user)-[:HAS_ROLE]->(:Role {name: $args.roleName}))
                AND ($args.term IS NULL
                     OR toLower(user.name) CONTAINS $args.term
                     OR toLower(user.slug) CONTAINS $args.term
                     OR toLower(coalesce(user.about, '')) CONTAINS $args.term
                     ${emailSearchClause})
              RETURN user {.*, email: head([(user)-[:PRIMARY_EMAIL]->(e:EmailAddress) | e.email])}
              ORDER BY ${orderBy}
              SKIP toInteger($args.offset) LIMIT toInteger($args.first)`,
              {
                args: {
                  roleName: args.roleName ?? null,
                  term: args.search ? String(args.search).toLowerCase() : null,
                  offset: args.offset ?? 0,
                  first: args.first ?? 25,
                },
              },
            )
          })
          return readTxResult.records.map((r) => r.get('user'))
        } finally {
          await session.close()
        }
      }
      // Stage C2: the general User lookup in hand-written Cypher. `hasLocation` is handled
      // below as an EXISTS pattern, like the Post query does it.

      // The scalar arguments are equality matches, exactly as the generated query did.
      // Anything else the schema advertises but this path does not implement is REJECTED
      // rather than ignored — silently dropping a filter would widen a result set the
      // caller believes to be narrowed. Same reasoning as the roleName/search path above.
      const supportedFilterKeys = ['id', 'id_in', 'hasLocation']
      const unsupported = Object.keys(args.filter ?? {}).filter(
        (key) => !supportedFilterKeys.includes(key),
      )
      if (unsupported.length > 0) {
        throw new UserInputError(`Unsupported User filter: ${unsupported.join(', ')}.`)
      }

      const equalityFields = [
        'id',
        'name',
        'slug',
        'locationName',
        'about',
        'createdAt',
        'updatedAt',
      ]
      // softDeleteMiddleware sets these as top-level args (deleted always, disabled unless
      // the viewer may moderate). They must constrain the query — otherwise deleted and
      // disabled accounts are served to everyone. coalesce() also covers nodes that never
      // had the property, matching the admin search path above.
      const softDeleteFields = ['deleted', 'disabled']
      const conditions = equalityFields
        .filter((field) => args[field] !== undefined && args[field] !== null)
        // Field names come from this literal list, never from input.
        .map((field) => `user.${field} = $${field}`)
      conditions.push(
        ...softDeleteFields
          .filter((field) => args[field] !== undefined && args[field] !== null)
          .map((field) => `coalesce(user.${field}, false) = $${field}`),
      )
      // `id` is an alias for a single-element `id_in`, so both go through one condition.
      //
      // Supplying both is rejected rather than resolved. It used to take `id_in` and drop
      // `id` without a word, which loses something the client explicitly asked for — and
      // since the two express the same thing, sending both is a mistake worth naming.
      // helpers/nodeQuery.ts (Tag, Comment) does the same.
      // Explicit `null` counts as not set: the line below already treats a null `id` as
      // absent, so refusing it here would reject a filter the resolver is happy to run.
      if (args.filter?.id != null && args.filter?.id_in != null) {
        throw new UserInputError('User filter: use either `id` or `id_in`, not both.')
      }
      const filterIds = args.filter?.id_in ?? (args.filter?.id ? [args.filter.id] : null)
      if (filterIds) {
        conditions.push('user.id IN $filterIdIn')
      }
      // Asked of the graph rather than resolved into an id list first — the previous
      // helper collected the id of EVERY user with a location on each request.
      if (args.filter?.hasLocation) {
        conditions.push('EXISTS { MATCH (user)-[:IS_IN]->(:Location) }')
      }

      const paging = pagingClause(args)

      const session = context.driver.session()
      try {
        return await session.readTransaction(async (transaction) => {
          const result = await transaction.run(
            `
              MATCH (user:User)
              ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
              RETURN user { .* } AS user
              ORDER BY ${userOrderClause(args.orderBy, 'user.createdAt DESC')}
              ${paging.clause}
            `,
            {
              ...Object.fromEntries(
                [...equalityFields, ...softDeleteFields].map((field) => [
                  field,
                  args[field] ?? null,
                ]),
              ),
              filterIdIn: filterIds ?? [],
              ...paging.params,
            },
          )
          return result.records.map((record) => unwrap(record.get('user')))
        })
      } finally {
        await session.close()
      }
    },
  },
  Mutation: {
    muteUser: async (_parent, params, context, _resolveInfo) => {
      const { user: currentUser } = context
      if (currentUser.id === params.id) {
        return null
      }
      await neode.writeCypher(
        `
          MATCH(u:User {id: $currentUser.id})-[previousRelationship:FOLLOWS]->(b:User {id: $params.id})
          DELETE previousRelationship
        `,
        { currentUser, params },
      )
      const [user, mutedUser] = await Promise.all([
        neode.find('User', currentUser.id),
        neode.find('User', params.id),
      ])
      await user.relateTo(mutedUser, 'muted')
      return mutedUser.toJson()
    },
    unmuteUser: async (_parent, params, context, _resolveInfo) => {
      const { user: currentUser } = context
      if (currentUser.id === params.id) {
        return null
      }
      await neode.writeCypher(
        `
          MATCH(u:User {id: $currentUser.id})-[previousRelationship:MUTED]->(b:User {id: $params.id})
          DELETE previousRelationship
        `,
        { currentUser, params },
      )
      const unmutedUser = await neode.find('User', params.id)
      return unmutedUser.toJson()
    },
    blockUser: async (_object, args, context, _resolveInfo) => {
      const { user: currentUser } = context
      if (currentUser.id === args.id) {
        return null
      }

      const session = context.driver.session()
      try {
        const blockedUser = await session.writeTransaction(async (transaction) => {
          const blockUserResponse = await transaction.run(
            `
              MATCH (blockedUser:User {id: $args.id})
              MATCH (currentUser:User {id: $currentUser.id})
              OPTIONAL MATCH (currentUser)-[r:FOLLOWS]->(blockedUser)
              DELETE r
              MERGE (currentUser)-[:BLOCKED]->(blockedUser)
              RETURN blockedUser {.*}
            `,
            { currentUser, args },
          )
          return blockUserResponse.records.map((record) => record.get('blockedUser'))[0]
        })
        if (!blockedUser) {
          throw new UserInputError('Could not find User')
        }
        return blockedUser
      } finally {
        await session.close()
      }
    },
    unblockUser: async (_object, args, context, _resolveInfo) => {
      const { user: currentUser } = context
      if (currentUser.id === args.id) {
        return null
      }

      const session = context.driver.session()
      try {
        const unblockedUser = await session.writeTransaction(async (transaction) => {
          const unblockUserResponse = await transaction.run(
            `
              MATCH(u:User {id: $currentUser.id})-[r:BLOCKED]->(blockedUser:User {id: $args.id})
              DELETE r
              RETURN blockedUser {.*}
            `,
            { currentUser, args },
          )
          return unblockUserResponse.records.map((record) => record.get('blockedUser'))[0]
        })
        if (!unblockedUser) {
          throw new UserInputError('Could not find blocked User')
        }
        return unblockedUser
      } finally {
        await session.close()
      }
    },
    UpdateUser: async (_parent, params, context: Context, _resolveInfo) => {
      const { avatar: avatarInput } = params
      delete params.avatar
      params.locationName = params.locationName === '' ? null : params.locationName
      const { termsAndConditionsAgreedVersion } = params
      if (termsAndConditionsAgreedVersion) {
        const regEx = /^[0-9]+\.[0-9]+\.[0-9]+$/g
        if (!regEx.test(termsAndConditionsAgreedVersion)) {
          throw new ForbiddenError('Invalid version format!')
        }
        params.termsAndConditionsAgreedAt = new Date().toISOString()
      }

      const {
        emailNotificationSettings,
      }: { emailNotificationSettings: { name: string; value: boolean }[] | undefined } = params
      delete params.emailNotificationSettings
      if (emailNotificationSettings) {
        emailNotificationSettings.forEach((setting) => {
          params[
            'emailNotifications' + setting.name.charAt(0).toUpperCase() + setting.name.slice(1)
          ] = setting.value
        })
      }

      const session = context.driver.session()
      try {
        const user = await session.writeTransaction(async (transaction) => {
          const updateUserTransactionResponse = await transaction.run(
            `
              MATCH (user:User {id: $params.id})
              SET user += $params
              SET user.updatedAt = toString(datetime())
              RETURN user {.*}
            `,
            { params },
          )
          const [user] = updateUserTransactionResponse.records.map((record) => record.get('user'))
          if (avatarInput) {
            await images(context.config).mergeImage(user, 'AVATAR_IMAGE', avatarInput, {
              transaction,
            })
          }
          return user
        })
        // TODO: put in a middleware, see "CreateGroup", "UpdateGroup"
        await createOrUpdateLocations('User', params.id, params.locationName, session, context)
        if (
          'showPublicGroupsOnProfile' in params ||
          'showClosedGroupsOnProfile' in params ||
          'showHiddenGroupsOnProfile' in params
        ) {
          void context.pubsub.publish(GROUP_MEMBERSHIP_VISIBILITY_CHANGED, {
            groupMembershipVisibilityChanged: { userId: params.id },
          })
        }
        return user
      } finally {
        await session.close()
      }
    },
    DeleteUser: async (_object, params, context: Context, _resolveInfo) => {
      const { resource, id: userId } = params
      const allowedLabels = ['Post', 'Comment']
      const session = context.driver.session()
      try {
        return await session.writeTransaction(async (transaction) => {
          if (resource?.length) {
            await Promise.all(
              resource.map(async (node) => {
                if (!allowedLabels.includes(node)) {
                  throw new UserInputError(`Invalid resource type: ${node}`)
                }
                const txResult = await transaction.run(
                  `
                  MATCH (resource:${node})<-[:WROTE]-(author:User {id: $userId})
                  OPTIONAL MATCH (resource)<-[:COMMENTS]-(comment:Comment)
                  SET resource.deleted = true
                  SET resource.content = 'UNAVAILABLE'
                  SET resource.language = 'UNAVAILABLE'
                  SET resource.createdAt = 'UNAVAILABLE'
                  SET resource.updatedAt = 'UNAVAILABLE'
                  SET comment.deleted = true
                  RETURN resource {.*}
                `,
                  {
                    userId,
                  },
                )
                return Promise.all(
                  txResult.records
                    .map((record) => record.get('resource'))
                    .map(async (resource) =>
                      images(context.config).deleteImage(resource, 'HERO_IMAGE', { transaction }),
                    ),
                )
              }),
            )
          }

          const deleteUserTransactionResponse = await transaction.run(
            `
                MATCH (user:User {id: $userId})
                SET user.deleted = true
                SET user.name = 'UNAVAILABLE'
                SET user.about = 'UNAVAILABLE'
                SET user.lastActiveAt = 'UNAVAILABLE'
                SET user.createdAt = 'UNAVAILABLE'
                SET user.updatedAt = 'UNAVAILABLE'
                SET user.termsAndConditionsAgreedVersion = 'UNAVAILABLE'
                SET user.encryptedPassword = null
                WITH user
                OPTIONAL MATCH (user)<-[:BELONGS_TO]-(email:EmailAddress)
                DETACH DELETE email
                WITH user
                OPTIONAL MATCH (user)<-[:OWNED_BY]-(socialMedia:SocialMedia)
                DETACH DELETE socialMedia
                WITH user
                OPTIONAL MATCH (user)-[follow:FOLLOWS]-(:User)
                DELETE follow
                RETURN user {.*}
              `,
            { userId },
          )
          const [user] = deleteUserTransactionResponse.records.map((record) => record.get('user'))
          await images(context.config).deleteImage(user, 'AVATAR_IMAGE', { transaction })
          return user
        })
      } finally {
        await session.close()
      }
    },
    saveCategorySettings: async (_object, args, context, _resolveInfo) => {
      const { activeCategories } = args
      const {
        user: { id },
      } = context

      const session = context.driver.session()
      try {
        await session.writeTransaction(async (transaction) => {
          await transaction.run(
            `
              MATCH (user:User { id: $id })-[previousCategories:NOT_INTERESTED_IN]->(:Category)
              DELETE previousCategories
            `,
            { id },
          )
          // frontend gives [] when all categories are selected (default)
          if (activeCategories.length > 0) {
            await transaction.run(
              `
                MATCH (category:Category) WHERE NOT category.id IN $activeCategories
                MATCH (user:User { id: $id })
                MERGE (user)-[:NOT_INTERESTED_IN]->(category)
              `,
              { id, activeCategories },
            )
          }
        })
        return true
      } finally {
        await session.close()
      }
    },
    updateOnlineStatus: async (_object, args, context: Context, _resolveInfo) => {
      const { status } = args

      const CYPHER_AWAY = `
          MATCH (user:User {id: $user.id})
          WITH user,
          CASE user.lastOnlineStatus
            WHEN 'away' THEN user.awaySince
            ELSE toString(datetime())
          END AS awaySince
          SET user.awaySince = awaySince
          SET user.lastOnlineStatus = $status
        `
      const CYPHER_ONLINE = `
          MATCH (user:User {id: $user.id})
            SET user.awaySince = null
            SET user.lastOnlineStatus = $status
            SET user.lastActiveAt = toString(datetime())
        `

      await context.database.write({
        query: status === 'away' ? CYPHER_AWAY : CYPHER_ONLINE,
        variables: { user: context.user, status },
      })

      return true
    },
    setTrophyBadgeSelected: async (_object, args, context, _resolveInfo) => {
      const { slot, badgeId } = args
      const {
        user: { id: userId },
      } = context

      if (slot >= branding.badges.trophyBadgesSelectedMax || slot < 0) {
        throw new Error(
          `Invalid slot! There is only ${branding.badges.trophyBadgesSelectedMax} badge-slots to fill`,
        )
      }

      const session = context.driver.session()
      try {
        const user = await session.writeTransaction(async (transaction) => {
          const queryBadge = `
              MATCH (user:User {id: $userId})<-[:REWARDED]-(badge:Badge {id: $badgeId})
              OPTIONAL MATCH (user)-[badgeRelation:SELECTED]->(badge)
              OPTIONAL MATCH (user)-[slotRelation:SELECTED{slot: $slot}]->(:Badge)
              DELETE badgeRelation, slotRelation
              MERGE (user)-[:SELECTED{slot: toInteger($slot)}]->(badge)
              RETURN user {.*}
            `
          const queryEmpty = `
              MATCH (user:User {id: $userId})
              OPTIONAL MATCH (user)-[slotRelation:SELECTED {slot: $slot}]->(:Badge)
              DELETE slotRelation
              RETURN user {.*}
            `
          const isDefault = !badgeId || badgeId === defaultTrophyBadge.id

          const result = await transaction.run(isDefault ? queryEmpty : queryBadge, {
            userId,
            badgeId,
            slot,
          })
          return result.records.map((record) => record.get('user'))[0]
        })
        if (!user) {
          throw new UserInputError('You cannot set badges not rewarded to you.')
        }
        return user
      } finally {
        await session.close()
      }
    },
    resetTrophyBadgesSelected: async (_object, _args, context, _resolveInfo) => {
      const {
        user: { id: userId },
      } = context

      const session = context.driver.session()
      try {
        return await session.writeTransaction(async (transaction) => {
          const result = await transaction.run(
            `
              MATCH (user:User {id: $userId})
              OPTIONAL MATCH (user)-[relation:SELECTED]->(:Badge)
              DELETE relation
              RETURN user {.*}
            `,
            { userId },
          )
          return result.records.map((record) => record.get('user'))[0]
        })
      } finally {
        await session.close()
      }
    },
  },
  User: {
    activeCategories: async (parent, _args, context: Context, _resolveInfo) => {
      return (
        await context.database.query({
          query: `
          MATCH (category:Category)
          WHERE NOT ((:User{id: $user.id})-[:NOT_INTERESTED_IN]->(category))
          RETURN collect(category.id) as categories
          `,
          variables: { user: parent },
        })
      ).records.map((record) => record.get('categories'))[0]
    },
    inviteCodes: async (_parent, _args, context: Context, _resolveInfo) => {
      return (
        await context.database.query({
          query: `
          MATCH (user:User {id: $user.id})-[:GENERATED]->(inviteCodes:InviteCode)
          WHERE NOT (inviteCodes)-[:INVITES_TO]->(:Group)
          RETURN inviteCodes {.*}
          ORDER BY inviteCodes.createdAt ASC
          `,
          variables: { user: context.user },
        })
      ).records.map((record) => record.get('inviteCodes'))
    },
    emailNotificationSettings: (parent, _params, _context, _resolveInfo) => {
      return [
        {
          type: 'post',
          settings: [
            {
              name: 'commentOnObservedPost',
              value: parent.emailNotificationsCommentOnObservedPost ?? true,
            },
            {
              name: 'mention',
              value: parent.emailNotificationsMention ?? true,
            },
            {
              name: 'followingUsers',
              value: parent.emailNotificationsFollowingUsers ?? true,
            },
            {
              name: 'postInGroup',
              value: parent.emailNotificationsPostInGroup ?? true,
            },
          ],
        },
        {
          type: 'chat',
          settings: [
            {
              name: 'chatMessage',
              value: parent.emailNotificationsChatMessage ?? true,
            },
          ],
        },
        {
          type: 'group',
          settings: [
            {
              name: 'groupMemberJoined',
              value: parent.emailNotificationsGroupMemberJoined ?? true,
            },
            {
              name: 'groupMemberLeft',
              value: parent.emailNotificationsGroupMemberLeft ?? true,
            },
            {
              name: 'groupMemberRemoved',
              value: parent.emailNotificationsGroupMemberRemoved ?? true,
            },
            {
              name: 'groupMemberRoleChanged',
              value: parent.emailNotificationsGroupMemberRoleChanged ?? true,
            },
          ],
        },
      ]
    },
    badgeTrophiesSelected: async (parent, _params, context, _resolveInfo) => {
      const session = context.driver.session()
      try {
        const badgesSelected = await session.readTransaction(async (transaction) => {
          const result = await transaction.run(
            `
              MATCH (user:User {id: $parent.id})-[relation:SELECTED]->(badge:Badge)
              WITH relation, badge
              ORDER BY relation.slot ASC
              RETURN relation.slot as slot, badge {.*}
            `,
            { parent },
          )
          return result.records
        })
        const result = Array(branding.badges.trophyBadgesSelectedMax).fill(defaultTrophyBadge)
        badgesSelected.forEach((record) => {
          result[record.get('slot')] = record.get('badge')
        })
        return result
      } finally {
        await session.close()
      }
    },
    badgeTrophiesUnused: async (parent, _params, context, _resolveInfo) => {
      const session = context.driver.session()
      try {
        return await session.readTransaction(async (transaction) => {
          const result = await transaction.run(
            `
              MATCH (user:User {id: $parent.id})<-[:REWARDED]-(badge:Badge)
              WHERE NOT (user)-[:SELECTED]-(badge)
              RETURN badge {.*}
            `,
            { parent },
          )
          return result.records.map((record) => record.get('badge'))
        })
      } finally {
        await session.close()
      }
    },
    badgeTrophiesUnusedCount: async (parent, _params, context, _resolveInfo) => {
      const session = context.driver.session()
      try {
        return await session.readTransaction(async (transaction) => {
          const result = await transaction.run(
            `
              MATCH (user:User {id: $parent.id})<-[:REWARDED]-(badge:Badge)
              WHERE NOT (user)-[:SELECTED]-(badge)
              RETURN toString(COUNT(badge)) as count
            `,
            { parent },
          )
          return result.records.map((record) => record.get('count'))[0]
        })
      } finally {
        await session.close()
      }
    },
    socialMedia: async (parent, _params, context: Context, _resolveInfo) => {
      // Server-side enforcement of the socialMediaEnabled gate: while the feature is
      // off, expose no links at all (data minimisation) rather than relying on the
      // webapp to hide them — the field is public, so anonymous profile viewers hit
      // this too. When on, this mirrors the default hasMany relation resolver.
      if (!context.policy.getEffective('socialMediaEnabled')) {
        return []
      }
      return (
        await context.database.query({
          query: `
          MATCH (user:User {id: $user.id})<-[:OWNED_BY]-(socialMedia:SocialMedia)
          RETURN socialMedia {.*}
          `,
          variables: { user: parent },
        })
      ).records.map((record) => record.get('socialMedia'))
    },
    badgeVerification: async (parent, _params, context, _resolveInfo) => {
      const session = context.driver.session()
      try {
        const result = await session.readTransaction(async (transaction) => {
          const response = await transaction.run(
            `
              MATCH (user:User {id: $parent.id})<-[:VERIFIES]-(verification:Badge)
              RETURN verification {.*}
            `,
            { parent },
          )
          return response.records.map((record) => record.get('verification'))[0]
        })
        return result ?? defaultVerificationBadge
      } finally {
        await session.close()
      }
    },
    ...underscoreIdResolver,
    // Verbatim from User.gql. Who may READ this field is enforced separately by the
    // graphql-shield rule on User.email; this resolver only fetches it.
    ...cypherFields('User', {
      // A user without a primary email is a supported state — see the
      // `userWithoutEmailAddress` factory. The field is non-null, so the fallback keeps such
      // a user readable rather than erroring out of their own settings page.
      email: {
        statement: 'MATCH (this)-[:PRIMARY_EMAIL]->(e:EmailAddress) RETURN e.email',
        fallback: '',
      },
    }),
    ...Resolver('User', {
      boolean: {
        followedByCurrentUser:
          'MATCH (this)<-[:FOLLOWS]-(u:User {id: $cypherParams.currentUserId}) RETURN COUNT(u) >= 1',
        isBlocked:
          'MATCH (this)<-[:BLOCKED]-(u:User {id: $cypherParams.currentUserId}) RETURN COUNT(u) >= 1',
        blocked:
          'MATCH (this)-[:BLOCKED]-(u:User {id: $cypherParams.currentUserId}) RETURN COUNT(u) >= 1',
        isMuted:
          'MATCH (this)<-[:MUTED]-(u:User {id: $cypherParams.currentUserId}) RETURN COUNT(u) >= 1',
      },
      count: {
        contributionsCount: `-[:WROTE]->(related:Post) ${visiblePostFilter}`,
        friendsCount: '<-[:FRIENDS]->(related:User)',
        followingCount: '-[:FOLLOWS]->(related:User)',
        followedByCount: '<-[:FOLLOWS]-(related:User)',
        commentedCount: `-[:WROTE]->(c:Comment)-[:COMMENTS]->(related:Post) ${visiblePostFilter}`,
        shoutedCount: `-[:SHOUTED]->(related:Post) ${visiblePostFilter}`,
        badgeTrophiesCount: '<-[:REWARDED]-(related:Badge)',
      },
      hasOne: {
        avatar: '-[:AVATAR_IMAGE]->(related:Image)',
        invitedBy: '<-[:INVITED]-(related:User)',
        location: '-[:IS_IN]->(related:Location)',
        redeemedInviteCode: '-[:REDEEMED]->(related:InviteCode)',
      },
      hasMany: {
        friends: '-[:FRIENDS]-(related:User)',
        contributions: '-[:WROTE]->(related:Post)',
        comments: '-[:WROTE]->(related:Comment)',
        shouted: '-[:SHOUTED]->(related:Post)',
        categories: '-[:CATEGORIZED]->(related:Category)',
        badgeTrophies: '<-[:REWARDED]-(related:Badge)',
        // Counterpart of the invitedBy hasOne above.
        invited: '-[:INVITED]->(related:User)',
      },
    }),
    following: async (
      parent,
      params: { nameFilter?: string | null; first?: number | null; offset?: number | null },
      { driver },
    ) => {
      const { nameFilter, first, offset } = params
      const session = driver.session()
      try {
        return await session.readTransaction(async (txc) => {
          const result = await txc.run(
            `MATCH (u:User {id: $id})-[:FOLLOWS]->(r:User)
            WHERE $nameFilter = '' OR toLower(r.name) CONTAINS toLower($nameFilter)
            WITH DISTINCT r
            RETURN r {.*}
            SKIP toInteger(coalesce($offset, 0)) LIMIT toInteger(coalesce($first, 25))`,
            {
              id: parent.id,
              nameFilter: nameFilter ?? '',
              first: first ?? 25,
              offset: offset ?? 0,
            },
          )
          return result.records.map((r) => r.get('r'))
        })
      } finally {
        await session.close()
      }
    },
    followedBy: async (
      parent,
      params: { nameFilter?: string | null; first?: number | null; offset?: number | null },
      { driver },
    ) => {
      const { nameFilter, first, offset } = params
      const session = driver.session()
      try {
        return await session.readTransaction(async (txc) => {
          const result = await txc.run(
            `MATCH (u:User {id: $id})<-[:FOLLOWS]-(r:User)
            WHERE $nameFilter = '' OR toLower(r.name) CONTAINS toLower($nameFilter)
            WITH DISTINCT r
            RETURN r {.*}
            SKIP toInteger(coalesce($offset, 0)) LIMIT toInteger(coalesce($first, 25))`,
            {
              id: parent.id,
              nameFilter: nameFilter ?? '',
              first: first ?? 25,
              offset: offset ?? 0,
            },
          )
          return result.records.map((r) => r.get('r'))
        })
      } finally {
        await session.close()
      }
    },
  },
}
