import { CryptoService, InjectModel, LoggingService, VirtualizationService } from '@douglasneuroinformatics/libnest';
import type { Model, RequestUser } from '@douglasneuroinformatics/libnest';
import {
  ConflictException,
  ForbiddenException,
  Injectable,
  InternalServerErrorException,
  NotFoundException,
  UnprocessableEntityException
} from '@nestjs/common';
import { bundle } from '@opendatacapture/instrument-bundler';
import { getSeriesInstrumentItems, isScalarInstrument, isSeriesInstrument } from '@opendatacapture/instrument-utils';
import type {
  AnyInstrument,
  AnyScalarInstrument,
  ClientInstrumentDetails,
  InstrumentKind,
  InstrumentLanguage,
  InstrumentUIOption,
  Language,
  ScalarInstrumentInternal,
  SeriesInstrument,
  SomeInstrument
} from '@opendatacapture/runtime-core';
import type { WithID } from '@opendatacapture/schemas/core';
import { $AnyInstrument } from '@opendatacapture/schemas/instrument';
import type {
  $CreateSeriesInstrumentData,
  CreateSeriesInstrumentResult,
  InstrumentBundleContainer,
  InstrumentInfo,
  ScalarInstrumentBundleContainer,
  ScalarInstrumentInfo,
  SeriesInstrumentInfo
} from '@opendatacapture/schemas/instrument';
import { pick } from 'lodash-es';

import { accessibleQuery } from '@/auth/ability.utils';
import type { AppAbility } from '@/auth/auth.types';
import type { EntityOperationOptions } from '@/core/types';

import { CreateInstrumentDto } from './dto/create-instrument.dto';

/** The localized "series" tag applied to every generated series instrument. */
const seriesTag = (language: Language): string => (language === 'fr' ? 'Série' : 'Series');
const SERIES_INSTRUMENT_ID_PREFIX = '__V2__';

type InstrumentVirtualizationContext = {
  __resolveImport: (specifier: string) => string;
  instruments: Map<string, WithID<AnyInstrument>>;
};

type InstrumentMetadata = {
  seriesGroupId: null | string;
  sourceRepoId: null | string;
  sourceRepoName: null | string;
};

type InstrumentQuery<TKind extends InstrumentKind> = {
  kind?: TKind;
  seriesGroupId?: string;
  subjectId?: string;
};

type InstrumentInfoQuery<TKind extends InstrumentKind> = InstrumentQuery<TKind> & {
  /** whether to include every edition of instruments sharing the same internal name, rather than only the latest (default false) */
  allEditions?: boolean;
};

@Injectable()
export class InstrumentsService {
  constructor(
    @InjectModel('Assignment') private readonly assignmentModel: Model<'Assignment'>,
    @InjectModel('Group') private readonly groupModel: Model<'Group'>,
    @InjectModel('Instrument') private readonly instrumentModel: Model<'Instrument'>,
    @InjectModel('InstrumentRecord') private readonly instrumentRecordModel: Model<'InstrumentRecord'>,
    private readonly cryptoService: CryptoService,
    private readonly loggingService: LoggingService,
    private readonly virtualizationService: VirtualizationService<InstrumentVirtualizationContext>
  ) {}

  async count<TKind extends InstrumentKind>(
    query: InstrumentQuery<TKind> = {},
    options: EntityOperationOptions = {}
  ): Promise<number> {
    return (await this.find(query, options)).length;
  }

