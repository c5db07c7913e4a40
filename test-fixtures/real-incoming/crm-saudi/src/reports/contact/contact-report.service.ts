import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ClsService } from 'nestjs-cls';
import { Model, Types } from 'mongoose';
import {
  ContactSchemaClass,
  ContactSchemaDocument,
} from '../../contacts/infrastructure/persistence/document/entities/contact.schema';
import { DealSchemaClass } from '../../deals/infrastructure/persistence/document/entities/deal.schema';
import { CrmSettingsService } from '../../crm-settings/crm-settings.service';
import { BaseReportFilterDto } from '../shared/dto/base-report-filter.dto';
import {
  FunnelReportMeta,
  ReportResponse,
} from '../shared/interfaces/report-response.interface';
import {
  getMongoDateFormat,
  mergeGrowthBuckets,
  parseReportDateRange,
} from '../shared/utils/report-date.util';
import { safePercent } from '../shared/utils/report-percentage.util';
import { buildReportResponse } from '../shared/utils/report-response.util';
import { buildCrmReportVisibilityFilter } from '../shared/utils/report-visibility-filter.util';
import { GetContactReportDto } from './dto/get-contact-report.dto';
import {
  AssignmentItem,
  FunnelLeakageItem,
  FunnelVelocityItem,
  GrowthDataPoint,
  OmniActivationItem,
  DataQualityData,
  OptOutData,
  ScoreBucket,
  LeadConversionData,
  ShadowConversionData,
  SourceAttributionItem,
  StaleContactsData,
} from './interfaces/contact-report-types';
import { reportAggregate } from '../shared/utils/report-aggregate.util';
import { ContactGrowthRollupReader } from './rollup/contact-growth-rollup.reader';

type DateContext = {
  from: Date;
  to: Date;
  timezone: string;
  requestedGranularity?: string;
  resolvedGranularity: 'day' | 'week' | 'month';
  warnings: string[];
};

type StageHistoryEntry = {
  fromStage?: string | null;
  toStage?: string | null;
  changedAt?: Date | string;
  direction?: 'forward' | 'backward' | 'lateral';
  skippedStages?: string[];
};

@Injectable()
export class ContactReportService {
  constructor(
    @InjectModel(ContactSchemaClass.name)
    private readonly contactModel: Model<ContactSchemaDocument>,
    @InjectModel(DealSchemaClass.name)
    private readonly dealModel: Model<any>,
    private readonly settingsService: CrmSettingsService,
    private readonly cls: ClsService,
    private readonly growthRollup: ContactGrowthRollupReader,
  ) {}

  async getGrowthTrend(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<GrowthDataPoint[]>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const format = getMongoDateFormat(context.resolvedGranularity);
    const baseMatch = this.buildBaseMatch(dto, { skipSoftDelete: true });

    // Try the pre-aggregated rollup first. It answers the same question from ~one
    // row per owner per day instead of scanning the whole contacts collection, which
    // at 100M records is the most expensive read in the product AND sits on the
    // most-visited screen.
    //
    // `tryRead` returns null whenever the rollup cannot answer the exact question —
    // an unsupported filter, an ABAC predicate, a timezone mismatch, or a range
    // extending past what has been computed. The fallback below is always correct, so
    // the rollup can only make this faster, never wrong.
    const rollup = await this.growthRollup.tryRead({
      tenantId: this.resolveTenantId(),
      request: dto,
      from: context.from,
      to: context.to,
      timezone: context.timezone,
      granularity: context.resolvedGranularity,
    });

    if (rollup) {
      const data = mergeGrowthBuckets(
        context.from,
        context.to,
        context.resolvedGranularity,
        rollup.created,
        rollup.deleted,
      );
      return buildReportResponse({
        report: 'growth_trend',
        dto,
        data,
        totalRecords: data.reduce(
          (sum, item) => sum + item.createdCount + item.deletedCount,
          0,
        ),
        startedAt,
        requestedGranularity: context.requestedGranularity,
        resolvedGranularity: context.resolvedGranularity,
        warnings: context.warnings,
      });
    }

    // Single aggregation with $facet: one collection scan handles both the
    // created-bucket and the deleted-bucket. Old impl issued two parallel
    // aggregates which each scanned the contact collection independently.
    //
    // The `deleted` series depends on delete being a SOFT delete. It reports
    // nothing at all while `DELETE /contacts/:id` issued a hard `deleteOne` —
    // the document that carried the `deletedAt` this buckets on was gone — so the
    // churn line silently only ever counted merges. ContactRepository.remove()
    // now soft-deletes and ContactPurgeService performs the hard delete after the
    // retention window, which is what makes this series mean what it claims.
    // If either of those reverts to an immediate hard delete, this goes quiet
    // again rather than erroring.
    const facetMatchOr: any[] = [
      { createdAt: { $gte: context.from, $lte: context.to } },
      { deletedAt: { $gte: context.from, $lte: context.to } },
    ];
    const [facetResult] = await reportAggregate(this.contactModel, [
      { $match: { ...baseMatch, $or: facetMatchOr } },
      {
        $facet: {
          created: [
            {
              $match: {
                createdAt: { $gte: context.from, $lte: context.to },
              },
            },
            {
              $group: {
                _id: {
                  $dateToString: {
                    format,
                    date: '$createdAt',
                    timezone: context.timezone,
                  },
                },
                count: { $sum: 1 },
              },
            },
          ],
          deleted: [
            {
              $match: {
                deletedAt: { $gte: context.from, $lte: context.to },
              },
            },
            {
              $group: {
                _id: {
                  $dateToString: {
                    format,
                    date: '$deletedAt',
                    timezone: context.timezone,
                  },
                },
                count: { $sum: 1 },
              },
            },
          ],
        },
      },
    ]).exec();
    const created = facetResult?.created ?? [];
    const deleted = facetResult?.deleted ?? [];

    const data = mergeGrowthBuckets(
      context.from,
      context.to,
      context.resolvedGranularity,
      created,
      deleted,
    );

    return buildReportResponse({
      report: 'growth_trend',
      dto,
      data,
      totalRecords: data.reduce(
        (sum, item) => sum + item.createdCount + item.deletedCount,
        0,
      ),
      startedAt,
      requestedGranularity: context.requestedGranularity,
      resolvedGranularity: context.resolvedGranularity,
      warnings: context.warnings,
    });
  }

