import {
  Injectable,
  NotFoundException,
  ConflictException,
  BadRequestException,
  OnModuleInit,
  Logger,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Prisma, UrlStatus, Url } from '@prisma/client';
import { PrismaService } from '@/common/database/prisma.service';
import { CacheService } from '@/common/cache/cache.service';
import { DistributedLockService } from '@/common/cache/distributed-lock.service';
import { AuditLogService } from '@/modules/audit-log/audit-log.service';
import { RequestMeta } from '@/common/decorators/request-meta.decorator';
import { CreateUrlDto } from './dto/create-url.dto';
import { UpdateUrlDto } from './dto/update-url.dto';
import { UrlQueryDto } from './dto/url-query.dto';
import { UrlResponseDto, UrlListResponseDto } from './dto/url-response.dto';
import type { UtmFieldName } from './dto/utm-suggestions-query.dto';
import { buildPaginatedResponse } from '@/common/dto';
import {
  generateCustomSlug,
  validateSlug,
} from '@/common/utils/slug-generator';
import { hashPassword } from '@/common/utils/password-hasher';
import { ERROR_MESSAGES } from '@/common/constants/errors';
import * as QRCode from 'qrcode';

/**
 * URL with variants for A/B testing
 */
interface UrlWithVariants extends Url {
  variants?: Array<{
    id: string;
    name: string;
    targetUrl: string;
    weight: number;
    isActive: boolean;
    clickCount: number;
  }>;
}

@Injectable()
export class UrlService implements OnModuleInit {
  private readonly logger = new Logger(UrlService.name);
  // Optimized cache strategy with tiered TTLs
  private readonly CACHE_TTL = 7200; // 2 hours (default)
  private readonly HOT_URL_CACHE_TTL = 86400; // 24 hours (for popular URLs)
  private readonly HOT_URL_THRESHOLD = 100; // URLs with >100 clicks are considered "hot"
  private readonly CACHE_PREFIX = 'url:';

  // Dynamic slug length strategy
  private urlCount = 0;
  private readonly slugLengthThresholds: number[];
  private readonly slugLengths: number[];

  constructor(
    private prisma: PrismaService,
    private cacheService: CacheService,
    private distributedLockService: DistributedLockService,
    private configService: ConfigService,
    private eventEmitter: EventEmitter2,
    private auditLogService: AuditLogService
  ) {
    // Parse environment variables with defaults
    const thresholdsStr = this.configService.get<string>(
      'SLUG_LENGTH_THRESHOLDS',
      '1000,50000,500000'
    );
    const lengthsStr = this.configService.get<string>(
      'SLUG_LENGTHS',
      '4,5,6,7'
    );

    this.slugLengthThresholds = thresholdsStr
      .split(',')
      .map((t) => parseInt(t.trim(), 10));
    this.slugLengths = lengthsStr.split(',').map((l) => parseInt(l.trim(), 10));

    if (this.slugLengthThresholds.length !== this.slugLengths.length - 1) {
      this.logger.warn(
        'SLUG_LENGTH_THRESHOLDS and SLUG_LENGTHS configuration mismatch. Using defaults.'
      );
      this.slugLengthThresholds = [1000, 50000, 500000];
      this.slugLengths = [4, 5, 6, 7];
    }
  }

  /**
   * Load current URL count on service initialization
   * Optimized: Non-blocking async initialization to improve startup time
   */
  async onModuleInit() {
    // Initialize with 0, then load count asynchronously
    this.urlCount = 0;
    this.logger.log('URL Service initializing...');
    this.logger.log(
      `Dynamic slug length strategy: Thresholds=${this.slugLengthThresholds.join(',')}, Lengths=${this.slugLengths.join(',')}`
    );

    // Load URL count asynchronously without blocking initialization
    this.loadUrlCount().catch((error) => {
      this.logger.error(
        'Failed to load URL count during initialization',
        error
      );
    });
  }

  /**
   * Asynchronously load URL count
   */
  private async loadUrlCount(): Promise<void> {
    try {
      const count = await this.prisma.url.count();
      this.urlCount = count;
      this.logger.log(`URL count loaded: ${this.urlCount}`);
    } catch (error) {
      this.logger.error('Failed to load URL count', error);
    }
  }

