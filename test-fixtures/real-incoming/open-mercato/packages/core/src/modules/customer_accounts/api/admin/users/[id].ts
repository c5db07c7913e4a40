import { NextResponse } from 'next/server'
import { z } from 'zod'
import type { OpenApiRouteDoc, OpenApiMethodDoc } from '@open-mercato/shared/lib/openapi'
import { getAuthFromRequest } from '@open-mercato/shared/lib/auth/server'
import { createRequestContainer } from '@open-mercato/shared/lib/di/container'
import { RbacService } from '@open-mercato/core/modules/auth/services/rbacService'
import { CustomerUser, CustomerUserRole, CustomerRole, CustomerUserSession } from '@open-mercato/core/modules/customer_accounts/data/entities'
import { CustomerUserService } from '@open-mercato/core/modules/customer_accounts/services/customerUserService'
import { CustomerSessionService } from '@open-mercato/core/modules/customer_accounts/services/customerSessionService'
import { CustomerRbacService } from '@open-mercato/core/modules/customer_accounts/services/customerRbacService'
import { adminUpdateUserSchema } from '@open-mercato/core/modules/customer_accounts/data/validators'
import { emitCustomerAccountsEvent } from '@open-mercato/core/modules/customer_accounts/events'
import { findOneWithDecryption, findWithDecryption } from '@open-mercato/shared/lib/encryption/find'
import { isOwnedCompanyEntity } from '@open-mercato/core/modules/customer_accounts/lib/customerEntityOwnership'
import { enforceCommandOptimisticLockWithGuards } from '@open-mercato/shared/lib/crud/optimistic-lock-command'
import { isCrudHttpError } from '@open-mercato/shared/lib/crud/errors'

export const metadata = {}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function GET(req: Request, { params }: { params: { id: string } }) {
  if (!UUID_RE.test(params.id)) {
    return NextResponse.json({ ok: false, error: 'Invalid user ID' }, { status: 400 })
  }

  const auth = await getAuthFromRequest(req)
  if (!auth) {
    return NextResponse.json({ ok: false, error: 'Authentication required' }, { status: 401 })
  }

  const container = await createRequestContainer()
  const rbacService = container.resolve('rbacService') as RbacService
  const hasAccess = await rbacService.userHasAllFeatures(auth.sub, ['customer_accounts.view'], { tenantId: auth.tenantId, organizationId: auth.orgId })
  if (!hasAccess) {
    return NextResponse.json({ ok: false, error: 'Insufficient permissions' }, { status: 403 })
  }

  const em = container.resolve('em') as import('@mikro-orm/postgresql').EntityManager

  const user = await findOneWithDecryption(
    em,
    CustomerUser,
    { id: params.id, tenantId: auth.tenantId, organizationId: auth.orgId, deletedAt: null } as any,
    undefined,
    { tenantId: auth.tenantId, organizationId: auth.orgId },
  )
  if (!user) {
    return NextResponse.json({ ok: false, error: 'User not found' }, { status: 404 })
  }

  const userRoles = await findWithDecryption(
    em,
    CustomerUserRole,
    { user: user.id as any, deletedAt: null } as any,
    { populate: ['role'] },
    { tenantId: auth.tenantId, organizationId: auth.orgId },
  )
  const roles = userRoles.map((ur) => ({
    id: (ur.role as any).id,
    name: (ur.role as any).name,
    slug: (ur.role as any).slug,
  }))

  const activeSessions = await findWithDecryption(
    em,
    CustomerUserSession,
    {
      user: user.id as any,
      deletedAt: null,
      expiresAt: { $gt: new Date() },
    } as any,
    { orderBy: { lastUsedAt: 'DESC' } },
    { tenantId: auth.tenantId, organizationId: auth.orgId },
  )

  const sessions = activeSessions.map((session) => ({
    id: session.id,
    ipAddress: (session as any).ipAddress || null,
    userAgent: (session as any).userAgent || null,
    lastUsedAt: (session as any).lastUsedAt || null,
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
  }))

  return NextResponse.json({
    ok: true,
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    emailVerifiedAt: user.emailVerifiedAt || null,
    isActive: user.isActive,
    lockedUntil: user.lockedUntil || null,
    lastLoginAt: user.lastLoginAt || null,
    customerEntityId: user.customerEntityId || null,
    personEntityId: user.personEntityId || null,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt || null,
    roles,
    sessions,
  })
}