  async getSourceAttribution(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<SourceAttributionItem[]>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const match = this.buildBaseMatch(dto, {
      createdBetween: { from: context.from, to: context.to },
    });
    // Combine countDocuments + group-by into a single pipeline. The old
    // version scanned the contact collection twice for the same filter.
    const [facetResult, sourceMap] = await Promise.all([
      reportAggregate(this.contactModel, [
        { $match: match },
        {
          $facet: {
            total: [{ $count: 'count' }],
            rows: [
              {
                $group: {
                  _id: { $ifNull: ['$sourceId', null] },
                  count: { $sum: 1 },
                },
              },
              { $sort: { count: -1 } },
            ],
          },
        },
      ])
        .exec()
        .then((res) => res?.[0] ?? { total: [], rows: [] }),
      this.getSourceMap(),
    ]);
    const total: number = facetResult.total?.[0]?.count ?? 0;
    const rows: any[] = facetResult.rows ?? [];
    const data = rows.map((row) => {
      const sourceId = row._id ?? null;

      return {
        sourceId,
        sourceName: sourceId
          ? (sourceMap.get(sourceId) ?? 'Unknown')
          : 'Unknown',
        count: row.count,
        percentage: safePercent(row.count, total),
      };
    });

    return buildReportResponse({
      report: 'source_attribution',
      dto,
      data,
      totalRecords: total,
      startedAt,
    });
  }

  async getAssignmentDistribution(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<AssignmentItem[]>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const match = this.buildBaseMatch(dto, {
      createdBetween: { from: context.from, to: context.to },
    });
    // Combine count + group/lookup into one pipeline so the contact
    // collection is scanned a single time.
    const [facetResult] = await reportAggregate(this.contactModel, [
      { $match: match },
      {
        $facet: {
          total: [{ $count: 'count' }],
          rows: [
            {
              $group: {
                _id: { $ifNull: ['$ownerId', null] },
                count: { $sum: 1 },
              },
            },
            {
              $lookup: {
                from: 'users',
                localField: '_id',
                foreignField: '_id',
                as: 'owner',
              },
            },
            { $unwind: { path: '$owner', preserveNullAndEmptyArrays: true } },
            { $sort: { count: -1 } },
          ],
        },
      },
    ]).exec();
    const total: number = facetResult?.total?.[0]?.count ?? 0;
    const rows: any[] = facetResult?.rows ?? [];
    const data = rows.map((row) => {
      const ownerName = [row.owner?.firstName, row.owner?.lastName]
        .filter(Boolean)
        .join(' ')
        .trim();

      return {
        ownerId: row._id?.toString?.() ?? null,
        ownerName: ownerName || row.owner?.email || 'Unassigned',
        count: row.count,
        percentage: safePercent(row.count, total),
      };
    });

    return buildReportResponse({
      report: 'assignment_distribution',
      dto,
      data,
      totalRecords: total,
      startedAt,
    });
  }