  /**
   * Create short URL
   * @param userId - User ID
   * @param createUrlDto - URL creation data
   * @param meta - Request metadata
   * @param options - Additional options for internal use
   * @param options.skipAuditLog - Skip individual audit log (used in bulk operations)
   */
  async create(
    userId: string,
    createUrlDto: CreateUrlDto,
    meta?: RequestMeta,
    options?: { skipAuditLog?: boolean }
  ): Promise<UrlResponseDto> {
    const {
      originalUrl,
      customSlug,
      title,
      password,
      expiresAt,
      utmSource,
      utmMedium,
      utmCampaign,
      utmTerm,
      utmContent,
      utmId,
      utmSourcePlatform,
      ogTitle,
      ogDescription,
      twitterCardType,
    } = createUrlDto;

    // Generate or validate slug
    let slug: string;
    if (customSlug) {
      // Validate custom slug format
      if (!validateSlug(customSlug)) {
        throw new BadRequestException('Invalid custom slug format');
      }

      // Use distributed lock to protect custom slug validation and creation
      // This prevents TOCTOU (time-of-check to time-of-use) race conditions
      const lockResource = `slug:custom:${customSlug}`;
      const lockResult = await this.distributedLockService.acquireWithRetry(
        lockResource,
        3000, // 3 seconds TTL
        2, // max 2 retries
        50 // 50ms retry delay
      );

      try {
        // Check if slug already exists (with or without lock protection)
        const existing = await this.prisma.url.findUnique({
          where: { slug: customSlug },
        });

        if (existing) {
          throw new ConflictException(ERROR_MESSAGES.URL_SLUG_EXISTS);
        }

        slug = customSlug;
      } finally {
        if (lockResult.acquired) {
          await this.distributedLockService.release(
            lockResource,
            lockResult.lockId
          );
        }
      }
    } else {
      // Auto-generate slug and handle collisions
      slug = await this.generateUniqueSlug();
    }

    // Hash password if provided
    const hashedPassword = password ? await hashPassword(password) : null;

    // Process expiration date
    const expirationDate = expiresAt ? new Date(expiresAt) : null;

    // Create URL
    const url = await this.prisma.url.create({
      data: {
        slug,
        originalUrl,
        title,
        userId,
        password: hashedPassword,
        expiresAt: expirationDate,
        utmSource,
        utmMedium,
        utmCampaign,
        utmTerm,
        utmContent,
        utmId,
        utmSourcePlatform,
        ogTitle,
        ogDescription,
        twitterCardType,
      },
    });

    // Cache the newly created URL with dynamic TTL
    await this.cacheUrl(url);

    // Update in-memory counter (for dynamic length strategy)
    this.urlCount++;

    // Emit url.created event for webhooks
    this.eventEmitter.emit('url.created', url);

    // Audit log (skip for bulk operations to avoid duplicate logs)
    if (!options?.skipAuditLog) {
      await this.auditLogService.create({
        userId,
        action: 'URL_CREATED',
        entityType: 'url',
        entityId: url.id,
        newValue: {
          slug: url.slug,
          originalUrl: url.originalUrl,
          title: url.title,
        },
        ipAddress: meta?.ipAddress,
        userAgent: meta?.userAgent,
      });
    }

    return this.mapToResponse(url);
  }