export async function PUT(req: Request, { params }: { params: { id: string } }) {
  const auth = await getAuthFromRequest(req)
  if (!auth) {
    return NextResponse.json({ ok: false, error: 'Authentication required' }, { status: 401 })
  }

  const container = await createRequestContainer()
  const rbacService = container.resolve('rbacService') as RbacService
  const hasAccess = await rbacService.userHasAllFeatures(auth.sub, ['customer_accounts.manage'], { tenantId: auth.tenantId, organizationId: auth.orgId })
  if (!hasAccess) {
    return NextResponse.json({ ok: false, error: 'Insufficient permissions' }, { status: 403 })
  }

  let body: unknown
  try {
    body = await req.json()
  } catch {
    return NextResponse.json({ ok: false, error: 'Invalid request body' }, { status: 400 })
  }

  const parsed = adminUpdateUserSchema.safeParse(body)
  if (!parsed.success) {
    return NextResponse.json({ ok: false, error: 'Validation failed', details: parsed.error.flatten().fieldErrors }, { status: 400 })
  }

  const em = container.resolve('em') as import('@mikro-orm/postgresql').EntityManager

  const user = await findOneWithDecryption(
    em,
    CustomerUser,
    { id: params.id, tenantId: auth.tenantId, organizationId: auth.orgId, deletedAt: null } as any,
    undefined,
    { tenantId: auth.tenantId, organizationId: auth.orgId },
  )
  if (!user) {
    return NextResponse.json({ ok: false, error: 'User not found' }, { status: 404 })
  }

  // Optimistic lock: refuse a stale overwrite so two admins editing the same
  // customer user in parallel cannot silently clobber each other (#2055). The
  // check is strictly additive — a no-op when the client sends no expected-version header.
  try {
    await enforceCommandOptimisticLockWithGuards(container, {
      resourceKind: 'customer_accounts.user',
      resourceId: user.id,
      current: user.updatedAt ?? null,
      request: req,
    })
  } catch (err) {
    if (isCrudHttpError(err)) return NextResponse.json(err.body, { status: err.status })
    throw err
  }

  // Reject a customerEntityId the caller does not own before persisting it.
  // Without this check a mislinked company FK cross-links the user into another
  // org/company's portal context and persists indefinitely (#2693). A null value
  // (unlink) needs no ownership check.
  if (parsed.data.customerEntityId) {
    const owned = await isOwnedCompanyEntity(em, parsed.data.customerEntityId, {
      tenantId: auth.tenantId,
      organizationId: auth.orgId,
    })
    if (!owned) {
      return NextResponse.json({ ok: false, error: 'Company not found' }, { status: 400 })
    }
  }

  // Always bump updated_at so the optimistic-lock version advances on every save.
  // `nativeUpdate` bypasses MikroORM's `onUpdate` hook, so set it explicitly — without
  // this the version never changes and concurrent edits cannot be detected (#2055).
  const nextUpdatedAt = new Date()
  const updates: Record<string, unknown> = { updatedAt: nextUpdatedAt }
  if (parsed.data.displayName !== undefined) updates.displayName = parsed.data.displayName
  if (parsed.data.isActive !== undefined) updates.isActive = parsed.data.isActive
  if (parsed.data.lockedUntil !== undefined) updates.lockedUntil = parsed.data.lockedUntil ? new Date(parsed.data.lockedUntil) : null
  if (parsed.data.personEntityId !== undefined) updates.personEntityId = parsed.data.personEntityId
  if (parsed.data.customerEntityId !== undefined) updates.customerEntityId = parsed.data.customerEntityId

  await em.nativeUpdate(CustomerUser, {
    id: user.id,
    tenantId: user.tenantId,
    organizationId: user.organizationId,
  }, updates)

  let rolesChanged = false
  if (parsed.data.roleIds !== undefined) {
    const requestedRoleIds = parsed.data.roleIds
    // Scope role resolution to the caller's organization too — CustomerRole is
    // org-scoped, so a tenant-only filter would let an admin link roles from
    // another org in the same tenant (#2693).
    const validRoles = requestedRoleIds.length > 0
      ? await findWithDecryption(
          em,
          CustomerRole,
          {
            id: { $in: requestedRoleIds } as any,
            tenantId: auth.tenantId,
            organizationId: auth.orgId,
            deletedAt: null,
          } as any,
          undefined,
          { tenantId: auth.tenantId, organizationId: auth.orgId },
        )
      : []
    if (validRoles.length !== requestedRoleIds.length) {
      const foundIds = new Set(validRoles.map((role) => role.id))
      const missingId = requestedRoleIds.find((roleId) => !foundIds.has(roleId))
      return NextResponse.json({ ok: false, error: `Role ${missingId} not found` }, { status: 400 })
    }

    await em.nativeDelete(CustomerUserRole, { user: user.id } as Record<string, unknown>)

    for (const role of validRoles) {
      const userRole = em.create(CustomerUserRole, {
        user,
        role,
        createdAt: new Date(),
      } as any)
      em.persist(userRole)
    }
    await em.flush()
    rolesChanged = true
  }

  if (rolesChanged) {
    const customerRbacService = container.resolve('customerRbacService') as CustomerRbacService
    await customerRbacService.invalidateUserCache(user.id)
  }

  void emitCustomerAccountsEvent('customer_accounts.user.updated', {
    id: user.id,
    recipientUserId: user.id,
    email: user.email,
    tenantId: user.tenantId,
    organizationId: user.organizationId,
    updatedBy: auth.sub,
  }).catch(() => undefined)

  return NextResponse.json({ ok: true, updatedAt: nextUpdatedAt.toISOString() })
}