  async getStaleContacts(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<StaleContactsData>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const match = this.buildBaseMatch(dto, { createdBeforeOrOn: context.to });
    const rows = await reportAggregate(this.contactModel, [
      { $match: match },
      {
        $project: {
          inactiveDays: {
            $dateDiff: {
              startDate: { $ifNull: ['$lastActivityAt', '$createdAt'] },
              endDate: context.to,
              unit: 'day',
            },
          },
        },
      },
      {
        $group: {
          _id: null,
          active: {
            $sum: { $cond: [{ $lt: ['$inactiveDays', 30] }, 1, 0] },
          },
          days30: {
            $sum: {
              $cond: [
                {
                  $and: [
                    { $gte: ['$inactiveDays', 30] },
                    { $lt: ['$inactiveDays', 60] },
                  ],
                },
                1,
                0,
              ],
            },
          },
          days60: {
            $sum: {
              $cond: [
                {
                  $and: [
                    { $gte: ['$inactiveDays', 60] },
                    { $lt: ['$inactiveDays', 90] },
                  ],
                },
                1,
                0,
              ],
            },
          },
          days90: {
            $sum: {
              $cond: [
                {
                  $and: [
                    { $gte: ['$inactiveDays', 90] },
                    { $lt: ['$inactiveDays', 180] },
                  ],
                },
                1,
                0,
              ],
            },
          },
          days180: {
            $sum: { $cond: [{ $gte: ['$inactiveDays', 180] }, 1, 0] },
          },
        },
      },
    ]).exec();
    const row = rows[0] ?? {};
    const totalStale =
      (row.days30 ?? 0) +
      (row.days60 ?? 0) +
      (row.days90 ?? 0) +
      (row.days180 ?? 0);
    const total = totalStale + (row.active ?? 0);
    const buckets = [
      { days: 30, label: '30-59 days', count: row.days30 ?? 0 },
      { days: 60, label: '60-89 days', count: row.days60 ?? 0 },
      { days: 90, label: '90-179 days', count: row.days90 ?? 0 },
      { days: 180, label: '180+ days', count: row.days180 ?? 0 },
    ].map((bucket) => ({
      ...bucket,
      percentage: safePercent(bucket.count, total),
    }));
    const data = {
      buckets,
      totalStale,
      totalActive: row.active ?? 0,
    };

    return buildReportResponse({
      report: 'stale_contacts',
      dto,
      data,
      totalRecords: total,
      startedAt,
    });
  }

  async getScoreDistribution(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<ScoreBucket[]>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const match = this.buildBaseMatch(dto, {
      createdBetween: { from: context.from, to: context.to },
    });
    // Single aggregation: $facet so count and bucket pipeline both
    // re-use one collection scan via the shared $match stage above.
    const [facetResult] = await reportAggregate(this.contactModel, [
      { $match: match },
      {
        $facet: {
          total: [{ $count: 'count' }],
          buckets: [
            {
              $project: {
                score: {
                  $min: [100, { $max: [0, { $ifNull: ['$score', 0] }] }],
                },
              },
            },
            {
              $bucket: {
                groupBy: '$score',
                boundaries: [0, 21, 41, 61, 81, 101],
                default: 'other',
                output: { count: { $sum: 1 } },
              },
            },
          ],
        },
      },
    ]).exec();
    const total: number = facetResult?.total?.[0]?.count ?? 0;
    const rows: any[] = facetResult?.buckets ?? [];
    const labels: Record<string, Pick<ScoreBucket, 'range' | 'label'>> = {
      '0': { range: '0-20', label: 'Low' },
      '21': { range: '21-40', label: 'Fair' },
      '41': { range: '41-60', label: 'Medium' },
      '61': { range: '61-80', label: 'High' },
      '81': { range: '81-100', label: 'Excellent' },
    };
    const counts = new Map(rows.map((row) => [String(row._id), row.count]));
    const data = Object.entries(labels).map(([key, value]) => {
      const count = counts.get(key) ?? 0;

      return {
        ...value,
        count,
        percentage: safePercent(count, total),
      };
    });

    return buildReportResponse({
      report: 'score_distribution',
      dto,
      data,
      totalRecords: total,
      startedAt,
    });
  }

