import {
  Controller,
  Get,
  Post,
  Body,
  Patch,
  Param,
  Delete,
  UseGuards,
  Query,
  HttpStatus,
  HttpCode,
  SerializeOptions,
  UseInterceptors,
  Request,
} from '@nestjs/common';
import { CacheTTL } from '@nestjs/cache-manager';
import { HttpCacheInterceptor } from '../common/cache/interceptors/http-cache.interceptor';
import { CacheEntity } from '../common/cache/decorators/cache-entity.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { InviteUserDto } from './dto/invite-user.dto';
import { CreateUserForTenantDto } from './dto/create-user-for-tenant.dto';
import { CheckEmailDto } from './dto/check-email.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { SetTenantRoleDto } from './dto/set-tenant-role.dto';
import { PreviewEffectivePermissionsDto } from './dto/preview-effective-permissions.dto';
import { PreviewMembershipAccessDto } from './dto/preview-membership-access.dto';
import { UpdateUserI18nPreferencesDto } from './dto/user-i18n-preferences.dto';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { Roles } from '../roles/roles.decorator';
import { PlatformRoleEnum } from '../roles/platform-role.enum';

import { NullableType } from '../utils/types/nullable.type';
import { QueryUserDto } from './dto/query-user.dto';
import { User } from './domain/user';
import { UsersService } from './users.service';
import { RolesGuard } from '../roles/roles.guard';
import { ClsService } from 'nestjs-cls';
import { RequirePermission, UseAcl, LoadResource } from '../common/permissions';
import { AuthzPermissionCacheService } from '../common/permissions/authz-permission-cache.service';
import {
  PaginationResponse,
  PaginationResponseDto,
} from '../utils/dto/pagination-response.dto';

/**
 * Upper bound on `limit`. A ceiling still exists so one caller cannot ask for
 * a tenant's entire directory in a single response, but it is high enough that
 * the pickers which legitimately want a whole small directory get one.
 */
const MAX_PAGE_SIZE = 200;

@ApiBearerAuth()
@UseGuards(RolesGuard)
@ApiTags('Users')
@Controller({
  path: 'users',
  version: '1',
})
@UseInterceptors(HttpCacheInterceptor)
@CacheEntity('User')
export class UsersController {
  constructor(
    private readonly usersService: UsersService,
    private readonly cls: ClsService,
    private readonly authzCache: AuthzPermissionCacheService,
  ) {}

  @ApiCreatedResponse({
    type: User,
  })
  @SerializeOptions({
    groups: ['admin'],
  })
  @Roles(PlatformRoleEnum.SUPER_ADMIN)
  @Post()
  @HttpCode(HttpStatus.CREATED)
  create(@Body() createProfileDto: CreateUserDto): Promise<User> {
    return this.usersService.create(createProfileDto);
  }

  @ApiOkResponse({
    description: 'Check if an email already exists in the system',
  })
  @ApiOperation({ summary: 'Check if a user with this email exists' })
  @RequirePermission('create', 'users')
  @Post('check-email')
  @HttpCode(HttpStatus.OK)
  checkEmail(@Body() checkEmailDto: CheckEmailDto): Promise<{
    exists: boolean;
    user?: { firstName: string | null; lastName: string | null };
  }> {
    return this.usersService.checkEmail(checkEmailDto.email);
  }

  @ApiCreatedResponse({
    type: User,
  })
  @ApiOperation({ summary: 'Invite an existing user to the current tenant' })
  @RequirePermission('create', 'users')
  @SerializeOptions({
    groups: ['admin'],
  })
  @Post('invite')
  @HttpCode(HttpStatus.CREATED)
  invite(@Body() inviteUserDto: InviteUserDto): Promise<User> {
    return this.usersService.invite(inviteUserDto);
  }

  @ApiCreatedResponse({
    type: User,
  })
  @ApiOperation({
    summary: 'Create a new user and add them to the current tenant',
  })
  @RequirePermission('create', 'users')
  @SerializeOptions({
    groups: ['admin'],
  })
  @Post('create-for-tenant')
  @HttpCode(HttpStatus.CREATED)
  createForTenant(
    @Body() createUserForTenantDto: CreateUserForTenantDto,
  ): Promise<User> {
    return this.usersService.createForTenant(createUserForTenantDto);
  }