  async create(
    { bundle }: CreateInstrumentDto,
    { seriesGroupId }: { seriesGroupId?: string } = {}
  ): Promise<WithID<AnyInstrument>> {
    const result = await this.virtualizationService.eval(bundle);
    if (result.isErr()) {
      this.loggingService.error(result.error);
      throw new UnprocessableEntityException({
        cause: result.error,
        message: 'Failed to interpret instrument bundle'
      });
    }
    const parseResult = await $AnyInstrument.safeParseAsync(result.value);
    if (!parseResult.success) {
      throw new UnprocessableEntityException({
        issues: parseResult.error.issues,
        message: 'Instrument validation failed'
      });
    }
    const instance = parseResult.data;

    const id = this.generateInstrumentId(instance, seriesGroupId);
    if (await this.instrumentModel.exists({ id })) {
      throw this.instrumentExistsConflict(id);
    }

    if (instance.kind === 'SERIES') {
      const result = await this.validateSeriesInstrument(instance, seriesGroupId);
      if (!result.success) {
        throw new UnprocessableEntityException(result.message);
      }
    } else if (instance.internal.edition > 1) {
      await this.groupModel.updateMany({
        data: {
          accessibleInstrumentIds: {
            push: [id]
          }
        },
        where: {
          accessibleInstrumentIds: {
            has: this.generateScalarInstrumentId({
              internal: { edition: instance.internal.edition - 1, name: instance.internal.name }
            })
          }
        }
      });
    }

    try {
      await this.instrumentModel.create({
        data: {
          bundle,
          groups: seriesGroupId ? { connect: { id: seriesGroupId } } : undefined,
          id,
          seriesGroup: seriesGroupId ? { connect: { id: seriesGroupId } } : undefined
        }
      });
    } catch (err) {
      // Two concurrent imports both clear the check above and then one loses the insert on the unique
      // id. Surface that as the same conflict as losing the check, so a caller has one case to handle
      // rather than a driver-specific error that reads as an unrelated failure.
      if (await this.instrumentModel.exists({ id })) {
        throw this.instrumentExistsConflict(id);
      }
      throw err;
    }
    return { ...instance, id };
  }

  /**
   * Assemble a new series instrument from existing scalar instruments. The title must be unique among
   * every instrument visible to the target group; the series bundle is generated server-side and run
   * through the same validation/creation path as any other instrument.
   *
   * If another series already contains the exact same ordered sequence of items (regardless of name) and the
   * caller has not opted to proceed, no instrument is created — instead a `duplicate` result is returned
   * with the existing series' title, so the client can ask the user whether they really want a duplicate.
   */
  async createSeries(
    { clientDetails, confirmDuplicate, details, groupId, items, language }: $CreateSeriesInstrumentData,
    currentUser?: RequestUser
  ): Promise<CreateSeriesInstrumentResult> {
    const options = { ability: currentUser?.ability };
    const group = await this.groupModel.findFirst({
      select: { id: true },
      where: { AND: [accessibleQuery(options.ability, 'update', 'Group')], id: groupId }
    });
    if (!group) {
      throw new NotFoundException(`Failed to find group with ID: ${groupId}`);
    }
    // `min(1)` on the schema still admits whitespace-only titles, which would render as a blank entry
    // in every instrument list. Trim before storing so what is validated is what is persisted.
    const title = this.normalizeTitle(details.title);
    if (await this.isInstrumentTitleTaken(title, groupId, options)) {
      throw new ConflictException('An instrument with the same title already exists');
    }
    if (!confirmDuplicate) {
      const existingTitle = await this.findSeriesTitleWithSameItems(items, groupId, options);
      if (existingTitle !== null) {
        return { existingTitle, outcome: 'duplicate' };
      }
    }
    const source = this.generateSeriesInstrumentSource({
      clientDetails,
      details: { ...details, title },
      items,
      language
    });
    const generatedBundle = await bundle({ inputs: [{ content: source, name: 'index.ts' }], minify: true });
    const created = await this.create({ bundle: generatedBundle }, { seriesGroupId: groupId });
    return { instrumentId: created.id, outcome: 'created' };
  }