  async getOptOutRate(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<OptOutData>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const match = this.buildBaseMatch(dto, {
      createdBetween: { from: context.from, to: context.to },
    });
    const rows = await reportAggregate(this.contactModel, [
      { $match: match },
      {
        $group: {
          _id: null,
          total: { $sum: 1 },
          emailOptOut: {
            $sum: {
              $cond: [
                { $ne: [{ $ifNull: ['$emailOptIn', false] }, true] },
                1,
                0,
              ],
            },
          },
          smsOptOut: {
            $sum: {
              $cond: [{ $ne: [{ $ifNull: ['$smsOptIn', false] }, true] }, 1, 0],
            },
          },
          whatsappOptOut: {
            $sum: {
              $cond: [{ $ne: [{ $ifNull: ['$whatsappOptIn', false] }, true] }, 1, 0],
            },
          },
          doNotCall: {
            $sum: { $cond: [{ $eq: ['$doNotCall', true] }, 1, 0] },
          },
        },
      },
    ]).exec();
    const row = rows[0] ?? {
      total: 0,
      emailOptOut: 0,
      smsOptOut: 0,
      whatsappOptOut: 0,
      doNotCall: 0,
    };
    const data = {
      emailOptOut: {
        count: row.emailOptOut,
        total: row.total,
        rate: safePercent(row.emailOptOut, row.total),
      },
      smsOptOut: {
        count: row.smsOptOut,
        total: row.total,
        rate: safePercent(row.smsOptOut, row.total),
      },
      whatsappOptOut: {
        count: row.whatsappOptOut,
        total: row.total,
        rate: safePercent(row.whatsappOptOut, row.total),
      },
      doNotCall: {
        count: row.doNotCall,
        total: row.total,
        rate: safePercent(row.doNotCall, row.total),
      },
    };

    return buildReportResponse({
      report: 'opt_out_rate',
      dto,
      data,
      totalRecords: row.total,
      startedAt,
    });
  }

  async getOmniActivation(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<OmniActivationItem[]>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const match = this.buildBaseMatch(dto, {
      createdBetween: { from: context.from, to: context.to },
    });
    const pipeline: any[] = [{ $match: match }, { $unwind: '$omniIdentities' }];

    if (dto.channel) {
      pipeline.push({ $match: { 'omniIdentities.channelType': dto.channel } });
    }

    pipeline.push(
      {
        $group: {
          _id: '$omniIdentities.channelType',
          count: { $sum: 1 },
        },
      },
      { $sort: { count: -1 } },
    );

    const [total, rows] = await Promise.all([
      this.contactModel.countDocuments(match).exec(),
      reportAggregate(this.contactModel, pipeline).exec(),
    ]);
    const data = rows.map((row) => ({
      channelType: row._id ?? 'unknown',
      count: row.count,
      percentage: safePercent(row.count, total),
    }));

    return buildReportResponse({
      report: 'omni_activation',
      dto,
      data,
      totalRecords: total,
      startedAt,
    });
  }

  async getShadowConversion(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<ShadowConversionData>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const format = getMongoDateFormat(context.resolvedGranularity);
    const match = {
      ...this.buildBaseMatch(dto, {
        createdBetween: { from: context.from, to: context.to },
      }),
      'omniIdentities.0': { $exists: true },
    };
    const convertedExpression = {
      $and: [
        { $eq: ['$isShadow', false] },
        {
          $or: [
            { $gt: [{ $size: { $ifNull: ['$emails', []] } }, 0] },
            { $gt: [{ $size: { $ifNull: ['$phones', []] } }, 0] },
          ],
        },
      ],
    };
    const [summary, trendRows] = await Promise.all([
      reportAggregate(this.contactModel, [
        { $match: match },
        {
          $group: {
            _id: null,
            totalShadow: { $sum: 1 },
            convertedCount: {
              $sum: { $cond: [convertedExpression, 1, 0] },
            },
          },
        },
      ]).exec(),
      reportAggregate(this.contactModel, [
        { $match: match },
        {
          $group: {
            _id: {
              $dateToString: {
                format,
                date: '$createdAt',
                timezone: context.timezone,
              },
            },
            total: { $sum: 1 },
            converted: { $sum: { $cond: [convertedExpression, 1, 0] } },
          },
        },
        { $sort: { _id: 1 } },
      ]).exec(),
    ]);
    const totals = summary[0] ?? { totalShadow: 0, convertedCount: 0 };
    const data = {
      totalShadow: totals.totalShadow,
      convertedCount: totals.convertedCount,
      conversionRate: safePercent(totals.convertedCount, totals.totalShadow),
      trend: trendRows.map((row) => ({
        date: row._id,
        converted: row.converted,
        total: row.total,
      })),
    };

    return buildReportResponse({
      report: 'shadow_conversion',
      dto,
      data,
      totalRecords: totals.totalShadow,
      startedAt,
      requestedGranularity: context.requestedGranularity,
      resolvedGranularity: context.resolvedGranularity,
      warnings: context.warnings,
    });
  }