  @ApiOperation({
    summary:
      'Preview the access an invite would produce, before the membership exists.',
    description:
      'Answers "what will this person see" for a role/tenant-role combination ' +
      'that has no user behind it yet. Read-only; nothing is persisted. ' +
      'Exists so the invite dialog does not have to derive permissions in the ' +
      'browser, which would be a second engine free to disagree with this one.',
  })
  @ApiOkResponse({
    description: 'Effective permission keys, full-access flag and data scope',
  })
  @RequirePermission('create', 'users')
  @Post('membership-access-preview')
  @HttpCode(HttpStatus.OK)
  previewMembershipAccess(@Body() dto: PreviewMembershipAccessDto) {
    const tenantId = this.cls.get<string>('tenantId');
    return this.authzCache.previewMembershipAccess(tenantId, {
      tenantRole: dto.tenantRole,
      roleIds: dto.roleIds,
    });
  }

  @ApiOkResponse({
    type: PaginationResponse(User),
  })
  @SerializeOptions({
    groups: ['admin'],
  })
  @Get()
  @RequirePermission('view', 'users')
  @HttpCode(HttpStatus.OK)
  @CacheTTL(60)
  async findAll(
    @Query() query: QueryUserDto,
  ): Promise<PaginationResponseDto<User>> {
    const page = Math.max(1, query?.page ?? 1);
    // 200, not 50: the old ceiling silently truncated every picker that asked
    // for a whole directory, and there is no longer a reason to keep it low —
    // the query below is indexed, counted and paged in the database rather
    // than materialised in this process.
    const limit = Math.min(query?.limit ?? 10, MAX_PAGE_SIZE);

    const tenantId = this.usersService.getTenantId();
    const search = query?.search; // Search by name/email

    // If tenantId is present and user is NOT a super admin, filter by tenant
    // For now, if tenantId is present, we prioritize the tenant-based list for users
    if (tenantId) {
      const { data, totalItems } = await this.usersService.searchByTenant(
        tenantId,
        { search, page, limit },
      );

      return {
        data,
        totalItems,
        totalPages: Math.ceil(totalItems / limit),
        currentPage: page,
        hasNextPage: page * limit < totalItems,
        hasPreviousPage: page > 1,
      };
    }

    return await this.usersService.findManyWithPagination({
      filterOptions: query?.filters,
      sortOptions: query?.sort,
      paginationOptions: {
        page,
        limit,
      },
    });
  }

  @ApiOkResponse({
    type: User,
  })
  @SerializeOptions({
    groups: ['admin'],
  })
  @Get(':id')
  @RequirePermission('view', 'users')
  @HttpCode(HttpStatus.OK)
  @ApiParam({
    name: 'id',
    type: String,
    required: true,
  })
  @CacheTTL(60)
  findOne(@Param('id') id: User['id']): Promise<NullableType<User>> {
    return this.usersService.findById(id);
  }