  /**
   * Delete a series instrument the caller is permitted to remove, detaching it from any group that
   * exposes it. Only series instruments may be deleted: they are on-the-fly bundles of other
   * instruments and never have records of their own (records belong to their constituent members).
   * Scalar instruments are shared platform assets and are never removed through this path.
   */
  async deleteById(id: string, currentUser?: RequestUser): Promise<{ id: string }> {
    const instrument = await this.instrumentModel.findFirst({
      where: {
        AND: [accessibleQuery(currentUser?.ability, 'delete', 'Instrument')],
        id
      }
    });
    if (!instrument) {
      throw new NotFoundException(`Failed to find instrument with ID: ${id}`);
    }
    const instance = await this.getInstrumentInstance(instrument);
    if (!isSeriesInstrument(instance)) {
      throw new ForbiddenException('Only series instruments can be deleted');
    }
    // A series that has been administered must never be deleted, so its collected data stays
    // interpretable. Records collected through a series are stored under the scalar items'
    // instrumentId with the orchestrating series preserved in seriesInstrumentId, so count on both.
    //
    // Assignments must block deletion too, and regardless of status: `Assignment.instrument` is a
    // required relation, and a remote assignment produces records only once the gateway synchronizer
    // resolves its instrument. Deleting the series first would leave that lookup permanently failing,
    // stranding data the subject has already submitted.
    const [recordCount, assignmentCount] = await Promise.all([
      this.instrumentRecordModel.count({
        where: { OR: [{ instrumentId: id }, { seriesInstrumentId: id }] }
      }),
      this.assignmentModel.count({ where: { instrumentId: id } })
    ]);
    if (recordCount > 0) {
      throw new ForbiddenException(
        `Cannot delete series instrument: ${recordCount} record(s) have already been collected with it`
      );
    }
    if (assignmentCount > 0) {
      // Assignments are kept after completion, so this is permanent rather than something the user can
      // wait out — say so, instead of implying the series frees up once the assignments finish.
      throw new ForbiddenException(
        `Cannot delete series instrument: it has been assigned ${assignmentCount} time(s), and assignments are retained permanently`
      );
    }
    // Mongo does not cascade scalar-list relations, so pull the id from every group that exposes it
    // before removing the instrument itself.
    const groups = await this.groupModel.findMany({
      select: { accessibleInstrumentIds: true, id: true },
      where: { accessibleInstrumentIds: { has: id } }
    });
    await Promise.all(
      groups.map((group) =>
        this.groupModel.update({
          data: { accessibleInstrumentIds: { set: group.accessibleInstrumentIds.filter((value) => value !== id) } },
          where: { id: group.id }
        })
      )
    );
    await this.instrumentModel.delete({ where: { id } });
    // `getInstrumentInstance` memoizes every instance it evaluates, including the one this method just
    // evaluated to check the kind. Leaving it behind would keep a deleted instrument resident for the
    // lifetime of the process, and would shadow the bundle of any future instrument issued the same id.
    this.virtualizationService.context.instruments.delete(id);
    return { id };
  }

  async find<TKind extends InstrumentKind>(
    query: InstrumentQuery<TKind> = {},
    { ability }: EntityOperationOptions = {},
    groupIds?: string[]
  ): Promise<WithID<SomeInstrument<TKind>>[]> {
    // Resolved against InstrumentRecord rather than expressed as a `records: { some: ... }` relation
    // filter. On mongodb prisma compiles that filter into a $lookup which materialises *every* record
    // belonging to an instrument into one array before applying the predicate, and mongodb caps a
    // single document's $lookup output at 100 MiB. A busy instrument therefore fails the whole query
    // outright once it passes that threshold. Querying the child collection is bounded by the
    // subject's own records instead of the instrument's.
    const subjectInstrumentIds = query.subjectId
      ? await this.findInstrumentIdsBySubject(query.subjectId, ability)
      : null;

    const instruments = await this.instrumentModel.findMany({
      where: {
        AND: [
          subjectInstrumentIds ? { id: { in: subjectInstrumentIds } } : {},
          query.seriesGroupId
            ? {
                OR: [
                  { seriesGroupId: null },
                  { seriesGroupId: { isSet: false } },
                  { seriesGroupId: query.seriesGroupId }
                ]
              }
            : groupIds
              ? {
                  OR: [
                    { seriesGroupId: null },
                    { seriesGroupId: { isSet: false } },
                    { seriesGroupId: { in: groupIds } }
                  ]
                }
              : {},
          accessibleQuery(ability, 'read', 'Instrument')
        ]
      }
    });
    const instances = await this.instantiate(instruments);
    if (!query.kind) {
      return instances as WithID<SomeInstrument<TKind>>[];
    }
    return instances.filter((instance) => instance.kind === query.kind) as WithID<SomeInstrument<TKind>>[];
  }