  /**
   * Lead → Won. There is no separate Lead entity in this product — a contact
   * IS the lead while it sits in whichever `contact_lifecycle` stage(s) the
   * tenant marks `isLeadStage` — so "converted" means the contact's own
   * `stageHistory` shows it entered a lead stage at some point AND at least one
   * Deal referencing it (`Deal.contactIds`) has since closed Won. Matched by
   * `stageHistory`, not the current `lifecycleStageId`: a contact that actually
   * converted has almost always moved past the lead stage by now, so the
   * current-stage alone would undercount to near zero.
   */
  async getLeadConversion(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<LeadConversionData>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const format = getMongoDateFormat(context.resolvedGranularity);
    const tenantId = this.resolveTenantId();
    const leadStages = await this.getLeadStages();

    if (leadStages.apiNames.length === 0) {
      const data: LeadConversionData = {
        configured: false,
        leadStageNames: [],
        totalLeads: 0,
        wonCount: 0,
        conversionRate: 0,
        trend: [],
      };
      return buildReportResponse({
        report: 'lead_conversion',
        dto,
        data,
        totalRecords: 0,
        startedAt,
        requestedGranularity: context.requestedGranularity,
        resolvedGranularity: context.resolvedGranularity,
        warnings: [
          ...context.warnings,
          'No contact_lifecycle stage is marked as a lead stage for this tenant.',
        ],
      });
    }

    const match = {
      ...this.buildBaseMatch(dto, {
        createdBetween: { from: context.from, to: context.to },
      }),
      'stageHistory.toStage': { $in: leadStages.apiNames },
    };
    const dealVisibility = buildCrmReportVisibilityFilter(this.cls, 'Deal');

    const wonLookup = {
      $lookup: {
        from: 'deals',
        let: { contactId: '$_id' },
        pipeline: [
          {
            $match: {
              $expr: { $in: ['$$contactId', { $ifNull: ['$contactIds', []] } ] },
              tenantId,
              wonAt: { $ne: null },
              ...(Object.keys(dealVisibility).length > 0
                ? dealVisibility
                : {}),
            },
          },
          { $limit: 1 },
          { $project: { _id: 1 } },
        ],
        as: 'wonDeal',
      },
    };

    const [summary, trendRows] = await Promise.all([
      reportAggregate(this.contactModel, [
        { $match: match },
        wonLookup,
        {
          $group: {
            _id: null,
            totalLeads: { $sum: 1 },
            wonCount: { $sum: { $cond: [{ $gt: [{ $size: '$wonDeal' }, 0] }, 1, 0] } },
          },
        },
      ]).exec(),
      reportAggregate(this.contactModel, [
        { $match: match },
        wonLookup,
        {
          $group: {
            _id: {
              $dateToString: {
                format,
                date: '$createdAt',
                timezone: context.timezone,
              },
            },
            total: { $sum: 1 },
            won: { $sum: { $cond: [{ $gt: [{ $size: '$wonDeal' }, 0] }, 1, 0] } },
          },
        },
        { $sort: { _id: 1 } },
      ]).exec(),
    ]);

    const totals = summary[0] ?? { totalLeads: 0, wonCount: 0 };
    const data: LeadConversionData = {
      configured: true,
      leadStageNames: leadStages.names,
      totalLeads: totals.totalLeads,
      wonCount: totals.wonCount,
      conversionRate: safePercent(totals.wonCount, totals.totalLeads),
      trend: trendRows.map((row) => ({
        date: row._id,
        won: row.won,
        total: row.total,
      })),
    };

    return buildReportResponse({
      report: 'lead_conversion',
      dto,
      data,
      totalRecords: totals.totalLeads,
      startedAt,
      requestedGranularity: context.requestedGranularity,
      resolvedGranularity: context.resolvedGranularity,
      warnings: context.warnings,
    });
  }

  async getFunnelVelocity(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<FunnelVelocityItem[], FunnelReportMeta>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const [coverage, stageMap] = await Promise.all([
      this.getFunnelCoverage(dto, context.to),
      this.getStageMap(),
    ]);
    const contacts = await this.fetchFunnelContacts(dto, context);

    const transitions = new Map<string, number[]>();

    for (const contact of contacts) {
      const history = this.sortHistory(contact.stageHistory ?? []);
      for (let index = 0; index < history.length; index += 1) {
        const transition = this.resolveTransition(
          history,
          index,
          contact,
          context,
        );
        if (!transition) continue;

        const { key, elapsedDays } = transition;
        transitions.set(key, [...(transitions.get(key) ?? []), elapsedDays]);
      }
    }

    const data = [...transitions.entries()]
      .map(([key, values]) => {
        const [fromStage, toStage] = key.split('::');

        return {
          fromStage,
          fromStageName: stageMap.get(fromStage) ?? fromStage,
          toStage,
          toStageName: stageMap.get(toStage) ?? toStage,
          avgDays: this.roundOne(
            values.reduce((sum, value) => sum + value, 0) / values.length,
          ),
          medianDays: this.roundOne(this.median(values)),
          transitionCount: values.length,
        };
      })
      .sort((a, b) => b.transitionCount - a.transitionCount);

    return buildReportResponse({
      report: 'funnel_velocity',
      dto,
      data,
      totalRecords: contacts.length,
      startedAt,
      meta: {
        stageHistoryCoverage: coverage.coverage,
      } as Partial<FunnelReportMeta>,
      warnings: coverage.warnings,
    });
  }

