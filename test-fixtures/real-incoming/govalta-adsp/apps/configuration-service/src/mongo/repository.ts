import { AdspId } from '@abgov/adsp-service-sdk';
import { decodeAfter, encodeNext, InvalidOperationError, Results, ValidationService } from '@core-services/core-common';
import { model, Model, PipelineStage } from 'mongoose';
import { Logger } from 'winston';
import {
  ConfigurationRepository,
  ConfigurationEntity,
  ConfigurationRevision,
  RevisionCriteria,
  ConfigurationDefinition,
  ConfigurationEntityCriteria,
} from '../configuration';
import { renamePrefixProperties } from './prefix';
import { activeRevisionSchema, revisionSchema } from './schema';
import { ActiveRevisionDoc, ConfigurationRevisionDoc, RevisionAggregateDoc } from './types';

interface FindAggregateResult<C> {
  results: RevisionAggregateDoc<C>[];
  page: { total: number }[];
}

const NON_FILTERABLE_CRITERIA_KEYS = new Set([
  'tenantIdEquals',
  'namespaceEquals',
  'registeredIdEquals',
  'nameContains',
  'useOr',
  'createDateAfter',
  'createDateBefore',
]);

const isFilterableKey = (key: string, value: unknown): boolean =>
  !NON_FILTERABLE_CRITERIA_KEYS.has(key) &&
  !key.startsWith('$') &&
  value !== undefined &&
  value !== null &&
  value !== '';

const buildCreatedDateFilter = (after?: Date, before?: Date): Record<string, Date> => ({
  ...(after ? { $gte: new Date(after) } : {}),
  ...(before ? { $lte: new Date(before) } : {}),
});

export class MongoConfigurationRepository implements ConfigurationRepository {
  private revisionModel: Model<ConfigurationRevisionDoc>;
  private activeRevisionModel: Model<ActiveRevisionDoc>;

  private readonly META_PREFIX = 'META_';

  constructor(
    private logger: Logger,
    private validationService: ValidationService,
  ) {
    this.revisionModel = model<ConfigurationRevisionDoc>('revision', revisionSchema);
    this.activeRevisionModel = model<ActiveRevisionDoc>('activeRevision', activeRevisionSchema);

    const handleIndexError = (err: unknown) => {
      if (err) {
        this.logger.error(`Error encountered ensuring index: ${err}`);
      }
    };
    this.revisionModel.on('index', handleIndexError);
    this.activeRevisionModel.on('index', handleIndexError);
  }