  async findBundleById(
    id: string,
    currentUser?: RequestUser,
    requestedGroupId?: string
  ): Promise<InstrumentBundleContainer> {
    const groupIds = currentUser ? this.resolveGroupIds(currentUser, requestedGroupId) : undefined;
    const instance = await this.findById(id, { ability: currentUser?.ability }, groupIds);
    if (isScalarInstrument(instance)) {
      return {
        bundle: instance.bundle,
        id: instance.id,
        kind: instance.kind
      };
    } else if (isSeriesInstrument(instance)) {
      return {
        bundle: instance.bundle,
        id: instance.id,
        items: await Promise.all(
          getSeriesInstrumentItems(instance.content).map(async (internal) => {
            const id = this.generateScalarInstrumentId({ internal });
            return (await this.findBundleById(id, currentUser, requestedGroupId)) as ScalarInstrumentBundleContainer;
          })
        ),
        kind: 'SERIES'
      };
    }
    throw new InternalServerErrorException(`Unexpected instance kind: ${Reflect.get(instance, 'kind')}`);
  }

  async findById(
    id: string,
    { ability }: EntityOperationOptions = {},
    groupIds?: string[]
  ): Promise<AnyInstrument & { bundle: string; id: string }> {
    const instrument = await this.instrumentModel.findFirst({
      where: {
        AND: [
          accessibleQuery(ability, 'read', 'Instrument'),
          groupIds
            ? {
                OR: [{ seriesGroupId: null }, { seriesGroupId: { isSet: false } }, { seriesGroupId: { in: groupIds } }]
              }
            : {}
        ],
        id
      }
    });
    if (!instrument) {
      throw new NotFoundException(`Failed to find instrument with ID: ${id}`);
    }
    const instance = await this.getInstrumentInstance(instrument);
    return { bundle: instrument.bundle, ...instance };
  }

  async findInfo<TKind extends InstrumentKind>(
    { allEditions = false, ...query }: InstrumentInfoQuery<TKind> = {},
    currentUser?: RequestUser,
    requestedGroupId?: string
  ): Promise<InstrumentInfo[]> {
    const options = { ability: currentUser?.ability };
    const groupIds = currentUser ? this.resolveGroupIds(currentUser, requestedGroupId) : undefined;
    const instances = await this.find(query, options, groupIds);

    const metadataMap = await this.buildInstrumentMetadataMap(instances.map((instance) => instance.id));
    // Series resolve their `seriesItems` against the scalar instruments they reference. A `kind` filter can
    // exclude those scalars from `instances`, so when the result set contains series we build the lookup
    // from the full instrument set instead — otherwise a series' items would resolve to nothing.
    const scalarSource =
      query.kind && instances.some(isSeriesInstrument) ? await this.find({}, options, groupIds) : instances;
    const scalarInstrumentIds = new Map(
      scalarSource.flatMap((instance) =>
        isScalarInstrument(instance) && instance.internal
          ? [[`${instance.internal.name}:${instance.internal.edition}`, instance.id] as const]
          : []
      )
    );

    const results = new Map<string, InstrumentInfo>();
    for (const instance of instances) {
      const base = pick(instance, ['__runtimeVersion', 'clientDetails', 'details', 'id', 'language', 'tags']);
      // Expose the source repo id whenever the instrument came from a repo (so it can be filtered per
      // group). The name may be null for legacy instruments imported before names were stored; the
      // client still treats those as repo-sourced via their id.
      const metadata = metadataMap.get(instance.id);
      const sourceRepo = metadata?.sourceRepoId
        ? { id: metadata.sourceRepoId, name: metadata.sourceRepoName ?? null }
        : null;

      if (isSeriesInstrument(instance)) {
        const seriesItems: { id: string }[] = [];
        for (const { edition, name } of getSeriesInstrumentItems(instance.content)) {
          const itemId = scalarInstrumentIds.get(`${name}:${edition}`);
          if (!itemId) {
            // Callers use `seriesItems` to grant a group access to a series' constituent instruments,
            // so a silently dropped item becomes a failure part-way through administering the series.
            this.loggingService.error({
              message: `Cannot resolve item '${name}' (edition ${edition}) of series instrument '${instance.id}'`,
              seriesInstrumentId: instance.id
            });
            continue;
          }
          seriesItems.push({ id: itemId });
        }
        const info: SeriesInstrumentInfo = {
          ...base,
          kind: 'SERIES',
          seriesGroupId: metadata?.seriesGroupId ?? null,
          seriesItems,
          sourceRepo
        };
        results.set(info.id, info);
        continue;
      }

      const info: ScalarInstrumentInfo = {
        ...base,
        internal: instance.internal,
        kind: instance.kind,
        sourceRepo
      };
      if (allEditions) {
        results.set(info.id, info);
      } else {
        const currentEntry = results.get(info.internal.name);
        if (!currentEntry || !('internal' in currentEntry) || info.internal.edition > currentEntry.internal.edition) {
          results.set(info.internal.name, info);
        }
      }
    }
    return Array.from(results.values());
  }