  async getFunnelLeakage(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<FunnelLeakageItem[], FunnelReportMeta>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const coverage = await this.getFunnelCoverage(dto, context.to);
    const contacts = await this.fetchFunnelContacts(dto, context);

    const leakage = new Map<string, FunnelLeakageItem>();

    for (const contact of contacts) {
      const history = this.sortHistory(contact.stageHistory ?? []);
      this.collectLeakageEntries(history, context, leakage);
    }

    const data = [...leakage.values()].sort((a, b) => b.count - a.count);

    return buildReportResponse({
      report: 'funnel_leakage',
      dto,
      data,
      totalRecords: contacts.length,
      startedAt,
      meta: {
        stageHistoryCoverage: coverage.coverage,
      } as Partial<FunnelReportMeta>,
      warnings: coverage.warnings,
    });
  }

  /** Load contacts with stageHistory for funnel reports (capped at 50k). */
  private async fetchFunnelContacts(
    dto: GetContactReportDto,
    context: DateContext,
  ): Promise<any[]> {
    const match = {
      ...this.buildBaseMatch(dto, { createdBeforeOrOn: context.to }),
      'stageHistory.0': { $exists: true },
    };
    const FUNNEL_LIMIT = 50_000;
    const contacts = await this.contactModel
      .find(match, { createdAt: 1, stageHistory: 1 })
      .sort({ createdAt: -1 })
      .limit(FUNNEL_LIMIT)
      .lean()
      .exec();
    if (contacts.length >= FUNNEL_LIMIT) {
      context.warnings.push(
        `Results limited to ${FUNNEL_LIMIT.toLocaleString()} most recent contacts`,
      );
    }
    return contacts;
  }

  /** Resolve a single stage transition with elapsed days, or null if invalid/out-of-range. */
  private resolveTransition(
    history: StageHistoryEntry[],
    index: number,
    contact: any,
    context: DateContext,
  ): { key: string; elapsedDays: number } | null {
    const entry = history[index];
    const changedAt = this.toValidDate(entry.changedAt);
    if (!changedAt || changedAt < context.from || changedAt > context.to) {
      return null;
    }

    const previous = history[index - 1];
    const startedAtDate =
      this.toValidDate(previous?.changedAt) ??
      this.toValidDate(contact.createdAt);
    const fromStage = entry.fromStage ?? previous?.toStage ?? null;
    const toStage = entry.toStage ?? null;

    if (!startedAtDate || !fromStage || !toStage || fromStage === toStage) {
      return null;
    }

    const elapsedDays = Math.max(
      0,
      (changedAt.getTime() - startedAtDate.getTime()) / 86_400_000,
    );
    return { key: `${fromStage}::${toStage}`, elapsedDays };
  }

  /** Collect leakage entries (backward/skipped transitions) from a sorted history. */
  private collectLeakageEntries(
    history: StageHistoryEntry[],
    context: DateContext,
    leakage: Map<string, FunnelLeakageItem>,
  ): void {
    for (let index = 0; index < history.length; index += 1) {
      const entry = history[index];
      const changedAt = this.toValidDate(entry.changedAt);
      if (!changedAt || changedAt < context.from || changedAt > context.to) {
        continue;
      }

      const fromStage =
        entry.fromStage ?? history[index - 1]?.toStage ?? 'unknown';
      const toStage = entry.toStage ?? 'unknown';

      if (entry.direction === 'backward') {
        this.incrementLeakage(leakage, {
          type: 'backward',
          fromStage,
          toStage,
          count: 0,
        });
      }

      if (entry.skippedStages?.length) {
        this.incrementLeakage(leakage, {
          type: 'skipped',
          fromStage,
          toStage,
          count: 0,
          skippedStages: entry.skippedStages,
        });
      }
    }
  }

  private async resolveDateContext(
    dto: BaseReportFilterDto,
  ): Promise<DateContext> {
    const { from, to } = parseReportDateRange(dto.fromDate, dto.toDate);
    if (
      Number.isNaN(from.getTime()) ||
      Number.isNaN(to.getTime()) ||
      from > to
    ) {
      throw new BadRequestException('Invalid report date range');
    }

    const timezone = await this.resolveTimezone(dto);
    this.validateTimezone(timezone);

    const resolvedGranularity = BaseReportFilterDto.resolveGranularity(
      from,
      to,
      dto.granularity,
    );
    const warnings =
      dto.granularity && dto.granularity !== resolvedGranularity
        ? [
            `Granularity auto-adjusted from ${dto.granularity} to ${resolvedGranularity} for this date range.`,
          ]
        : [];

    return {
      from,
      to,
      timezone,
      requestedGranularity: dto.granularity,
      resolvedGranularity,
      warnings,
    };
  }

