import { Request, Response } from 'express'
import { EnhancedRestClientBuilder } from '../../data'
import AllocationsApiClient, { ServiceConfigInfo, StaffDetailsRequest } from './allocationsApiClient'
import { components } from '../../@types/keyWorker'
import { UserPermissionLevel } from '../../interfaces/hmppsUser'
import CacheInterface from '../../data/cache/cacheInterface'

export default class AllocationsApiService {
  private prisonConfigCache: CacheInterface<components['schemas']['PrisonConfigResponse']>

  private readonly PRISON_CONFIG_CACHE_TIMEOUT = Number(process.env['PRISON_CONFIG_CACHE_TIMEOUT'] ?? 60)

  constructor(
    private readonly keyworkerApiClientBuilder: EnhancedRestClientBuilder<AllocationsApiClient>,
    cacheStore: (prefix: string) => CacheInterface<components['schemas']['PrisonConfigResponse']>,
  ) {
    this.prisonConfigCache = cacheStore('prison-config')
  }

  getServiceConfigInfo(req: Request): Promise<ServiceConfigInfo> {
    return this.keyworkerApiClientBuilder(req).getServiceConfigInfo()
  }

  getPrisonStats(
    req: Request,
    prisonId: string,
    fromDate: string,
    toDate: string,
    comparisonFrom: string,
    comparisonTo: string,
  ): ReturnType<AllocationsApiClient['getPrisonStats']> {
    return this.keyworkerApiClientBuilder(req).getPrisonStats(prisonId, fromDate, toDate, comparisonFrom, comparisonTo)
  }

  async getPrisonConfig(req: Request, prisonId: string): Promise<ReturnType<AllocationsApiClient['getPrisonConfig']>> {
    const cacheKey = `${prisonId}.${req.middleware?.policy}`
    const cached = await this.prisonConfigCache.get(cacheKey)
    if (cached) {
      return cached
    }
    const prisonConfig = await this.keyworkerApiClientBuilder(req).getPrisonConfig(prisonId)

    await this.prisonConfigCache.set(cacheKey, prisonConfig, this.PRISON_CONFIG_CACHE_TIMEOUT)

    return prisonConfig
  }

  async updatePrisonConfig(
    req: Request,
    res: Response,
    allowAutoAllocation: boolean,
    maximumCapacity: number,
    frequencyInWeeks?: number,
    allocationOrder?: 'BY_ALLOCATIONS' | 'BY_NAME',
  ) {
    const config = req.middleware!.prisonConfiguration!

    const requestBody = {
      isEnabled: res.locals.user.permissions >= UserPermissionLevel.ADMIN || config.isEnabled,
      hasPrisonersWithHighComplexityNeeds: config.hasPrisonersWithHighComplexityNeeds,
      allowAutoAllocation,
      capacity: maximumCapacity,
      frequencyInWeeks: frequencyInWeeks ?? config.frequencyInWeeks,
      allocationOrder: allocationOrder ?? config.allocationOrder,
    }

    const result = await this.keyworkerApiClientBuilder(req, res).updatePrisonConfig(
      res.locals.user.getActiveCaseloadId()!,
      requestBody,
    )

    await this.prisonConfigCache.del(`${res.locals.user.getActiveCaseloadId()}.${req.middleware?.policy}`)

    return result
  }

  async getStaffDetails(
    req: Request,
    prisonCode: string,
    staffId: string | number,
    includeStats: boolean,
    dateRange?: { from: string; to: string; comparisonFrom: string; comparisonTo: string },
  ): Promise<components['schemas']['StaffDetails'] & { staff: { firstName: string; lastName: string } }> {
    const response = await this.keyworkerApiClientBuilder(req).getStaffDetails(
      prisonCode,
      staffId,
      includeStats,
      dateRange,
    )

    return { ...response, staff: { firstName: response.firstName, lastName: response.lastName } }
  }

  getReferenceData(
    req: Request,
    domain: 'staff-status' | 'allocation-reason' | 'deallocation-reason',
  ): ReturnType<AllocationsApiClient['getReferenceData']> {
    return this.keyworkerApiClientBuilder(req).getReferenceData(domain)
  }

  searchPrisoners(
    req: Request,
    prisonCode: string,
    body: components['schemas']['PersonSearchRequest'],
  ): ReturnType<AllocationsApiClient['searchPrisoners']> {
    const query = {
      excludeActiveAllocations: body.excludeActiveAllocations,
    } as components['schemas']['PersonSearchRequest']

    if (body.query) {
      query.query = body.query
    }

    if (body.cellLocationPrefix) {
      query.cellLocationPrefix = body.cellLocationPrefix.replace(/([^-])$/, '$1-')
    }

    return this.keyworkerApiClientBuilder(req).searchPrisoners(prisonCode, query)
  }

  getStaffAllocations(
    req: Request,
    prisonerId: string,
    policy?: string,
  ): ReturnType<AllocationsApiClient['getStaffAllocations']> {
    return this.keyworkerApiClientBuilder(req).getStaffAllocations(prisonerId, policy)
  }

  putAllocationDeallocations(
    req: Request,
    res: Response,
    prisonCode: string,
    data: components['schemas']['PersonStaffAllocations'],
  ): ReturnType<AllocationsApiClient['putAllocationDeallocations']> {
    return this.keyworkerApiClientBuilder(req, res).putAllocationDeallocations(prisonCode, data)
  }

  searchAllocatableStaff(
    req: Request,
    res: Response,
    searchOptions: components['schemas']['AllocatableSearchRequest'],
    includeStats: boolean,
  ) {
    return this.keyworkerApiClientBuilder(req, res).searchAllocatableStaff(
      res.locals.user.getActiveCaseloadId()!,
      searchOptions,
      includeStats,
    )
  }

  searchRecordedEvents(req: Request, res: Response, staffId: string | number, from: string, to: string) {
    return this.keyworkerApiClientBuilder(req, res).searchRecordedEvents(
      res.locals.user.getActiveCaseloadId()!,
      staffId,
      {
        from,
        to,
        types: req.middleware?.policy === 'KEY_WORKER' ? ['SESSION', 'ENTRY'] : ['ENTRY'],
      },
    )
  }

  upsertStaffDetails(req: Request, res: Response, staffId: string | number, requestBody: StaffDetailsRequest) {
    return this.keyworkerApiClientBuilder(req, res).upsertStaffDetails(
      res.locals.user.getActiveCaseloadId()!,
      staffId,
      requestBody,
    )
  }

  deleteStaffDetails(req: Request, res: Response, staffId: string | number) {
    return this.keyworkerApiClientBuilder(req, res).deleteStaffDetails(res.locals.user.getActiveCaseloadId()!, staffId)
  }

  allocationRecommendations(req: Request, prisonCode: string) {
    return this.keyworkerApiClientBuilder(req).allocationRecommendations(prisonCode)
  }

  searchStaff(req: Request, prisonCode: string, query: components['schemas']['StaffSearchRequest']) {
    return this.keyworkerApiClientBuilder(req).searchStaff(prisonCode, query)
  }

  getPolicies(req: Request, prisonCode: string) {
    return this.keyworkerApiClientBuilder(req).getPolicies(prisonCode)
  }

  async putPolicies(req: Request, res: Response, request: components['schemas']['PrisonPolicies']) {
    const result = await this.keyworkerApiClientBuilder(req, res).putPolicies(
      res.locals.user.getActiveCaseloadId()!,
      request,
    )
    await this.prisonConfigCache.del(`${res.locals.user.getActiveCaseloadId()}.${req.middleware?.policy}`)
    return result
  }
}