  /**
   * Query all URLs (with pagination, search, and sorting)
   */
  async findAll(
    userId: string,
    queryDto: UrlQueryDto,
    userRole?: 'ADMIN' | 'USER'
  ): Promise<UrlListResponseDto> {
    const {
      page = 1,
      pageSize = 10,
      search,
      status,
      sortBy,
      sortOrder,
    } = queryDto;

    // Build query conditions
    const where: Prisma.UrlWhereInput = {
      // ADMIN can see all URLs, USER only sees their own
      ...(userRole !== 'ADMIN' && { userId }),
      ...(status && { status: status as UrlStatus }),
      ...(search && {
        OR: [
          { title: { contains: search, mode: 'insensitive' } },
          { originalUrl: { contains: search, mode: 'insensitive' } },
          { slug: { contains: search, mode: 'insensitive' } },
        ],
      }),
    };

    // Build sorting conditions
    const orderBy: Prisma.UrlOrderByWithRelationInput = {
      [sortBy || 'createdAt']: sortOrder || 'desc',
    };

    // Execute paginated query
    const [urls, total] = await Promise.all([
      this.prisma.url.findMany({
        where,
        orderBy,
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      this.prisma.url.count({ where }),
    ]);

    return buildPaginatedResponse(
      urls.map((url) => this.mapToResponse(url)),
      total,
      page,
      pageSize
    );
  }

  /**
   * Get dashboard statistics for URLs
   */
  async getStats(
    userId: string,
    userRole?: 'ADMIN' | 'USER'
  ): Promise<{
    totalUrls: number;
    activeUrls: number;
    inactiveUrls: number;
    expiredUrls: number;
  }> {
    const where: Prisma.UrlWhereInput = userRole === 'ADMIN' ? {} : { userId };

    const [total, active, inactive, expired] = await Promise.all([
      this.prisma.url.count({ where }),
      this.prisma.url.count({ where: { ...where, status: UrlStatus.ACTIVE } }),
      this.prisma.url.count({
        where: { ...where, status: UrlStatus.INACTIVE },
      }),
      this.prisma.url.count({ where: { ...where, status: UrlStatus.EXPIRED } }),
    ]);

    return {
      totalUrls: total,
      activeUrls: active,
      inactiveUrls: inactive,
      expiredUrls: expired,
    };
  }

  /**
   * Get distinct UTM field values for autocomplete suggestions
   */
  async getUtmSuggestions(
    field: UtmFieldName,
    q: string | undefined
  ): Promise<{ value: string; count: number }[]> {
    const where: Prisma.UrlWhereInput = {
      [field]: {
        not: null,
        ...(q ? { startsWith: q, mode: 'insensitive' as const } : {}),
      },
    };

    const results = await this.prisma.url.groupBy({
      by: [field as Prisma.UrlScalarFieldEnum],
      where,
      _count: { [field]: true },
      orderBy: { _count: { [field]: 'desc' } },
      take: 20,
    });

    return results
      .filter((r) => r[field] !== null)
      .map((r) => ({
        value: r[field] as string,
        count: (r._count as unknown as Record<string, number>)[field],
      }));
  }

  /**
   * Find a single URL by ID
   */
  async findOne(
    id: string,
    userId: string,
    userRole?: 'ADMIN' | 'USER'
  ): Promise<UrlResponseDto> {
    // Try to get from cache first (skip cache for admin to include user info)
    if (userRole !== 'ADMIN') {
      const cacheKey = `${this.CACHE_PREFIX}${id}`;
      const cached = await this.cacheService.get<Url>(cacheKey);
      if (cached && cached.userId === userId) {
        return this.mapToResponse(cached);
      }
    }

    // Query from database
    const url = await this.prisma.url.findFirst({
      where: {
        id,
        // ADMIN can view any URL, USER only their own
        ...(userRole !== 'ADMIN' && { userId }),
      },
      ...(userRole === 'ADMIN' && {
        include: { user: { select: { name: true, email: true } } },
      }),
    });

    if (!url) {
      throw new NotFoundException(ERROR_MESSAGES.URL_NOT_FOUND);
    }

    // Cache the result (skip for admin queries which include joined user data)
    if (userRole !== 'ADMIN') {
      await this.cacheUrl(url);
    }

    const response = this.mapToResponse(url);

    // Add creator info for admin
    if (userRole === 'ADMIN' && (url as any).user) {
      response.createdByName = (url as any).user.name ?? undefined;
      response.createdByEmail = (url as any).user.email;
    }

    return response;
  }

  /**
   * Find URL by slug (for redirects)
   */
  async findBySlug(slug: string): Promise<UrlWithVariants> {
    // Try to get from cache first
    const cacheKey = `${this.CACHE_PREFIX}slug:${slug}`;
    const cached = await this.cacheService.get<UrlWithVariants>(cacheKey);

    if (cached) {
      return cached;
    }

    // Query from database (include variants for A/B Testing)
    const url = await this.prisma.url.findUnique({
      where: { slug },
      include: {
        variants: {
          where: { isActive: true },
          orderBy: { createdAt: 'asc' },
        },
      },
    });

    if (!url) {
      throw new NotFoundException(ERROR_MESSAGES.URL_NOT_FOUND);
    }

    // Check status
    if (url.status !== 'ACTIVE') {
      throw new BadRequestException(ERROR_MESSAGES.URL_INACTIVE);
    }

    // Check if expired
    if (url.expiresAt && new Date() > url.expiresAt) {
      // Automatically mark as expired
      await this.prisma.url.update({
        where: { id: url.id },
        data: { status: 'EXPIRED' },
      });
      throw new BadRequestException(ERROR_MESSAGES.URL_EXPIRED);
    }

    // Cache the result with dynamic TTL based on popularity
    const ttl = this.getDynamicTTL(url.clickCount);
    await this.cacheService.set(cacheKey, url, ttl);

    return url;
  }

  /**
   * Update URL
   */
  async update(
    id: string,
    userId: string,
    updateUrlDto: UpdateUrlDto,
    userRole?: 'ADMIN' | 'USER',
    meta?: RequestMeta
  ): Promise<UrlResponseDto> {
    // Check if URL exists and belongs to the user (or user is ADMIN)
    const existing = await this.prisma.url.findFirst({
      where: {
        id,
        // ADMIN can update any URL, USER only their own
        ...(userRole !== 'ADMIN' && { userId }),
      },
    });

    if (!existing) {
      throw new NotFoundException(ERROR_MESSAGES.URL_NOT_FOUND);
    }

    const { password, expiresAt, ogImage, ...restDto } = updateUrlDto;

    // Process password
    let hashedPassword: string | null | undefined = undefined;
    if (password !== undefined) {
      hashedPassword = password === null ? null : await hashPassword(password);
    }

    // Process expiration date
    let expirationDate: Date | null | undefined = undefined;
    if (expiresAt !== undefined) {
      expirationDate = expiresAt === null ? null : new Date(expiresAt);
    }

    // Update URL
    const url = await this.prisma.url.update({
      where: { id },
      data: {
        ...restDto,
        ...(hashedPassword !== undefined && { password: hashedPassword }),
        ...(expirationDate !== undefined && { expiresAt: expirationDate }),
        ...(ogImage !== undefined && { ogImage }),
      },
    });

    // Clear cache
    await this.clearUrlCache(id, url.slug);

    // Emit url.updated event for webhooks
    this.eventEmitter.emit('url.updated', url);

    // Clean up old OG image after successful DB update
    if (ogImage === null && existing.ogImage) {
      this.eventEmitter.emit('og-image.cleanup', {
        ogImageKey: existing.ogImage,
      });
    }

    // Audit log
    await this.auditLogService.create({
      userId,
      action: 'URL_UPDATED',
      entityType: 'url',
      entityId: url.id,
      oldValue: {
        slug: existing.slug,
        originalUrl: existing.originalUrl,
        title: existing.title,
        status: existing.status,
      },
      newValue: {
        slug: url.slug,
        originalUrl: url.originalUrl,
        title: url.title,
        status: url.status,
      },
      ipAddress: meta?.ipAddress,
      userAgent: meta?.userAgent,
    });

    return this.mapToResponse(url);
  }

  /**
   * Delete URL
   */
  async delete(
    id: string,
    userId: string,
    userRole?: 'ADMIN' | 'USER',
    meta?: RequestMeta
  ): Promise<void> {
    // Check if URL exists and belongs to the user (or user is ADMIN)
    const existing = await this.prisma.url.findFirst({
      where: {
        id,
        // ADMIN can delete any URL, USER only their own
        ...(userRole !== 'ADMIN' && { userId }),
      },
    });

    if (!existing) {
      throw new NotFoundException(ERROR_MESSAGES.URL_NOT_FOUND);
    }

    // Delete URL (will cascade delete related Click records)
    await this.prisma.url.delete({
      where: { id },
    });

    // Clear cache
    await this.clearUrlCache(id, existing.slug);

    // Update in-memory counter (for dynamic length strategy)
    this.urlCount = Math.max(0, this.urlCount - 1);

    // Emit url.deleted event for webhooks
    this.eventEmitter.emit('url.deleted', {
      id: existing.id,
      slug: existing.slug,
      originalUrl: existing.originalUrl,
      userId: existing.userId,
    });

    // Emit event for OG image cleanup (if exists)
    if (existing.ogImage) {
      this.eventEmitter.emit('og-image.cleanup', {
        ogImageKey: existing.ogImage,
      });
    }

    // Audit log
    await this.auditLogService.create({
      userId,
      action: 'URL_DELETED',
      entityType: 'url',
      entityId: existing.id,
      oldValue: {
        slug: existing.slug,
        originalUrl: existing.originalUrl,
        title: existing.title,
      },
      ipAddress: meta?.ipAddress,
      userAgent: meta?.userAgent,
    });
  }

  /**
   * Increment click count (used by Redirect module)
   * Optimization: Merge two queries into one to avoid N+1 problem
   */
  async incrementClickCount(urlId: string): Promise<void> {
    // Use update's return value to get slug, avoiding additional findUnique query
    const url = await this.prisma.url.update({
      where: { id: urlId },
      data: {
        clickCount: {
          increment: 1,
        },
      },
      select: {
        slug: true, // Only select required fields
      },
    });

    // Clear cache to reload fresh data on next query
    await this.clearUrlCache(urlId, url.slug);
  }

  /**
   * Determine slug length based on current URL count
   */
  private determineSlugLength(): number {
    const count = this.urlCount;

    for (let i = 0; i < this.slugLengthThresholds.length; i++) {
      if (count < this.slugLengthThresholds[i]) {
        return this.slugLengths[i];
      }
    }

    // If exceeds all thresholds, use the last length
    return this.slugLengths[this.slugLengths.length - 1];
  }

  /**
   * Generate unique slug (handle collisions with dynamic length strategy)
   * Uses distributed lock when Redis is available to prevent race conditions
   * Falls back to optimistic concurrency (retry on conflict) when Redis is unavailable
   */
  private async generateUniqueSlug(maxAttempts: number = 5): Promise<string> {
    const baseLength = this.determineSlugLength();

    // Try to use distributed lock for slug generation
    // Lock key uses a hash bucket to reduce contention while still providing protection
    const lockResource = 'slug:generation';
    const lockTtlMs = 3000; // 3 seconds should be enough for slug generation

    // Try to acquire lock with retries
    const lockResult = await this.distributedLockService.acquireWithRetry(
      lockResource,
      lockTtlMs,
      2, // max 2 retries
      50 // 50ms retry delay
    );

    try {
      // Whether we have the lock or not, we still try to generate the slug
      // The lock just reduces the chance of collision in multi-instance scenarios
      for (let attempt = 0; attempt < maxAttempts; attempt++) {
        const slug = generateCustomSlug(baseLength);

        // Check if already exists
        const existing = await this.prisma.url.findUnique({
          where: { slug },
        });

        if (!existing) {
          if (!lockResult.acquired) {
            this.logger.debug(
              `Slug generated without lock (Redis unavailable or lock contention): ${slug}`
            );
          }
          return slug;
        }
      }

      // If multiple collision attempts, use +2 length slug
      const fallbackLength = baseLength + 2;
      const longSlug = generateCustomSlug(fallbackLength);
      const existing = await this.prisma.url.findUnique({
        where: { slug: longSlug },
      });

      if (existing) {
        throw new ConflictException(
          'Unable to generate unique short URL code, please try again later'
        );
      }

      this.logger.warn(
        `Used fallback slug length ${fallbackLength} after ${maxAttempts} collision attempts`
      );

      return longSlug;
    } finally {
      // Always release the lock if we acquired it
      if (lockResult.acquired) {
        await this.distributedLockService.release(
          lockResource,
          lockResult.lockId
        );
      }
    }
  }

  /**
   * Get dynamic TTL based on URL popularity
   * Hot URLs (high click count) get longer cache times
   */
  private getDynamicTTL(clickCount: number): number {
    if (clickCount >= this.HOT_URL_THRESHOLD) {
      return this.HOT_URL_CACHE_TTL; // 24 hours for popular URLs
    }
    return this.CACHE_TTL; // 2 hours for normal URLs
  }

  /**
   * Cache URL data with dynamic TTL based on popularity
   */
  private async cacheUrl(url: Url | UrlWithVariants): Promise<void> {
    const ttl = this.getDynamicTTL(url.clickCount);

    // Use ID as key
    const idKey = `${this.CACHE_PREFIX}${url.id}`;
    await this.cacheService.set(idKey, url, ttl);

    // Use slug as key (for redirects) - hot URLs get longer cache
    const slugKey = `${this.CACHE_PREFIX}slug:${url.slug}`;
    await this.cacheService.set(slugKey, url, ttl);

    // Log cache strategy for hot URLs
    if (url.clickCount >= this.HOT_URL_THRESHOLD) {
      this.logger.debug(
        `Hot URL cached: ${url.slug} (${url.clickCount} clicks) with TTL ${ttl}s`
      );
    }
  }

  /**
   * Clear URL cache
   */
  private async clearUrlCache(id: string, slug: string): Promise<void> {
    const idKey = `${this.CACHE_PREFIX}${id}`;
    const slugKey = `${this.CACHE_PREFIX}slug:${slug}`;

    await Promise.all([
      this.cacheService.del(idKey),
      this.cacheService.del(slugKey),
    ]);
  }

  /**
   * Bulk clear URL cache with batching to prevent Redis overload
   */
  private async bulkClearUrlCache(
    urls: { id: string; slug: string }[]
  ): Promise<void> {
    const BATCH_SIZE = 50;

    for (let i = 0; i < urls.length; i += BATCH_SIZE) {
      const batch = urls.slice(i, i + BATCH_SIZE);
      await Promise.all(
        batch.map((url) => this.clearUrlCache(url.id, url.slug))
      );

      // Add small delay between batches to prevent Redis overload
      if (i + BATCH_SIZE < urls.length) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  }

  /**
   * Map to response DTO
   */
  private mapToResponse(url: Url): UrlResponseDto {
    const shortUrlDomain = this.configService.get<string>('SHORT_URL_DOMAIN');

    // Build OG image proxy URL
    let ogImageUrl: string | undefined;
    if (url.ogImage) {
      const backendUrl = shortUrlDomain || '';
      const cacheBust = url.updatedAt ? new Date(url.updatedAt).getTime() : '';
      ogImageUrl = `${backendUrl}/api/og-images/${encodeURIComponent(url.ogImage)}?v=${cacheBust}`;
    }

    return {
      id: url.id,
      slug: url.slug,
      shortUrl: `${shortUrlDomain}/${url.slug}`,
      originalUrl: url.originalUrl,
      title: url.title ?? undefined,
      userId: url.userId,
      status: url.status,
      clickCount: url.clickCount,
      hasPassword: !!url.password,
      expiresAt: url.expiresAt ?? undefined,
      utmSource: url.utmSource ?? undefined,
      utmMedium: url.utmMedium ?? undefined,
      utmCampaign: url.utmCampaign ?? undefined,
      utmTerm: url.utmTerm ?? undefined,
      utmContent: url.utmContent ?? undefined,
      utmId: url.utmId ?? undefined,
      utmSourcePlatform: url.utmSourcePlatform ?? undefined,
      isAbTest: url.isAbTest,
      isSmartRouting: url.isSmartRouting,
      defaultUrl: url.defaultUrl ?? undefined,
      ogTitle: url.ogTitle ?? undefined,
      ogDescription: url.ogDescription ?? undefined,
      ogImage: url.ogImage ?? undefined,
      ogImageUrl,
      twitterCardType: url.twitterCardType ?? undefined,
      createdAt: url.createdAt,
      updatedAt: url.updatedAt,
    };
  }

  /**
   * Generate QR Code (Base64 format)
   */
  async generateQRCode(
    id: string,
    userId: string,
    options?: {
      width?: number;
      margin?: number;
      color?: { dark?: string; light?: string };
    },
    userRole?: 'ADMIN' | 'USER'
  ): Promise<string> {
    // Check if URL exists and belongs to the user (or user is ADMIN)
    const url = await this.prisma.url.findFirst({
      where: {
        id,
        // ADMIN can generate QR code for any URL, USER only their own
        ...(userRole !== 'ADMIN' && { userId }),
      },
    });

    if (!url) {
      throw new NotFoundException(ERROR_MESSAGES.URL_NOT_FOUND);
    }

    // Build complete short URL
    const shortUrlDomain = this.configService.get<string>('SHORT_URL_DOMAIN');
    const shortUrl = `${shortUrlDomain}/${url.slug}`;

    // Generate QR Code (Data URL format)
    try {
      const qrCodeDataUrl = await QRCode.toDataURL(shortUrl, {
        width: options?.width || 512,
        margin: options?.margin || 2,
        color: {
          dark: options?.color?.dark || '#000000',
          light: options?.color?.light || '#ffffff',
        },
        errorCorrectionLevel: 'M',
      });

      return qrCodeDataUrl;
    } catch (error) {
      this.logger.error(`Failed to generate QR Code for URL ${id}`, error);
      throw new BadRequestException('Failed to generate QR Code');
    }
  }

  // ==================== URL Count Management (for UrlBulkService) ====================

  /**
   * Decrement URL count (used by UrlBulkService for bulk delete operations)
   */
  decrementUrlCount(count: number): void {
    this.urlCount = Math.max(0, this.urlCount - count);
  }

  /**
   * Get current URL count (for monitoring/debugging)
   */
  getUrlCount(): number {
    return this.urlCount;
  }
}