  private async resolveTimezone(dto: BaseReportFilterDto): Promise<string> {
    if (dto.timezone) return dto.timezone;
    const localization = await this.settingsService.getSetting(
      'general_localization',
    );
    return localization?.timezone || 'UTC';
  }

  private validateTimezone(timezone: string): void {
    try {
      Intl.DateTimeFormat(undefined, { timeZone: timezone });
    } catch {
      throw new BadRequestException(`Invalid timezone: ${timezone}`);
    }
  }

  /**
   * Data quality — what is missing from the customer records.
   *
   * The audit found the product could report on growth, sources and scores but
   * had no way to answer "how much of our data is unusable". A contact with no
   * email and no phone cannot be marketed to or called; a contact with no owner
   * is invisible to every scoped user; a contact with no source cannot be
   * attributed. Those are the three ways a CRM quietly stops being worth its
   * subscription, and none of them was visible.
   *
   * One pass over the same match the other reports use — a facet per field would
   * scan the collection once per field.
   */
  async getDataQuality(
    dto: GetContactReportDto,
  ): Promise<ReportResponse<DataQualityData>> {
    const startedAt = process.hrtime.bigint();
    const context = await this.resolveDateContext(dto);
    const match = this.buildBaseMatch(dto, {
      createdBeforeOrOn: context.to,
    });

    const missing = (expression: unknown) => ({
      $sum: { $cond: [expression, 1, 0] },
    });
    const isEmptyArray = (path: string) => ({
      $eq: [{ $size: { $ifNull: [path, []] } }, 0],
    });
    const isBlank = (path: string) => ({
      $in: [{ $ifNull: [path, ''] }, [null, '']],
    });

    const rows = await reportAggregate(this.contactModel, [
      { $match: match },
      {
        $group: {
          _id: null,
          total: { $sum: 1 },
          emails: missing(isEmptyArray('$emails')),
          phones: missing(isEmptyArray('$phones')),
          sourceId: missing(isBlank('$sourceId')),
          ownerId: missing({ $eq: [{ $ifNull: ['$ownerId', null] }, null] }),
          country: missing(isBlank('$country')),
          companyName: missing(isBlank('$companyName')),
          unreachable: missing({
            $and: [isEmptyArray('$emails'), isEmptyArray('$phones')],
          }),
          shadow: missing({ $eq: ['$isShadow', true] }),
        },
      },
    ]).exec();

    const row = rows[0] ?? {
      total: 0,
      emails: 0,
      phones: 0,
      sourceId: 0,
      ownerId: 0,
      country: 0,
      companyName: 0,
      unreachable: 0,
      shadow: 0,
    };

    const total = row.total ?? 0;
    const fields = (
      [
        'emails',
        'phones',
        'sourceId',
        'ownerId',
        'country',
        'companyName',
      ] as const
    ).map((field) => ({
      field,
      missing: row[field] ?? 0,
      total,
      rate: safePercent(row[field] ?? 0, total),
    }));

    return buildReportResponse({
      report: 'data_quality',
      dto,
      data: {
        total,
        fields,
        unreachable: row.unreachable ?? 0,
        unowned: row.ownerId ?? 0,
        shadow: row.shadow ?? 0,
      },
      totalRecords: total,
      startedAt,
    });
  }

  private buildBaseMatch(
    dto: GetContactReportDto,
    options: {
      skipSoftDelete?: boolean;
      createdBetween?: { from: Date; to: Date };
      createdBeforeOrOn?: Date;
    } = {},
  ): Record<string, any> {
    const match: Record<string, any> = {
      tenantId: this.resolveTenantId(),
    };

    if (!options.skipSoftDelete && !dto.includeDeleted) {
      match.deletedAt = { $exists: false };
    }

    if (options.createdBetween) {
      match.createdAt = {
        $gte: options.createdBetween.from,
        $lte: options.createdBetween.to,
      };
    } else if (options.createdBeforeOrOn) {
      match.createdAt = { $lte: options.createdBeforeOrOn };
    }

    if (dto.ownerId) match.ownerId = this.toObjectIdIfValid(dto.ownerId);
    if (dto.sourceId) match.sourceId = dto.sourceId;
    if (dto.stageId) match.lifecycleStageId = dto.stageId;
    if (dto.channel) match['omniIdentities.channelType'] = dto.channel;
    if (dto.isVIP !== undefined) match.isVIP = dto.isVIP;

    const visibility = buildCrmReportVisibilityFilter(this.cls, 'Contact');
    if (Object.keys(visibility).length > 0) {
      match.$and = [...(match.$and ?? []), visibility];
    }

    return match;
  }