  generateInstrumentId(instrument: AnyInstrument, seriesGroupId?: string) {
    if (isScalarInstrument(instrument)) {
      return this.generateScalarInstrumentId(instrument);
    }
    return this.generateSeriesInstrumentId(instrument, seriesGroupId);
  }

  generateScalarInstrumentId({ internal: { edition, name } }: Pick<AnyScalarInstrument, 'internal'>) {
    return this.cryptoService.hash(`${name}-${edition}`);
  }

  generateSeriesInstrumentId(instrument: SeriesInstrument, seriesGroupId?: string) {
    return `${SERIES_INSTRUMENT_ID_PREFIX}${this.cryptoService.hash(
      JSON.stringify({
        content: instrument.content,
        seriesGroupId,
        title: instrument.details.title
      })
    )}`;
  }

  async getInstrumentInstance(instrument: Pick<InstrumentBundleContainer, 'bundle' | 'id'>) {
    let instance = this.virtualizationService.context.instruments.get(instrument.id);
    if (!instance) {
      const result = await this.virtualizationService.eval(instrument.bundle);
      if (result.isErr()) {
        throw new InternalServerErrorException('Failed to evaluate instrument', {
          cause: result.error
        });
      }
      instance = { ...(result.value as AnyInstrument), id: instrument.id };
      this.virtualizationService.context.instruments.set(instrument.id, instance);
    }
    return instance;
  }

  async list<TKind extends InstrumentKind>(
    query: InstrumentQuery<TKind> = {},
    currentUser?: RequestUser,
    requestedGroupId?: string
  ) {
    const groupIds = currentUser ? this.resolveGroupIds(currentUser, requestedGroupId) : undefined;
    return this.find(query, { ability: currentUser?.ability }, groupIds).then((arr) => {
      return arr.map((instrument) => ({
        id: instrument.id,
        internal: instrument.internal,
        title: instrument.details.title
      }));
    });
  }

  /**
   * Map of instrument id -> the stored columns `findInfo` reports but cannot read off an evaluated
   * instance: repository provenance, and the owning group of a generated series. Scoped to the
   * requested ids and selecting only those fields, so it never loads full instrument records (notably
   * the large `bundle`).
   */
  private async buildInstrumentMetadataMap(ids: string[]): Promise<Map<string, InstrumentMetadata>> {
    const map = new Map<string, InstrumentMetadata>();
    if (ids.length === 0) {
      return map;
    }
    const instruments = await this.instrumentModel.findMany({
      select: { id: true, seriesGroupId: true, sourceRepoId: true, sourceRepoName: true },
      where: { id: { in: ids } }
    });
    for (const inst of instruments) {
      map.set(inst.id, {
        seriesGroupId: inst.seriesGroupId,
        sourceRepoId: inst.sourceRepoId,
        sourceRepoName: inst.sourceRepoName
      });
    }
    return map;
  }

  /** The localized `tags` for a series, matching the shape (unilingual vs multilingual) of `language`. */
  private buildSeriesTags(language: InstrumentLanguage): InstrumentUIOption<InstrumentLanguage, string[]> {
    if (typeof language === 'string') {
      return [seriesTag(language)];
    }
    return Object.fromEntries(language.map((lang) => [lang, [seriesTag(lang)]])) as InstrumentUIOption<
      InstrumentLanguage,
      string[]
    >;
  }