  @ApiOkResponse({ description: 'Groups the user belongs to in this tenant' })
  @ApiOperation({ summary: 'Get all groups a user belongs to in the tenant' })
  @RequirePermission('view', 'users')
  @Get(':id/groups')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'id', type: String, required: true })
  getUserGroups(@Param('id') id: string) {
    return this.usersService.getUserGroups(id);
  }

  @ApiOperation({
    summary:
      "Resolve a user's effective permissions in the current tenant, with source attribution (role/group/direct/override) — for admin preview.",
  })
  @ApiOkResponse({ description: 'Effective permissions + per-key sources' })
  @RequirePermission('view', 'users')
  @Get(':id/effective-permissions')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'id', type: String, required: true })
  getEffectivePermissions(@Param('id') id: string) {
    const tenantId = this.cls.get<string>('tenantId');
    return this.authzCache.explainForUser(id, tenantId);
  }

  @ApiOperation({
    summary:
      "Preview a user's effective permissions under UNSAVED role/override edits. Read-only: nothing is persisted.",
  })
  @ApiOkResponse({ description: 'Effective permissions + per-key sources' })
  @RequirePermission('view', 'users')
  @Post(':id/effective-permissions/preview')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'id', type: String, required: true })
  previewEffectivePermissions(
    @Param('id') id: string,
    @Body() dto: PreviewEffectivePermissionsDto,
  ) {
    const tenantId = this.cls.get<string>('tenantId');
    return this.authzCache.explainForUser(id, tenantId, {
      roleIds: dto.roleIds,
      permissionOverrides: dto.permissionOverrides,
    });
  }

  @ApiOperation({
    summary:
      'Promote/demote a member (ADMIN ⇄ MEMBER) in the current tenant. ADMIN grants the full tenant ceiling.',
  })
  @ApiOkResponse({ type: User })
  @SerializeOptions({ groups: ['admin'] })
  @RequirePermission('manage_roles', 'users')
  @Patch(':id/tenant-role')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'id', type: String, required: true })
  setTenantRole(
    @Param('id') id: string,
    @Body() dto: SetTenantRoleDto,
  ): Promise<User> {
    return this.usersService.setTenantRole(id, dto.tenantRole);
  }

  @ApiOkResponse({
    type: User,
  })
  @SerializeOptions({
    groups: ['admin'],
  })
  @Patch(':id')
  @RequirePermission('edit', 'users')
  @UseAcl('edit', 'users')
  @LoadResource('users')
  @HttpCode(HttpStatus.OK)
  @ApiParam({
    name: 'id',
    type: String,
    required: true,
  })
  update(
    @Param('id') id: User['id'],
    @Body() updateProfileDto: UpdateUserDto,
  ): Promise<User | null> {
    return this.usersService.update(id, updateProfileDto);
  }

  @ApiOperation({ summary: 'Remove a user from the current tenant' })
  @RequirePermission('delete', 'users')
  @UseAcl('delete', 'users')
  @LoadResource('users')
  @Delete(':id/tenant')
  @ApiParam({ name: 'id', type: String, required: true })
  @HttpCode(HttpStatus.OK)
  removeFromTenant(@Param('id') id: string): Promise<User> {
    return this.usersService.removeFromTenant(id);
  }

  @Delete(':id')
  @RequirePermission('delete', 'users')
  @UseAcl('delete', 'users')
  @LoadResource('users')
  @ApiParam({
    name: 'id',
    type: String,
    required: true,
  })
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@Param('id') id: User['id']): Promise<void> {
    return this.usersService.remove(id);
  }

  // i18n Preferences (User-level override with tenant cascade)
  // Self-scoped by CLS/token userId (never a path param) — no permission
  // decorator needed, same as auth/me.

  @ApiOperation({
    summary: 'Get resolved i18n settings for the current user',
    description:
      'Returns merged i18n settings: user overrides → tenant defaults → system defaults.',
  })
  @ApiOkResponse({
    schema: {
      example: {
        locale: 'vi',
        timezone: 'Asia/Ho_Chi_Minh',
        dateFormat: 'DD/MM/YYYY',
        currency: 'VND',
        _sources: {
          locale: 'user',
          timezone: 'tenant',
          dateFormat: 'tenant',
          currency: 'tenant',
        },
      },
    },
  })
  @Get('me/i18n')
  @HttpCode(HttpStatus.OK)
  async getMyI18n(@Request() req: any) {
    const userId = this.cls.get('userId') ?? req.user?.userId ?? req.user?.sub;
    const tenantId = this.cls.get('tenantId');
    return this.usersService.getResolvedI18n(userId, tenantId);
  }

  @ApiOperation({
    summary: 'Update current user i18n preferences',
    description:
      'Set locale/timezone overrides. Use null to inherit from tenant defaults.',
  })
  @Patch('me/i18n')
  @HttpCode(HttpStatus.OK)
  async updateMyI18n(
    @Request() req: any,
    @Body() dto: UpdateUserI18nPreferencesDto,
  ) {
    const userId = this.cls.get('userId') ?? req.user?.userId ?? req.user?.sub;
    return this.usersService.updateI18nPreferences(userId, dto);
  }
}