  async find<C>(
    criteria: ConfigurationEntityCriteria,
    top: number = 10,
    after?: string,
  ): Promise<Results<ConfigurationEntity<C>>> {
    const skip = decodeAfter(after);

    const tenant = criteria.tenantIdEquals?.toString() || { $exists: false };
    const query: Record<string, unknown> = { tenant };
    if (criteria.namespaceEquals) {
      query.namespace = criteria.namespaceEquals;
    }

    if (criteria.registeredIdEquals) {
      query['configuration.registeredId'] = criteria.registeredIdEquals;
    }

    if (criteria.nameContains) {
      query.name = {
        $regex: criteria.nameContains,
        $options: 'i',
      };
    }

    const pipeline: PipelineStage[] = [
      { $match: query },
      { $sort: { namespace: 1, name: 1, tenant: 1, revision: 1 } },
      {
        $group: {
          _id: { namespace: '$namespace', name: '$name', tenant: '$tenant' },
          revision: { $last: '$revision' },
          created: { $last: '$created' },
          lastUpdated: { $last: '$lastUpdated' },
          configuration: { $last: '$configuration' },
        },
      },
    ];

    if (criteria.createDateAfter || criteria.createDateBefore) {
      pipeline.push({
        $match: {
          created: buildCreatedDateFilter(criteria.createDateAfter, criteria.createDateBefore),
        },
      });
    }

    const match: Record<string, unknown> = {};
    const orConditions: Record<string, unknown>[] = [];

    Object.entries(criteria).forEach(([key, value]) => {
      if (isFilterableKey(key, value)) {
        // clean-code-ignore: 2.14
        const condition: Record<string, unknown> = {};
        // Strict type checking to prevent object injection (e.g. { $ne: ... })
        if (typeof value === 'string') {
          // Escape regex special characters for safe partial matching
          const escapedValue = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          condition[`configuration.${key}`] = { $regex: escapedValue, $options: 'i' };
        } else if (typeof value === 'number' || typeof value === 'boolean') {
          condition[`configuration.${key}`] = value;
        }
        // Ignore objects, arrays, or other types to prevent injection
        if (Object.keys(condition).length > 0) {
          if (criteria.useOr === true) {
            orConditions.push(condition);
          } else {
            Object.assign(match, condition);
          }
        }
      }
    });

    if (criteria.useOr === true && orConditions.length > 0) {
      pipeline.push({ $match: { $or: orConditions } });
    } else if (Object.keys(match).length > 0) {
      pipeline.push({ $match: match });
    }

    const [{ results: docs = [], page = [] } = { results: [], page: [] }] = await this.revisionModel
      .aggregate<FindAggregateResult<C>>([
        ...pipeline,
        {
          $facet: {
            results: [{ $skip: skip }, { $limit: top }],
            page: [{ $count: 'total' }],
          },
        },
      ])
      .exec();

    return {
      results: docs.map(({ _id, ...result }) => {
        return new ConfigurationEntity<C>(
          _id.namespace,
          _id.name,
          this.logger,
          this,
          this.validationService,
          this.fromDoc(result),
          criteria.tenantIdEquals,
        );
      }),
      page: {
        after,
        next: encodeNext(docs.length, top, skip),
        size: docs.length,
        total: page[0]?.total || 0,
      },
    };
  }

  async get<C>(
    namespace: string,
    name: string,
    tenantId?: AdspId,
    definition?: ConfigurationDefinition,
  ): Promise<ConfigurationEntity<C>> {
    const tenant = tenantId?.toString() || { $exists: false };
    const query = { namespace, name, tenant };

    const latestDoc = await new Promise<ConfigurationRevisionDoc>((resolve, reject) => {
      this.revisionModel
        .find(query, null, { lean: true })
        .sort({ revision: -1 })
        .limit(1)
        .exec((err, results: ConfigurationRevisionDoc[]) => (err ? reject(err) : resolve(results[0])));
    });

    const latest = this.fromDoc<C>(latestDoc);

    return new ConfigurationEntity<C>(
      namespace,
      name,
      this.logger,
      this,
      this.validationService,
      latest,
      tenantId,
      definition,
    );
  }

  async delete<C>(entity: ConfigurationEntity<C>): Promise<boolean> {
    const query = {
      namespace: entity.namespace,
      name: entity.name,
      tenant: entity.tenantId?.toString() || { $exists: false },
    };

    const { deletedCount } = await this.revisionModel.deleteMany(query);
    await this.clearActiveRevision(entity);

    return deletedCount > 0;
  }

  async getRevisions<C>(
    entity: ConfigurationEntity<C>,
    top: number,
    after: string,
    criteria: RevisionCriteria,
  ): Promise<Results<ConfigurationRevision<C>>> {
    const query: Record<string, unknown> = {
      namespace: entity.namespace,
      name: entity.name,
      tenant: entity.tenantId?.toString() || { $exists: false },
    };

    if (criteria) {
      if (criteria.revision !== undefined) {
        query.revision = criteria.revision;
      }

      Object.entries(criteria).forEach(([key, value]) => {
        if (key !== 'revision' && value !== undefined && value !== null && value !== '') {
          if (typeof value === 'string') {
            query[`configuration.${key}`] = { $regex: value, $options: 'i' };
          } else {
            query[`configuration.${key}`] = value;
          }
        }
      });
    }
    const skip = decodeAfter(after);

    const docs = await new Promise<ConfigurationRevisionDoc[]>((resolve, reject) => {
      this.revisionModel
        .find(query, null, { lean: true })
        .sort({ revision: -1 })
        .skip(skip)
        .limit(top)
        .exec((err, results: ConfigurationRevisionDoc[]) => (err ? reject(err) : resolve(results)));
    });
    return {
      results: docs.map((doc) => this.fromDoc<C>(doc)),
      page: {
        after,
        next: encodeNext(docs.length, top, skip),
        size: docs.length,
      },
    };
  }