  /**
   * The ids of the instruments the subject has at least one record for.
   *
   * Scoped to the records the caller may read, so the filter cannot be resolved from records outside
   * their groups — the ids feed straight into the instrument query, so an unscoped lookup would
   * disclose which instruments a subject has been administered elsewhere.
   */
  private async findInstrumentIdsBySubject(subjectId: string, ability?: AppAbility): Promise<string[]> {
    // `accessibleQuery` throws rather than returning a restrictive filter when the ability holds no
    // rule for the subject at all, and a STANDARD user holds `create` but not `read` on
    // InstrumentRecord. This route is gated on `read Instrument`, which they do hold, so they reach
    // here; no readable records means no instruments qualify.
    if (ability && !ability.can('read', 'InstrumentRecord')) {
      return [];
    }
    const records = await this.instrumentRecordModel.findMany({
      distinct: ['instrumentId'],
      select: { instrumentId: true },
      where: { AND: [accessibleQuery(ability, 'read', 'InstrumentRecord'), { subjectId }] }
    });
    return records.map((record) => record.instrumentId);
  }

  /**
   * The title of an existing series instrument that contains the exact same ordered sequence of items as
   * `items`, or `null` when none exists. Used to warn before creating a redundant series.
   * The title is returned in its stored (possibly multilingual) form so the client can localize it.
   */
  private async findSeriesTitleWithSameItems(
    items: ScalarInstrumentInternal[],
    seriesGroupId: string,
    { ability }: EntityOperationOptions = {}
  ): Promise<NonNullable<ClientInstrumentDetails['title']> | null> {
    const targetKey = this.getSeriesItemSequenceKey(items);
    const seriesInstances = await this.find({ kind: 'SERIES', seriesGroupId }, { ability });
    for (const series of seriesInstances) {
      if (!isSeriesInstrument(series)) {
        continue;
      }
      if (this.getSeriesItemSequenceKey(getSeriesInstrumentItems(series.content)) === targetKey) {
        return series.details.title;
      }
    }
    return null;
  }

  /**
   * Generate the TypeScript source for an on-the-fly series instrument. The definition is plain
   * JSON-serializable data, so it is emitted as a single default export with no runtime imports. The
   * multilingual details/instructions and the language(s) are taken verbatim from the caller — nothing
   * is hardcoded — so the series is stored exactly as it was authored.
   */
  private generateSeriesInstrumentSource({
    clientDetails,
    details,
    items,
    language
  }: Pick<$CreateSeriesInstrumentData, 'clientDetails' | 'details' | 'items' | 'language'>): string {
    // A series is a `SeriesInstrument` minus the server-computed `id`; typing it explicitly keeps this
    // in sync with the schema so a change to the instrument shape fails to compile here.
    const definition: Omit<SeriesInstrument, 'id'> = {
      __runtimeVersion: 1,
      ...(clientDetails?.instructions ? { clientDetails: { instructions: clientDetails.instructions } } : {}),
      content: {
        items: items.map(({ edition, name }) => ({ edition, name }))
      },
      details: {
        description: details.description ?? details.title,
        license: 'UNLICENSED',
        title: details.title
      },
      kind: 'SERIES',
      language,
      tags: this.buildSeriesTags(language)
    };
    return `export default ${JSON.stringify(definition)};`;
  }

  /**
   * A stable key identifying the ordered sequence of scalar instruments in a series.
   */
  private getSeriesItemSequenceKey(items: ScalarInstrumentInternal[]): string {
    return JSON.stringify(items.map(({ edition, name }) => ({ edition, name })));
  }

  private async instantiate(instruments: Pick<InstrumentBundleContainer, 'bundle' | 'id'>[]) {
    return Promise.all(
      instruments.map((instrument) => {
        return this.getInstrumentInstance(instrument);
      })
    );
  }

  /**
   * The single source of this message. `InstrumentReposService.importInstrumentFromDir` reads the id
   * back out of it to associate an already-stored instrument with the repository that provides it, so
   * the id must stay quoted and the two throw sites must stay identical.
   */
  private instrumentExistsConflict(id: string): ConflictException {
    return new ConflictException(`Instrument with ID '${id}' already exists!`);
  }