export async function DELETE(req: Request, { params }: { params: { id: string } }) {
  const auth = await getAuthFromRequest(req)
  if (!auth) {
    return NextResponse.json({ ok: false, error: 'Authentication required' }, { status: 401 })
  }

  const container = await createRequestContainer()
  const rbacService = container.resolve('rbacService') as RbacService
  const hasAccess = await rbacService.userHasAllFeatures(auth.sub, ['customer_accounts.manage'], { tenantId: auth.tenantId, organizationId: auth.orgId })
  if (!hasAccess) {
    return NextResponse.json({ ok: false, error: 'Insufficient permissions' }, { status: 403 })
  }

  const em = container.resolve('em') as import('@mikro-orm/postgresql').EntityManager

  const user = await findOneWithDecryption(
    em,
    CustomerUser,
    { id: params.id, tenantId: auth.tenantId, organizationId: auth.orgId, deletedAt: null } as any,
    undefined,
    { tenantId: auth.tenantId, organizationId: auth.orgId },
  )
  if (!user) {
    return NextResponse.json({ ok: false, error: 'User not found' }, { status: 404 })
  }

  // Optimistic lock: refuse a stale delete (e.g. deleting a record another admin
  // already modified). Strictly additive — a no-op without the expected-version header.
  try {
    await enforceCommandOptimisticLockWithGuards(container, {
      resourceKind: 'customer_accounts.user',
      resourceId: user.id,
      current: user.updatedAt ?? null,
      request: req,
    })
  } catch (err) {
    if (isCrudHttpError(err)) return NextResponse.json(err.body, { status: err.status })
    throw err
  }

  const customerUserService = container.resolve('customerUserService') as CustomerUserService
  const customerSessionService = container.resolve('customerSessionService') as CustomerSessionService

  await customerUserService.softDelete(user.id, {
    tenantId: user.tenantId,
    organizationId: user.organizationId,
  })
  await customerSessionService.revokeAllUserSessions(user.id)

  void emitCustomerAccountsEvent('customer_accounts.user.deleted', {
    id: user.id,
    email: user.email,
    tenantId: user.tenantId,
    organizationId: user.organizationId,
    deletedBy: auth.sub,
  }).catch(() => undefined)

  return NextResponse.json({ ok: true })
}

const roleSchema = z.object({ id: z.string().uuid(), name: z.string(), slug: z.string() })
const userDetailSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  emailVerified: z.boolean(),
  isActive: z.boolean(),
  lockedUntil: z.string().datetime().nullable(),
  lastLoginAt: z.string().datetime().nullable(),
  failedLoginAttempts: z.number(),
  customerEntityId: z.string().uuid().nullable(),
  personEntityId: z.string().uuid().nullable(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime().nullable(),
  roles: z.array(roleSchema),
  activeSessionCount: z.number(),
})

const successSchema = z.object({ ok: z.literal(true) })
const errorSchema = z.object({ ok: z.literal(false), error: z.string() })

const getMethodDoc: OpenApiMethodDoc = {
  summary: 'Get customer user detail (admin)',
  description: 'Returns full customer user details including CRM links, roles, and active session count.',
  tags: ['Customer Accounts Admin'],
  responses: [{
    status: 200,
    description: 'User detail',
    schema: z.object({ ok: z.literal(true), user: userDetailSchema }),
  }],
  errors: [
    { status: 401, description: 'Not authenticated', schema: errorSchema },
    { status: 403, description: 'Insufficient permissions', schema: errorSchema },
    { status: 404, description: 'User not found', schema: errorSchema },
  ],
}

const putMethodDoc: OpenApiMethodDoc = {
  summary: 'Update customer user (admin)',
  description: 'Updates a customer user. Staff can update status, lock, CRM links, and roles. Role assignment bypasses customer_assignable check.',
  tags: ['Customer Accounts Admin'],
  requestBody: { schema: adminUpdateUserSchema },
  responses: [{ status: 200, description: 'User updated', schema: successSchema }],
  errors: [
    { status: 400, description: 'Validation failed or role not found', schema: errorSchema },
    { status: 401, description: 'Not authenticated', schema: errorSchema },
    { status: 403, description: 'Insufficient permissions', schema: errorSchema },
    { status: 404, description: 'User not found', schema: errorSchema },
  ],
}

const deleteMethodDoc: OpenApiMethodDoc = {
  summary: 'Delete customer user (admin)',
  description: 'Soft deletes a customer user and revokes all their active sessions.',
  tags: ['Customer Accounts Admin'],
  responses: [{ status: 200, description: 'User deleted', schema: successSchema }],
  errors: [
    { status: 401, description: 'Not authenticated', schema: errorSchema },
    { status: 403, description: 'Insufficient permissions', schema: errorSchema },
    { status: 404, description: 'User not found', schema: errorSchema },
  ],
}

export const openApi: OpenApiRouteDoc = {
  summary: 'Customer user detail management (admin)',
  pathParams: z.object({ id: z.string().uuid() }),
  methods: {
    GET: getMethodDoc,
    PUT: putMethodDoc,
    DELETE: deleteMethodDoc,
  },
}