  async saveRevision<C>(
    entity: ConfigurationEntity<C>,
    revision: ConfigurationRevision<C>,
  ): Promise<ConfigurationRevision<C>> {
    const query: Record<string, unknown> = {
      namespace: entity.namespace,
      name: entity.name,
      revision: revision.revision,
      tenant: entity.tenantId?.toString() || { $exists: false },
    };
    const update: Record<string, unknown> = {
      namespace: entity.namespace,
      name: entity.name,
      revision: revision.revision,
      lastUpdated: new Date(),
      created: revision.created ? revision.created : new Date(),
    };
    // Only include tenant if there is a tenantId on the entity.
    if (entity.tenantId) {
      update.tenant = entity.tenantId.toString();
    }

    const doc = await new Promise<ConfigurationRevisionDoc<C>>((resolve, reject) => {
      this.revisionModel
        .findOneAndUpdate(
          query,
          {
            $set: {
              ...update,
              configuration: renamePrefixProperties(revision.configuration, '$', this.META_PREFIX),
            },
          },
          { upsert: true, new: true, lean: true },
        )
        .exec((err, res) => (err ? reject(err) : resolve(res as ConfigurationRevisionDoc<C>)));
    });
    return this.fromDoc(doc);
  }

  async getActiveRevision<C>(namespace: string, name: string, tenantId?: AdspId): Promise<ConfigurationRevision<C>> {
    const tenant = tenantId?.toString() || { $exists: false };
    const query = { namespace, name, tenant };

    let doc: ConfigurationRevisionDoc;
    const result: ActiveRevisionDoc = await this.activeRevisionModel.findOne(query, null, { lean: true }).exec();
    if (result) {
      doc = await this.revisionModel
        .findOne(
          {
            ...query,
            revision: result.active,
          },
          null,
          { lean: true },
        )
        .exec();
    }

    return this.fromDoc(doc);
  }

  async clearActiveRevision<C>(entity: ConfigurationEntity<C>): Promise<boolean> {
    const query = {
      namespace: entity.namespace,
      name: entity.name,
      tenant: entity.tenantId?.toString() || { $exists: false },
    };

    const { deletedCount } = await this.activeRevisionModel.deleteOne(query);

    return deletedCount > 0;
  }

  async setActiveRevision<C>(entity: ConfigurationEntity<C>, active: number): Promise<ConfigurationRevision<C>> {
    if (typeof active !== 'number' || active < 0) {
      throw new InvalidOperationError('Active revision value must be greater than or equal to 0.');
    }

    const query: Record<string, unknown> = {
      namespace: entity.namespace,
      name: entity.name,
      tenant: entity.tenantId?.toString() || { $exists: false },
    };

    const targetRevision = await this.revisionModel
      .findOne({ ...query, revision: active }, null, { lean: true })
      .exec();
    if (!targetRevision) {
      throw new InvalidOperationError(`Specified revision ${active} to set as active cannot be found.`);
    }

    let doc: ConfigurationRevisionDoc;

    const update: Record<string, unknown> = { active };
    const updated = await this.activeRevisionModel
      .findOneAndUpdate(query, update, { upsert: true, new: true, lean: true })
      .exec();

    if (updated) {
      doc = await this.revisionModel.findOne({ ...query, revision: updated.active }, null, { lean: true }).exec();
    }

    return this.fromDoc(doc);
  }

  private fromDoc<C>(doc: Omit<ConfigurationRevisionDoc, 'tenant' | 'namespace' | 'name'>): ConfigurationRevision<C> {
    return doc
      ? {
          revision: doc.revision,
          created: doc.created,
          lastUpdated: doc.lastUpdated,
          configuration: renamePrefixProperties(doc.configuration, this.META_PREFIX, '$') as C,
        }
      : null;
  }
}
