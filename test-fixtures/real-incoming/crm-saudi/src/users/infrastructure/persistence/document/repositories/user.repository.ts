import {
  Injectable,
  ConflictException,
  NotFoundException,
} from '@nestjs/common';
import { ClsService } from 'nestjs-cls'; // Import ClsService
import { NullableType } from '../../../../../utils/types/nullable.type';
import { FilterUserDto, SortUserDto } from '../../../../dto/query-user.dto';
import { User } from '../../../../domain/user';
import { UserRepository } from '../../user.repository';
import { UserSchemaClass, UserSchemaDocument } from '../entities/user.schema';
import { InjectModel } from '@nestjs/mongoose';
import { FilterQuery, Model, Types } from 'mongoose';
import { UserMapper } from '../mappers/user.mapper';
import { IPaginationOptions } from '../../../../../utils/types/pagination-options';
import { BaseDocumentRepository } from '../../../../../utils/persistence/document-repository.abstract';
import { PaginationResponseDto } from '../../../../../utils/dto/pagination-response.dto';
import { pagination } from '../../../../../utils/pagination';

@Injectable()
export class UsersDocumentRepository
  extends BaseDocumentRepository<UserSchemaDocument, User>
  implements UserRepository
{
  constructor(
    @InjectModel(UserSchemaClass.name)
    userModel: Model<UserSchemaDocument>,
    cls: ClsService, // Inject ClsService
  ) {
    super(userModel, cls);
  }

  protected mapToDomain(doc: UserSchemaClass): User {
    return UserMapper.toDomain(doc);
  }

  protected toPersistence(domain: User): UserSchemaClass {
    return UserMapper.toPersistence(domain);
  }

  /** Users are not CRM records — disable ownerId-based visibility filtering */
  protected enableDataVisibility(): boolean {
    return false;
  }

  protected applyTenantFilter(
    filter: FilterQuery<UserSchemaDocument> = {},
  ): FilterQuery<UserSchemaDocument> {
    return super.applyTenantFilter(filter);
  }

  async findManyWithPagination({
    filterOptions,
    sortOptions,
    paginationOptions,
  }: {
    filterOptions?: FilterUserDto | null;
    sortOptions?: SortUserDto[] | null;
    paginationOptions: IPaginationOptions;
  }): Promise<PaginationResponseDto<User>> {
    const where: FilterQuery<UserSchemaClass> = {};
    if (filterOptions?.roles?.length) {
      where['role'] = {
        $in: filterOptions.roles.map((role) => role.id),
      };
    }

    const scopedWhere = this.applyTenantFilter(where);

    const sortParam =
      sortOptions?.reduce(
        (accumulator, sort) => ({
          ...accumulator,
          [sort.orderBy === 'id' ? '_id' : sort.orderBy]:
            sort.order.toUpperCase() === 'ASC' ? 1 : -1,
        }),
        {},
      ) || {};

    const [userObjects, totalItems] = await Promise.all([
      this.model
        .find(scopedWhere)
        .sort(sortParam)
        .skip((paginationOptions.page - 1) * paginationOptions.limit)
        .limit(paginationOptions.limit)
        .exec(), // Thêm .exec() để trả về Promise thực thụ

      this.model.countDocuments(scopedWhere).exec(),
    ]);

    const domainUsers = userObjects.map((userObject) =>
      UserMapper.toDomain(userObject),
    );

    return pagination(domainUsers, totalItems, paginationOptions);
  }

  async findById(id: User['id']): Promise<NullableType<User>> {
    const filter = this.applyTenantFilter({ _id: id.toString() });
    const userObject = await this.model.findOne(filter);
    return userObject ? UserMapper.toDomain(userObject) : null;
  }

  async create(
    data: Omit<User, 'id' | 'createdAt' | 'deletedAt' | 'updatedAt'>,
    session?: any,
  ): Promise<User> {
    const domainEntity = new User();
    Object.assign(domainEntity, data);

    // Ensure tenants are set, defaulting to current tenant if not provided in tenants array
    if (!domainEntity.tenants || domainEntity.tenants.length === 0) {
      const tenantId = this.cls.get('tenantId');
      if (tenantId) {
        domainEntity.tenants = [
          { tenantId: tenantId, roles: [], joinedAt: new Date() },
        ];
      }
    }

    // Default values if needed, otherwise handled by schema defaults or mapper

    const persistenceModel = UserMapper.toPersistence(domainEntity);
    const createdUser = new this.model(persistenceModel);
    const userObject = await createdUser.save({ session });
    return UserMapper.toDomain(userObject);
  }

  async findByIds(ids: User['id'][]): Promise<User[]> {
    const filter = this.applyTenantFilter({ _id: { $in: ids } });
    const userObjects = await this.model.find(filter);
    return userObjects.map((userObject) => UserMapper.toDomain(userObject));
  }

  /**
   * Find users by IDs without applying tenant filter.
   * Used for cross-context lookups like resolving agent names in conversation history
   * where the CLS tenant context may not match the agents' tenant membership.
   */
  async findByIdsGlobal(ids: User['id'][]): Promise<User[]> {
    const userObjects = await this.model
      .find({ _id: { $in: ids.map(String) } })
      .setOptions({ isPlatformQuery: true });
    return userObjects.map((userObject) => UserMapper.toDomain(userObject));
  }

  async findManyByTenant(tenantId: string): Promise<User[]> {
    const filter = { 'tenants.tenantId': tenantId };
    const userObjects = await this.model.find(filter);
    return userObjects.map((userObject) => UserMapper.toDomain(userObject));
  }

  async searchByTenant(
    tenantId: string,
    { search, page, limit }: { search?: string; page: number; limit: number },
  ): Promise<{ data: User[]; totalItems: number }> {
    const filter: FilterQuery<UserSchemaDocument> = {
      'tenants.tenantId': tenantId,
    };

    const term = search?.trim();
    if (term) {
      // Escaped: a directory search box is user input, and an unescaped `(`
      // or `*` here is a 500 at best and a catastrophic-backtracking stall at
      // worst. Substring + case-insensitive, matching what the endpoint did
      // in memory before, so no caller sees its result set change shape.
      const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      filter.$or = [
        { firstName: { $regex: escaped, $options: 'i' } },
        { lastName: { $regex: escaped, $options: 'i' } },
        { email: { $regex: escaped, $options: 'i' } },
      ];
    }

    const [docs, totalItems] = await Promise.all([
      this.model
        .find(filter)
        // `_id` is the tiebreaker, not decoration: without a total order,
        // people with the same first name shuffle between pages and an
        // infinite-scroll list shows duplicates while skipping others.
        .sort({ firstName: 1, lastName: 1, _id: 1 })
        .skip((page - 1) * limit)
        .limit(limit)
        .exec(),
      this.model.countDocuments(filter).exec(),
    ]);

    return { data: docs.map(UserMapper.toDomain), totalItems };
  }

  /**
   * Member count per org unit for the tenant, as `{ [orgUnitId]: count }`.
   *
   * One aggregate rather than a count per node: the tree view needs every
   * node's count at once, and the org-unit delete guard needs one of them, so a
   * per-node query would be N round-trips to render a settings page.
   * Unassigned users (orgUnitId null) are simply absent from the map.
   */
  async countByOrgUnit(tenantId: string): Promise<Record<string, number>> {
    // An aggregate pipeline gets no schema casting, unlike a query — a raw
    // string here would silently match nothing against the stored ObjectId and
    // report every unit as empty, which would let the delete guard pass on a
    // unit that still has members.
    if (!Types.ObjectId.isValid(tenantId)) return {};

    const tenantObjectId = new Types.ObjectId(tenantId);
    const rows = await this.model.aggregate([
      { $match: { 'tenants.tenantId': tenantObjectId } },
      // Unwind before matching the unit: the placement lives on the membership,
      // and matching `tenants.orgUnitId` on the whole document would count a
      // user whose OTHER tenant's membership happens to name that unit.
      { $unwind: '$tenants' },
      {
        $match: {
          'tenants.tenantId': tenantObjectId,
          'tenants.orgUnitId': { $ne: null },
        },
      },
      { $group: { _id: '$tenants.orgUnitId', count: { $sum: 1 } } },
    ]);

    const counts: Record<string, number> = {};
    for (const row of rows as Array<{ _id: unknown; count: number }>) {
      counts[String(row._id)] = row.count;
    }
    return counts;
  }

  /**
   * Members of this tenant whose membership is missing something they need to
   * see anything: an org unit, or any role at all.
   *
   * Both produce the same confusing symptom — every module passes its `:view`
   * guard and then renders an empty list — so they are counted together for the
   * setup health check rather than discovered one support ticket at a time.
   */
  async countIncompleteMemberships(
    tenantId: string,
  ): Promise<{ withoutOrgUnit: number; withoutRole: number }> {
    if (!Types.ObjectId.isValid(tenantId)) {
      return { withoutOrgUnit: 0, withoutRole: 0 };
    }
    const tenantObjectId = new Types.ObjectId(tenantId);

    // `$elemMatch` so both conditions are read off the SAME membership — as
    // separate keys they could be satisfied by two different tenants' rows.
    const [withoutOrgUnit, withoutRole] = await Promise.all([
      this.model.countDocuments({
        tenants: {
          $elemMatch: {
            tenantId: tenantObjectId,
            $or: [{ orgUnitId: null }, { orgUnitId: { $exists: false } }],
          },
        },
      }),
      this.model.countDocuments({
        tenants: {
          $elemMatch: {
            tenantId: tenantObjectId,
            // Owners and admins hold the whole ceiling without a role, so they
            // are not "role-less" in any way that matters.
            roles: { $nin: ['OWNER', 'ADMIN'] },
            $or: [{ roleIds: { $size: 0 } }, { roleIds: { $exists: false } }],
          },
        },
      }),
    ]);

    return { withoutOrgUnit, withoutRole };
  }

  async findByEmail(email: User['email']): Promise<NullableType<User>> {
    if (!email) return null;

    // Skip tenant filter for global email lookup (authentication/JIT)
    const userObject = await this.model
      .findOne({ email })
      .setOptions({ isPlatformQuery: true });
    return userObject ? UserMapper.toDomain(userObject) : null;
  }

  async findByKeycloakIdAndProvider({
    keycloakId,
    provider,
  }: {
    keycloakId: User['keycloakId'];
    provider: User['provider'];
  }): Promise<NullableType<User>> {
    if (!keycloakId || !provider) return null;

    // Skip tenant filter for global keycloak ID lookup (authentication/JIT)
    const userObject = await this.model
      .findOne({ keycloakId, provider })
      .setOptions({ isPlatformQuery: true });

    return userObject ? UserMapper.toDomain(userObject) : null;
  }

  async findIncompleteOnboardingBefore(
    cutoffDate: Date,
    limit = 100,
  ): Promise<User[]> {
    const userObjects = await this.model
      .find({
        onboardingStatus: 'INCOMPLETE_ONBOARDING',
        createdAt: { $lt: cutoffDate },
        $or: [{ tenants: { $exists: false } }, { tenants: { $size: 0 } }],
      })
      .setOptions({ isPlatformQuery: true })
      .limit(limit)
      .exec();

    return userObjects.map((userObject) => UserMapper.toDomain(userObject));
  }

  async update(
    id: User['id'],
    payload: Partial<User>,
    session?: any,
  ): Promise<User> {
    const updated = await this.updateIfExists(id, payload, session);
    if (!updated) {
      throw new NotFoundException(`User ${String(id)} not found`);
    }
    return updated;
  }

  /**
   * Same override as `update()`, minus the refusal — see the base class for why
   * a scope miss must not be reported as success.
   */
  async updateIfExists(
    id: User['id'],
    payload: Partial<User>,
    session?: any, // Match Base signature optionally, or just ignore since we override
  ): Promise<User | null> {
    const clonedPayload = { ...payload };
    delete clonedPayload.id;

    const version = clonedPayload.version; // Extract version from payload
    // Do not delete version if mapper logic needs it for persistence?
    // Base implementation extracts and deletes. Here we manually extracting.

    const filter: FilterQuery<UserSchemaDocument> = { _id: id.toString() };
    const scopedFilter = this.applyTenantFilter(filter);

    // Optimistic locking: if version is provided, ensure we only update if version matches
    if (version !== undefined) {
      scopedFilter['__v'] = version;
    }

    // Use persistence mapper only for fields present in payload?
    // UserMapper.toPersistence expects full User.
    // For safer update, we should fetch, merge, then persist.
    // Re-using existing logic here but adapted for 'model' property.

    const user = await this.model
      .findOne(this.applyTenantFilter({ _id: id.toString() }))
      .session(session || null);
    if (!user) return null;

    const persistenceObject = UserMapper.toPersistence({
      ...UserMapper.toDomain(user),
      ...clonedPayload,
    });

    // Remove version from persistence object to avoid manually setting it,
    // let mongoose plugin handle it.
    delete (persistenceObject as any).__v;

    const updatedUser = await this.model.findOneAndUpdate(
      scopedFilter,
      {
        ...persistenceObject,
      },
      { new: true, session: session || null },
    );

    if (!updatedUser && version !== undefined) {
      throw new ConflictException('Data has been modified by another user');
    }

    return updatedUser ? UserMapper.toDomain(updatedUser) : null;
  }

  async remove(id: User['id']): Promise<void> {
    const removed = await this.removeIfExists(id);
    if (!removed) {
      throw new NotFoundException(`User ${String(id)} not found`);
    }
  }

  async removeIfExists(id: User['id']): Promise<boolean> {
    const filter = this.applyTenantFilter({ _id: id.toString() });
    const query = this.model.deleteOne(filter);
    if (!this.cls.get('tenantId')) {
      query.setOptions({ isPlatformQuery: true });
    }
    const result = await query;
    return result.deletedCount > 0;
  }

  /**
   * Upsert user with idempotency guarantee
   * Creates user if not exists, updates tenants if exists using $addToSet
   */
  async upsertWithTenants(
    keycloakId: string,
    email: string,
    userData: Partial<User>,
    newTenants: {
      tenantId: string;
      roles: string[];
      roleIds?: string[];
      orgUnitId?: string | null;
      reportsToId?: string | null;
      joinedAt: Date;
    }[],
    session?: any,
  ): Promise<User> {
    const persistenceData: any = {
      email,
      keycloakId,
      provider: userData.provider,
      firstName: userData.firstName,
      lastName: userData.lastName,
      // role and status are flat strings in the new schema
      platformRole: userData.platformRole?.id ?? null,
      status: userData.status?.id ?? null,
    };
    const setFields: Record<string, unknown> = {
      updatedAt: new Date(),
    };

    if (userData.onboardingStatus !== undefined) {
      setFields.onboardingStatus = userData.onboardingStatus;
    }

    // Use findOneAndUpdate with upsert for idempotency
    const updatedUser = await this.model
      .findOneAndUpdate(
        {
          $or: [{ keycloakId }, { email }],
        },
        {
          $setOnInsert: {
            // Only set these fields on insert (first time creation)
            ...persistenceData,
            createdAt: new Date(),
          },
          $set: {
            // Always update these fields
            ...setFields,
          },
          $addToSet: {
            // Add tenants only if they don't exist (prevents duplicates)
            tenants: { $each: newTenants },
          },
        },
        {
          upsert: true, // Create if doesn't exist
          new: true, // Return updated document
          setDefaultsOnInsert: true, // Apply schema defaults on insert
          session: session || null, // Ensure transaction flows
        },
      )
      .setOptions({ isPlatformQuery: true });

    return UserMapper.toDomain(updatedUser);
  }

  async removeTenantMembership(
    userId: string,
    tenantId: string,
  ): Promise<User> {
    const updatedUser = await this.model
      .findOneAndUpdate(
        { _id: userId },
        { $pull: { tenants: { tenantId: tenantId } } },
        { new: true },
      )
      .setOptions({ isPlatformQuery: true });

    if (!updatedUser) {
      throw new ConflictException('User not found');
    }

    return UserMapper.toDomain(updatedUser);
  }
}