  private resolveTenantId(): Types.ObjectId | string {
    const tenantId = this.cls.get('activeTenantId') ?? this.cls.get('tenantId');
    if (!tenantId) {
      throw new BadRequestException('Tenant context missing');
    }

    return this.toObjectIdIfValid(tenantId);
  }

  private toObjectIdIfValid(value: string): Types.ObjectId | string {
    return Types.ObjectId.isValid(value) ? new Types.ObjectId(value) : value;
  }

  private async getSourceMap(): Promise<Map<string, string>> {
    const sourceSettings =
      await this.settingsService.getSetting('contact_source');
    const sources = Array.isArray(sourceSettings?.sources)
      ? sourceSettings.sources
      : [];

    return new Map(
      sources
        .filter((source: any) => source?.id)
        .map((source: any) => [source.id, source.name ?? source.id]),
    );
  }

  /**
   * The tenant's lead stage(s), by `apiName` — the value actually stored on
   * `lifecycleStageId`/`stageHistory.toStage` (see `contacts.service.ts`, which
   * always writes `stage.apiName`, never `stage.id`).
   */
  private async getLeadStages(): Promise<{
    apiNames: string[];
    names: string[];
  }> {
    const lifecycle =
      await this.settingsService.getSetting('contact_lifecycle');
    const stages = Array.isArray(lifecycle?.stages) ? lifecycle.stages : [];
    const leadStages = stages.filter(
      (stage: any) => stage?.isLeadStage === true && stage?.apiName,
    );

    return {
      apiNames: leadStages.map((stage: any) => stage.apiName),
      names: leadStages.map((stage: any) => stage.name ?? stage.apiName),
    };
  }

  private async getStageMap(): Promise<Map<string, string>> {
    const lifecycle =
      await this.settingsService.getSetting('contact_lifecycle');
    const stages = Array.isArray(lifecycle?.stages) ? lifecycle.stages : [];
    const map = new Map<string, string>();

    for (const stage of stages) {
      if (stage.id) map.set(stage.id, stage.name ?? stage.id);
      if (stage.apiName) map.set(stage.apiName, stage.name ?? stage.apiName);
    }

    return map;
  }

  private async getFunnelCoverage(dto: GetContactReportDto, to: Date) {
    const match = this.buildBaseMatch(dto, { createdBeforeOrOn: to });
    const [totalContacts, contactsWithHistory, reliableRows] =
      await Promise.all([
        this.contactModel.countDocuments(match).exec(),
        this.contactModel
          .countDocuments({ ...match, 'stageHistory.0': { $exists: true } })
          .exec(),
        reportAggregate(this.contactModel, [
          { $match: { ...match, 'stageHistory.0': { $exists: true } } },
          { $unwind: '$stageHistory' },
          {
            $group: {
              _id: null,
              reliableFrom: { $min: '$stageHistory.changedAt' },
            },
          },
        ]).exec(),
      ]);
    const coveragePercent = safePercent(contactsWithHistory, totalContacts);
    const warnings =
      coveragePercent < 50
        ? [
            'Funnel data covers less than 50% of contacts. Results may not be representative.',
          ]
        : [];

    return {
      coverage: {
        totalContacts,
        contactsWithHistory,
        coveragePercent,
        reliableFrom: reliableRows[0]?.reliableFrom?.toISOString?.() ?? null,
      },
      warnings,
    };
  }

  private sortHistory(history: StageHistoryEntry[]): StageHistoryEntry[] {
    return [...history].sort((a, b) => {
      const left = this.toValidDate(a.changedAt)?.getTime() ?? 0;
      const right = this.toValidDate(b.changedAt)?.getTime() ?? 0;

      return left - right;
    });
  }

  private toValidDate(value?: Date | string): Date | null {
    if (!value) return null;
    const date = value instanceof Date ? value : new Date(value);

    return Number.isNaN(date.getTime()) ? null : date;
  }

  private median(values: number[]): number {
    if (values.length === 0) return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);

    if (sorted.length % 2 === 1) return sorted[middle];
    return (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private roundOne(value: number): number {
    return Math.round(value * 10) / 10;
  }

  private incrementLeakage(
    leakage: Map<string, FunnelLeakageItem>,
    item: FunnelLeakageItem,
  ): void {
    const skippedKey = item.skippedStages?.join(',') ?? '';
    const key = `${item.type}::${item.fromStage}::${item.toStage}::${skippedKey}`;
    const current = leakage.get(key);

    if (current) {
      current.count += 1;
      return;
    }

    leakage.set(key, { ...item, count: 1 });
  }
}