  /**
   * Whether an instrument visible to the target group already uses the given title (case-insensitive,
   * across every language it is defined in). Used to enforce that newly-created series have a unique,
   * recognizable name within their group.
   */
  private async isInstrumentTitleTaken(
    title: NonNullable<ClientInstrumentDetails['title']>,
    seriesGroupId: string,
    options: EntityOperationOptions
  ): Promise<boolean> {
    const normalize = (value: string) => value.trim().toLowerCase();
    const candidates = new Set(this.titleValues(title).map(normalize));
    const instances = await this.find({ seriesGroupId }, options);
    return instances.some((instance) =>
      this.titleValues(instance.details.title).some((value) => candidates.has(normalize(value)))
    );
  }

  /**
   * Trim every language value of a (possibly multilingual) title, rejecting one that is blank in any
   * language it claims to define.
   */
  private normalizeTitle(
    title: NonNullable<ClientInstrumentDetails['title']>
  ): NonNullable<ClientInstrumentDetails['title']> {
    if (typeof title === 'string') {
      const trimmed = title.trim();
      if (!trimmed) {
        throw new UnprocessableEntityException('Instrument title cannot be blank');
      }
      return trimmed;
    }
    return Object.fromEntries(
      Object.entries(title).map(([language, value]) => {
        const trimmed = value.trim();
        if (!trimmed) {
          throw new UnprocessableEntityException(`Instrument title cannot be blank for language '${language}'`);
        }
        return [language, trimmed];
      })
    ) as NonNullable<ClientInstrumentDetails['title']>;
  }

  private resolveGroupIds(currentUser: RequestUser, requestedGroupId?: string): string[] {
    if (!requestedGroupId) {
      return currentUser.groups.map(({ id }) => id);
    }
    if (!currentUser.ability.can('manage', 'all') && !currentUser.groups.some(({ id }) => id === requestedGroupId)) {
      throw new ForbiddenException(`Cannot access instruments for group with ID: ${requestedGroupId}`);
    }
    return [requestedGroupId];
  }

  /** The individual language values of a (possibly multilingual) title. */
  private titleValues(title: InstrumentUIOption<InstrumentLanguage, string>): string[] {
    return typeof title === 'string' ? [title] : Object.values(title);
  }

  /**
   * Resolve a series' items to stored instruments, rejecting the series if any is missing.
   *
   * When the series belongs to a group, its items are additionally restricted to the instruments that
   * group may administer. Items are named by internal name + edition, which the caller controls
   * entirely, and `findInfo` reports the resolved ids back as `seriesItems` — which the manage page
   * then writes into the group's accessible list. Without this check a manager could name an
   * instrument from a repository their group was never assigned and have the series carry it in,
   * defeating the opt-in that `GroupsService` enforces when a group is created.
   *
   * The rule mirrors the visibility test the manage page applies client-side: not sourced from a repo,
   * sourced from a repo currently assigned to the group, or already accessible to it — the last so a
   * selection survives its repository later being unassigned.
   */
  private async validateSeriesInstrument(instrument: SeriesInstrument, seriesGroupId?: string) {
    const items = getSeriesInstrumentItems(instrument.content);
    if (items.length < 2) {
      return { message: 'Series instrument must include at least two items', success: false };
    }
    const itemIds = items.map((internal) => this.generateScalarInstrumentId({ internal }));
    const group = seriesGroupId
      ? await this.groupModel.findFirst({
          select: { accessibleInstrumentIds: true, instrumentRepoIds: true },
          where: { id: seriesGroupId }
        })
      : null;
    const found = await this.instrumentModel.findMany({
      select: { id: true },
      where: {
        AND: [
          group
            ? {
                OR: [
                  { sourceRepoId: null },
                  { sourceRepoId: { in: group.instrumentRepoIds ?? [] } },
                  { id: { in: group.accessibleInstrumentIds ?? [] } }
                ]
              }
            : {}
        ],
        id: { in: itemIds }
      }
    });
    const foundIds = new Set(found.map(({ id }) => id));
    const missingIndex = itemIds.findIndex((id) => !foundIds.has(id));
    if (missingIndex !== -1) {
      const { edition, name } = items[missingIndex]!;
      return {
        message: `Cannot find instrument '${name}' with edition '${edition}'`,
        success: false
      };
    }
    return { success: true };
  }
}

export type { InstrumentVirtualizationContext };
