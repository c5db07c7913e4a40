import { captureException } from "@sentry/node";
import { ObjectId } from "mongodb";
import { CODES_STATUT_APPRENANT } from "shared/constants";
import { IEffectif, IOrganisationARML, IOrganisationMissionLocale } from "shared/models";
import { IEffectifComputedStatut } from "shared/models/data/effectifs.model";
import { IEffectifDECA } from "shared/models/data/effectifsDECA.model";
import { IMissionLocaleEffectif } from "shared/models/data/missionLocaleEffectif.model";

import { activateMissionLocale } from "@/common/actions/admin/mission-locale/mission-locale.admin.actions";
import { updateEffectifStatut } from "@/common/actions/effectifs.statut.actions";
import { getAndFormatCommuneFromCode } from "@/common/actions/engine/engine.actions";
import { createOrUpdateMissionLocaleStats } from "@/common/actions/mission-locale/mission-locale-stats.actions";
import {
  checkMissionLocaleEffectifDoublon,
  createMissionLocaleSnapshot,
  getAllEffectifForMissionLocaleCursor,
  mergeAndSoftDeleteDuplicates,
  migrateMlRecordEffectifId,
  sortKeeperPriority,
  updateOrDeleteMissionLocaleSnapshot,
} from "@/common/actions/mission-locale/mission-locale.actions";
import { getFamilyOrganismeIds } from "@/common/actions/organismes/organismes.actions";
import { normalisePersonIdentifiant } from "@/common/actions/personV2/personV2.actions";
import { getCurrentStatutFromParcours } from "@/common/actions/shared/rupture-pipeline.utils";
import { apiAlternanceClient } from "@/common/apis/apiAlternance/client";
import logger from "@/common/logger";
import {
  effectifsDb,
  effectifsQueueDb,
  missionLocaleEffectifsDb,
  missionLocaleStatsDb,
  organisationsDb,
} from "@/common/model/collections";

export const hydrateMissionLocaleSnapshot = async (missionLocaleStructureId: number | null) => {
  const cursor = organisationsDb().find({
    type: "MISSION_LOCALE",
    ...(missionLocaleStructureId ? { ml_id: missionLocaleStructureId } : {}),
  });

  while (await cursor.hasNext()) {
    const orga = (await cursor.next()) as IOrganisationMissionLocale;
    const cursor2 = getAllEffectifForMissionLocaleCursor(orga.ml_id);
    while (await cursor2.hasNext()) {
      const eff = await cursor2.next();
      if (eff) {
        await createMissionLocaleSnapshot(eff);
      }
    }
  }
};

export const hydrateMissionLocaleOrganisation = async () => {
  const allMl = await apiAlternanceClient.geographie.listMissionLocales({});
  const currentDate = new Date();
  for (const ml of allMl) {
    const missionLocale = await organisationsDb().findOne({ ml_id: ml.id });

    if (!missionLocale) {
      let arml: IOrganisationARML | null = null;

      const { mission_locale_id, ...rest } = await getAndFormatCommuneFromCode(null, ml.localisation.cp);

      if (rest.region) {
        arml = (await organisationsDb().findOne({
          type: "ARML",
          region_list: { $in: [rest.region] },
        })) as IOrganisationARML | null;
      }

      const toInsert = {
        _id: new ObjectId(),
        type: "MISSION_LOCALE" as const,
        created_at: currentDate,
        ml_id: ml.id,
        nom: ml.nom,
        siret: ml.siret ?? undefined,
        adresse: {
          ...rest,
        },
        email: ml.contact?.email ?? undefined,
        telephone: ml.contact?.telephone ?? undefined,
        site_web: ml.contact?.siteWeb ?? undefined,
        arml_id: arml ? arml._id : undefined,
      };
      await organisationsDb().insertOne(toInsert);

      await hydrateMissionLocaleSnapshot(ml.id);
    }
  }
};

export const updateMissionLocaleSnapshotFromLastStatus = async () => {
  const cursor = organisationsDb().find({
    type: "MISSION_LOCALE",
  });

  while (await cursor.hasNext()) {
    const orga = (await cursor.next()) as IOrganisationMissionLocale;
    const cursor2 = missionLocaleEffectifsDb().find({ mission_locale_id: orga._id, situation: { $exists: false } });
    while (await cursor2.hasNext()) {
      const eff = await cursor2.next();

      if (eff) {
        const lastEffectifQueue = await effectifsQueueDb()
          .find({
            effectif_id: eff.effectif_id,
          })
          .sort({ created_at: -1 })
          .limit(1)
          .toArray();

        if (
          lastEffectifQueue &&
          lastEffectifQueue.length > 0 &&
          lastEffectifQueue[0].statut_apprenant === CODES_STATUT_APPRENANT.abandon &&
          lastEffectifQueue[0].date_metier_mise_a_jour_statut
        ) {
          {
            const date: string = lastEffectifQueue[0].date_metier_mise_a_jour_statut as string;

            await effectifsDb().updateOne(
              { _id: eff.effectif_id },
              {
                $set: {
                  "formation.date_exclusion": new Date(date),
                },
              }
            );
            const effToCompute = await effectifsDb().findOne({ _id: eff.effectif_id });
            await updateEffectifStatut(effToCompute as IEffectif, new Date(), effectifsDb());
            const effToSnap = await effectifsDb().findOne({ _id: eff.effectif_id });
            if (effToSnap) {
              updateOrDeleteMissionLocaleSnapshot(effToSnap);
            }
          }
        }
      }
    }
  }
};

export const updateEffectifMissionLocaleSnapshotAtMLActivation = async (missionLocaleId: ObjectId) => {
  const cursor = missionLocaleEffectifsDb().find({
    mission_locale_id: new ObjectId(missionLocaleId),
    situation: null,
    $or: [
      { "computed.organisme.ml_beta_activated_at": null },
      { "computed.organisme.ml_beta_activated_at": { $exists: false } },
    ],
  });

  while (await cursor.hasNext()) {
    const effML = await cursor.next();
    if (!effML) {
      continue;
    }
    const upToDateEffectif = (await effectifsDb()
      .aggregate([
        {
          $unionWith: {
            coll: "effectifsDECA",
            pipeline: [{ $match: { _id: effML.effectif_id } }],
          },
        },
        {
          $match: {
            _id: effML.effectif_id,
          },
        },
      ])
      .toArray()) as Array<IEffectif | IEffectifDECA>;

    if (!upToDateEffectif || upToDateEffectif.length === 0) {
      continue;
    }
    await updateOrDeleteMissionLocaleSnapshot(upToDateEffectif[0]);
  }
};

export const updateEffectifMissionLocaleSnapshotAtOrganismeActivation = async (organismeId: ObjectId) => {
  const cursor = missionLocaleEffectifsDb().find({
    "effectif_snapshot.organisme_id": new ObjectId(organismeId),
    situation: { $exists: false },
  });

  while (await cursor.hasNext()) {
    const effML = await cursor.next();
    if (!effML) {
      continue;
    }
    const upToDateEffectif = (await effectifsDb()
      .aggregate([
        {
          $unionWith: {
            coll: "effectifsDECA",
            pipeline: [{ $match: { _id: effML.effectif_id } }],
          },
        },
        {
          $match: {
            _id: effML.effectif_id,
          },
        },
      ])
      .toArray()) as Array<IEffectif | IEffectifDECA>;

    if (!upToDateEffectif || upToDateEffectif.length === 0) {
      continue;
    }
    await updateOrDeleteMissionLocaleSnapshot(upToDateEffectif[0]);
  }
};

export const hydrateMissionLocaleAdresse = async () => {
  const allMl = await apiAlternanceClient.geographie.listMissionLocales({});

  for (const ml of allMl) {
    const missionLocale = await organisationsDb().findOne({ ml_id: ml.id, type: "MISSION_LOCALE" });
    const { mission_locale_id, ...rest } = await getAndFormatCommuneFromCode(null, ml.localisation.cp);

    if (missionLocale) {
      await organisationsDb().updateOne(
        {
          _id: missionLocale._id,
        },
        {
          $set: {
            adresse: {
              ...rest,
            },
          },
        }
      );
    }
  }
};

const CURRENT_STATUS_BATCH_SIZE = 1000;

export const updateMissionLocaleEffectifCurrentStatus = async (signal?: AbortSignal) => {
  const missionLocaleIds = await organisationsDb()
    .find({ type: "MISSION_LOCALE" }, { projection: { _id: 1 } })
    .map(({ _id }) => _id)
    .toArray();

  let nbEffectifsMisAJour = 0;
  let batch: Array<Pick<IMissionLocaleEffectif, "_id" | "effectif_id" | "current_status">> = [];

  const flushBatch = async () => {
    if (batch.length === 0) {
      return;
    }

    const effectifIds = batch.map(({ effectif_id }) => effectif_id);
    const rows = await effectifsDb()
      .aggregate([
        { $match: { _id: { $in: effectifIds } } },
        { $unionWith: { coll: "effectifsDECA", pipeline: [{ $match: { _id: { $in: effectifIds } } }] } },
        { $project: { parcours: "$_computed.statut.parcours" } },
      ])
      .toArray();

    // Union effectifs -> effectifsDECA : le premier gagne, l'ERP prime sur DECA.
    const parcoursByEffectifId = new Map<string, IEffectifComputedStatut["parcours"]>();
    for (const { _id, parcours } of rows) {
      const key = _id.toString();
      if (!parcoursByEffectifId.has(key)) {
        parcoursByEffectifId.set(key, parcours);
      }
    }

    const now = new Date();
    const ops = batch.flatMap((eff) => {
      const currentStatus = getCurrentStatutFromParcours(parcoursByEffectifId.get(eff.effectif_id.toString()), now);
      if (!currentStatus) {
        return [];
      }
      if (
        eff.current_status?.value === currentStatus.valeur &&
        eff.current_status?.date?.getTime() === currentStatus.date?.getTime()
      ) {
        return [];
      }
      return [
        {
          updateOne: {
            filter: { _id: eff._id },
            update: {
              $set: { "current_status.value": currentStatus.valeur, "current_status.date": currentStatus.date },
            },
          },
        },
      ];
    });

    if (ops.length > 0) {
      await missionLocaleEffectifsDb().bulkWrite(ops);
      nbEffectifsMisAJour += ops.length;
    }
    batch = [];
  };

  const cursor = missionLocaleEffectifsDb().find(
    { mission_locale_id: { $in: missionLocaleIds } },
    { projection: { _id: 1, effectif_id: 1, current_status: 1 } }
  );

  while (await cursor.hasNext()) {
    if (signal?.aborted) {
      return { aborted: true, nbEffectifsMisAJour };
    }
    const eff = await cursor.next();
    if (!eff) {
      continue;
    }
    batch.push(eff);
    if (batch.length >= CURRENT_STATUS_BATCH_SIZE) {
      await flushBatch();
    }
  }
  await flushBatch();

  return { aborted: false, nbEffectifsMisAJour };
};

export const updateMissionLocaleAdresseFromExternalData = async (
  data: Array<{ ml_id: number; corrected_cp: string }>
) => {
  for (let i = 0; i < data.length; i++) {
    const { ml_id, corrected_cp } = data[i];
    const { mission_locale_id, ...rest } = await getAndFormatCommuneFromCode(null, corrected_cp);

    await organisationsDb().updateOne(
      { type: "MISSION_LOCALE", ml_id: ml_id },
      {
        $set: {
          adresse: {
            ...rest,
          },
        },
      }
    );
  }
  return data;
};

export const hydrateMissionLocaleEffectifDateRupture = async () => {
  const BATCH_SIZE = 1000;

  let batch: Array<{ _id: ObjectId; date_rupture: Date }> = [];

  const processBatch = (currentBatch: Array<{ _id: ObjectId; date_rupture: Date }>) => {
    if (currentBatch.length === 0) {
      return;
    }

    try {
      const mapped = currentBatch.map(({ _id, date_rupture }) => ({
        updateOne: {
          filter: { _id },
          update: {
            $set: {
              date_rupture,
            },
          },
        },
      }));

      return missionLocaleEffectifsDb().bulkWrite(mapped);
    } catch (e) {
      captureException(e);
    }
  };

  const cursor = missionLocaleEffectifsDb().find({ date_rupture: { $exists: false } });

  while (await cursor.hasNext()) {
    const eff = await cursor.next();
    if (!eff) {
      continue;
    }
    const parcours = eff?.effectif_snapshot?._computed?.statut?.parcours;

    if (!parcours || parcours.length === 0) {
      continue;
    }

    const lastRuptureDate = parcours.findLast((statut) => statut.valeur === "RUPTURANT")?.date;

    lastRuptureDate &&
      batch.push({
        _id: eff._id,
        date_rupture: lastRuptureDate,
      });

    if (batch.length === BATCH_SIZE) {
      await processBatch(batch);
      batch = [];
    }
  }

  await processBatch(batch);
};

export const updateMissionLocaleEffectifActivationDate = async () => {
  const cursor = organisationsDb().find({
    type: "MISSION_LOCALE",
    activated_at: { $ne: null },
  });

  while (await cursor.hasNext()) {
    const ml = (await cursor.next()) as IOrganisationMissionLocale;

    await missionLocaleEffectifsDb().updateMany(
      { mission_locale_id: ml._id },
      {
        $set: {
          "computed.mission_locale.activated_at": ml.activated_at,
        },
      }
    );
  }
};

export const migrateOrphanMlRecordsDecaToErp = async () => {
  let scanned = 0;
  let migrated = 0;
  let mergedIntoSquatter = 0;
  let skippedNonRupturant = 0;
  let skippedNoErpTwin = 0;
  let skippedMlIdMismatch = 0;
  let skippedPrenomMismatch = 0;
  let skippedMissingFields = 0;

  type ErpIndex = {
    _id: ObjectId;
    mission_locale_id: number | null;
    normalized: ReturnType<typeof normalisePersonIdentifiant>;
  };
  const ORG_CACHE_MAX = 50;
  const orgErpCache = new Map<string, ErpIndex[]>();
  const loadOrg = async (orgId: ObjectId): Promise<ErpIndex[]> => {
    const key = orgId.toString();
    const cached = orgErpCache.get(key);
    if (cached) {
      orgErpCache.delete(key);
      orgErpCache.set(key, cached);
      return cached;
    }
    const projected = await effectifsDb()
      .find(
        { organisme_id: orgId, "apprenant.nom": { $exists: true } },
        {
          projection: {
            _id: 1,
            "apprenant.nom": 1,
            "apprenant.prenom": 1,
            "apprenant.date_de_naissance": 1,
            "apprenant.adresse.mission_locale_id": 1,
          },
        }
      )
      .toArray();
    const indexed: ErpIndex[] = [];
    for (const e of projected) {
      if (!e.apprenant?.nom || !e.apprenant?.prenom || !e.apprenant?.date_de_naissance) continue;
      indexed.push({
        _id: e._id,
        mission_locale_id: e.apprenant.adresse?.mission_locale_id ?? null,
        normalized: normalisePersonIdentifiant({
          nom: e.apprenant.nom,
          prenom: e.apprenant.prenom,
          date_de_naissance: e.apprenant.date_de_naissance,
        }),
      });
    }
    orgErpCache.set(key, indexed);
    if (orgErpCache.size > ORG_CACHE_MAX) {
      const oldest = orgErpCache.keys().next().value;
      if (oldest) orgErpCache.delete(oldest);
    }
    return indexed;
  };

  const cursor = missionLocaleEffectifsDb()
    .find({
      soft_deleted: { $ne: true },
      "effectif_snapshot.source": "DECA",
      "identifiant_normalise.nom": { $exists: true },
    })
    .sort({ _id: 1 })
    .addCursorFlag("noCursorTimeout", true);

  try {
    while (await cursor.hasNext()) {
      const mlRecord = await cursor.next();
      if (!mlRecord) continue;
      scanned++;

      const ddn = mlRecord.identifiant_normalise?.date_de_naissance;
      const nom = mlRecord.identifiant_normalise?.nom;
      const prenom = mlRecord.identifiant_normalise?.prenom;
      const orgId = mlRecord.effectif_snapshot?.organisme_id;
      if (!ddn || !nom || !prenom || !orgId) {
        skippedMissingFields++;
        continue;
      }

      const candidates = await loadOrg(orgId);
      const sameNomDdn = candidates.filter(
        (c) => c.normalized.nom === nom && c.normalized.date_de_naissance.getTime() === ddn.getTime()
      );

      if (sameNomDdn.length === 0) {
        skippedNoErpTwin++;
        continue;
      }

      const match = sameNomDdn.find((c) => c.normalized.prenom === prenom);
      if (!match) {
        skippedPrenomMismatch++;
        continue;
      }

      const decaMlId = mlRecord.effectif_snapshot?.apprenant?.adresse?.mission_locale_id;
      const erpMlId = match.mission_locale_id;
      if (decaMlId && erpMlId && decaMlId !== erpMlId) {
        skippedMlIdMismatch++;
        continue;
      }

      const erpTwin = await effectifsDb().findOne({ _id: match._id });
      if (!erpTwin) {
        skippedNoErpTwin++;
        continue;
      }

      const result = await migrateMlRecordEffectifId(mlRecord._id, mlRecord.effectif_id, erpTwin);
      if (result.skipped) {
        skippedNonRupturant++;
      } else if (result.keeperId.equals(mlRecord._id)) {
        migrated++;
      } else {
        mergedIntoSquatter++;
      }

      if (scanned % 1000 === 0) {
        logger.info(
          {
            scanned,
            migrated,
            mergedIntoSquatter,
            skippedNonRupturant,
            skippedNoErpTwin,
            skippedMlIdMismatch,
            skippedPrenomMismatch,
            skippedMissingFields,
          },
          "migrateOrphanMlRecordsDecaToErp progress"
        );
      }
    }
  } finally {
    await cursor.close();
  }

  const summary = {
    scanned,
    migrated,
    mergedIntoSquatter,
    skippedNonRupturant,
    skippedNoErpTwin,
    skippedMlIdMismatch,
    skippedPrenomMismatch,
    skippedMissingFields,
  };
  logger.info(summary, "migrateOrphanMlRecordsDecaToErp done");
  return summary;
};

/**
 * Repoint les ML records orphans vers l'effectif le plus récent de la même famille
 * responsable/formateurs (cas double-ingestion). Skip les records avec cfa_rupture_declaration
 * (déjà revendiqués par un CFA).
 */
export const migrateOrphanMlRecordsCrossFamily = async () => {
  let scanned = 0;
  let migrated = 0;
  let mergedIntoSquatter = 0;
  let skippedHasRuptureDeclaration = 0;
  let skippedNonRupturant = 0;
  let skippedNoFamily = 0;
  let skippedNoCandidate = 0;
  let skippedAlreadyOnBest = 0;
  let skippedMissingFields = 0;

  const familyCache = new Map<string, ObjectId[]>();
  const getFamily = async (orgId: ObjectId): Promise<ObjectId[]> => {
    const key = orgId.toString();
    const cached = familyCache.get(key);
    if (cached) return cached;
    const family = await getFamilyOrganismeIds(orgId);
    familyCache.set(key, family);
    return family;
  };

  // Cache LRU : pré-normalisation JS-side, robuste aux effectifs legacy non normalisés.
  type IndexedEffectif = {
    _id: ObjectId;
    organisme_id: ObjectId;
    updated_at: Date | null;
    normalized: ReturnType<typeof normalisePersonIdentifiant>;
  };
  const ORG_CACHE_MAX = 50;
  const orgIndexCache = new Map<string, IndexedEffectif[]>();

  const loadOrg = async (orgId: ObjectId): Promise<IndexedEffectif[]> => {
    const key = orgId.toString();
    const cached = orgIndexCache.get(key);
    if (cached) {
      orgIndexCache.delete(key);
      orgIndexCache.set(key, cached);
      return cached;
    }
    const projected = await effectifsDb()
      .find(
        { organisme_id: orgId, "apprenant.nom": { $exists: true } },
        {
          projection: {
            _id: 1,
            organisme_id: 1,
            updated_at: 1,
            "apprenant.nom": 1,
            "apprenant.prenom": 1,
            "apprenant.date_de_naissance": 1,
          },
        }
      )
      .toArray();
    const indexed: IndexedEffectif[] = [];
    for (const e of projected) {
      if (!e.apprenant?.nom || !e.apprenant?.prenom || !e.apprenant?.date_de_naissance) continue;
      indexed.push({
        _id: e._id,
        organisme_id: e.organisme_id,
        updated_at: e.updated_at ?? null,
        normalized: normalisePersonIdentifiant({
          nom: e.apprenant.nom,
          prenom: e.apprenant.prenom,
          date_de_naissance: e.apprenant.date_de_naissance,
        }),
      });
    }
    orgIndexCache.set(key, indexed);
    if (orgIndexCache.size > ORG_CACHE_MAX) {
      const oldest = orgIndexCache.keys().next().value;
      if (oldest) orgIndexCache.delete(oldest);
    }
    return indexed;
  };

  const cursor = missionLocaleEffectifsDb()
    .find({
      soft_deleted: { $ne: true },
      "identifiant_normalise.nom": { $exists: true },
    })
    .sort({ _id: 1 })
    .addCursorFlag("noCursorTimeout", true);

  try {
    while (await cursor.hasNext()) {
      const mlRecord = await cursor.next();
      if (!mlRecord) continue;
      scanned++;

      if (mlRecord.cfa_rupture_declaration) {
        skippedHasRuptureDeclaration++;
        continue;
      }

      const ddn = mlRecord.identifiant_normalise?.date_de_naissance;
      const nom = mlRecord.identifiant_normalise?.nom;
      const prenom = mlRecord.identifiant_normalise?.prenom;
      const currentOrgId = mlRecord.effectif_snapshot?.organisme_id;
      if (!ddn || !nom || !prenom || !currentOrgId) {
        skippedMissingFields++;
        continue;
      }

      const family = await getFamily(currentOrgId);
      if (family.length <= 1) {
        skippedNoFamily++;
        continue;
      }

      const familyOthers = family.filter((id) => !id.equals(currentOrgId));
      const indexedPerOrg = await Promise.all(familyOthers.map(loadOrg));
      const matches = indexedPerOrg
        .flat()
        .filter(
          (c) =>
            c.normalized.nom === nom &&
            c.normalized.prenom === prenom &&
            c.normalized.date_de_naissance.getTime() === ddn.getTime()
        );

      if (matches.length === 0) {
        skippedNoCandidate++;
        continue;
      }

      matches.sort((a, b) => (b.updated_at?.getTime() ?? 0) - (a.updated_at?.getTime() ?? 0));
      const best = matches[0];

      // Skip si l'effectif actuel est déjà au moins aussi récent (pas de repoint vers plus ancien).
      const currentEffectif = await effectifsDb().findOne(
        { _id: mlRecord.effectif_id },
        { projection: { updated_at: 1 } }
      );
      const currentUpdatedAt = currentEffectif?.updated_at?.getTime() ?? 0;
      const bestUpdatedAt = best.updated_at?.getTime() ?? 0;
      if (bestUpdatedAt <= currentUpdatedAt) {
        skippedAlreadyOnBest++;
        continue;
      }

      const newEffectif = await effectifsDb().findOne({ _id: best._id });
      if (!newEffectif) {
        skippedNoCandidate++;
        continue;
      }

      const result = await migrateMlRecordEffectifId(mlRecord._id, mlRecord.effectif_id, newEffectif);
      if (result.skipped) {
        skippedNonRupturant++;
      } else if (result.keeperId.equals(mlRecord._id)) {
        migrated++;
      } else {
        mergedIntoSquatter++;
      }

      if (scanned % 1000 === 0) {
        logger.info(
          {
            scanned,
            migrated,
            mergedIntoSquatter,
            skippedHasRuptureDeclaration,
            skippedNonRupturant,
            skippedNoFamily,
            skippedNoCandidate,
            skippedAlreadyOnBest,
            skippedMissingFields,
          },
          "migrateOrphanMlRecordsCrossFamily progress"
        );
      }
    }
  } finally {
    await cursor.close();
  }

  const summary = {
    scanned,
    migrated,
    mergedIntoSquatter,
    skippedHasRuptureDeclaration,
    skippedNonRupturant,
    skippedNoFamily,
    skippedNoCandidate,
    skippedAlreadyOnBest,
    skippedMissingFields,
  };
  logger.info(summary, "migrateOrphanMlRecordsCrossFamily done");
  return summary;
};

export const softDeleteDoublonEffectifML = async () => {
  const data = await missionLocaleEffectifsDb()
    .aggregate([
      {
        $group: {
          _id: "$effectif_id",
          count: { $sum: 1 },
        },
      },
      {
        $match: {
          count: { $gt: 1 },
        },
      },
    ])
    .toArray();

  for (const doc of data) {
    const mlEff = await missionLocaleEffectifsDb()
      .find({ effectif_id: doc._id })
      .sort({ created_at: -1 })
      .limit(1)
      .next();

    if (mlEff) {
      await checkMissionLocaleEffectifDoublon(mlEff._id, doc._id);
    }
  }

  const identityDuplicates = await missionLocaleEffectifsDb()
    .aggregate<{
      _id: {
        nom: string;
        prenom: string;
        date_de_naissance: Date;
        mission_locale_id: ObjectId;
      };
      doc_ids: ObjectId[];
    }>([
      { $match: { soft_deleted: { $ne: true }, identifiant_normalise: { $ne: null } } },
      {
        $group: {
          _id: {
            nom: "$identifiant_normalise.nom",
            prenom: "$identifiant_normalise.prenom",
            date_de_naissance: "$identifiant_normalise.date_de_naissance",
            mission_locale_id: "$mission_locale_id",
          },
          count: { $sum: 1 },
          doc_ids: { $push: "$_id" },
        },
      },
      { $match: { count: { $gt: 1 } } },
    ])
    .toArray();

  for (const group of identityDuplicates) {
    const docs = await missionLocaleEffectifsDb()
      .find({ _id: { $in: group.doc_ids } })
      .toArray();

    docs.sort(sortKeeperPriority);

    const keeper = docs[0];
    const toDelete = docs.slice(1);
    const deleteIds = toDelete.map((d) => d._id);

    if (deleteIds.length > 0) {
      await mergeAndSoftDeleteDuplicates(keeper._id, deleteIds);
    }
  }
};

export const updateMissionLocaleEffectifSnapshot = async (activationDate: Date) => {
  const cursor = organisationsDb().find({
    type: "MISSION_LOCALE",
    activated_at: { $ne: null },
  });
  while (await cursor.hasNext()) {
    const orga = await cursor.next();
    if (!orga) {
      continue;
    }

    await activateMissionLocale(orga._id, activationDate);
  }
};

export const updateNotActivatedMissionLocaleEffectifSnapshot = async () => {
  const cursor = organisationsDb().find({
    type: "MISSION_LOCALE",
    activated_at: null,
  });

  while (await cursor.hasNext()) {
    const orga = (await cursor.next()) as IOrganisationMissionLocale;
    if (!orga) {
      continue;
    }
    await updateEffectifMissionLocaleSnapshotAtMLActivation(orga._id);
  }
};

export const hydrateMissionLocaleStats = async () => {
  const mls = (await organisationsDb().find({ type: "MISSION_LOCALE" }).toArray()) as Array<IOrganisationMissionLocale>;

  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const yesterday = new Date(today);
  yesterday.setDate(yesterday.getDate() - 1);

  for (const ml of mls) {
    await createOrUpdateMissionLocaleStats(ml._id, today);
    await createOrUpdateMissionLocaleStats(ml._id, yesterday);
  }
};

export const hydrateDailyMissionLocaleStats = async () => {
  await missionLocaleStatsDb().deleteMany({});

  const mls = (await organisationsDb().find({ type: "MISSION_LOCALE" }).toArray()) as Array<IOrganisationMissionLocale>;

  const firstDate = await missionLocaleEffectifsDb().findOne({}, { sort: { created_at: 1 } });

  if (!firstDate) {
    return;
  }

  const startDate = firstDate.created_at;

  const getAllDateSinceStartingDate = (start: Date): Date[] => {
    const today = new Date();
    today.setUTCHours(0, 0, 0, 0);
    const dates: Date[] = [];
    const currentDate = new Date(start);
    currentDate.setUTCHours(0, 0, 0, 0);
    while (currentDate <= today) {
      dates.push(new Date(currentDate));
      currentDate.setDate(currentDate.getDate() + 1);
    }
    return dates;
  };

  const allDates = getAllDateSinceStartingDate(startDate);

  for (const date of allDates) {
    const mapped = mls.map((ml) => () => {
      return createOrUpdateMissionLocaleStats(new ObjectId(ml._id), date);
    });

    await Promise.allSettled(mapped.map((fn) => fn()));
  }
};

export const backfillIdentifiantNormalise = async () => {
  const BATCH_SIZE = 1000;

  type BatchItem = {
    updateOne: {
      filter: { _id: ObjectId };
      update: { $set: { identifiant_normalise: { nom: string; prenom: string; date_de_naissance: Date } } };
    };
  };

  let batch: BatchItem[] = [];

  const processBatch = async (currentBatch: BatchItem[]) => {
    if (currentBatch.length === 0) {
      return;
    }

    try {
      return await missionLocaleEffectifsDb().bulkWrite(currentBatch);
    } catch (e) {
      captureException(e);
    }
  };

  const cursor = missionLocaleEffectifsDb().find({
    identifiant_normalise: { $exists: false },
    "effectif_snapshot.apprenant.nom": { $exists: true, $ne: null },
    "effectif_snapshot.apprenant.prenom": { $exists: true, $ne: null },
    "effectif_snapshot.apprenant.date_de_naissance": { $exists: true, $ne: null },
  });

  while (await cursor.hasNext()) {
    const doc = await cursor.next();
    if (!doc) continue;

    const apprenant = doc.effectif_snapshot?.apprenant;
    if (!apprenant?.nom || !apprenant?.prenom || !apprenant?.date_de_naissance) continue;

    batch.push({
      updateOne: {
        filter: { _id: doc._id },
        update: {
          $set: {
            identifiant_normalise: normalisePersonIdentifiant({
              nom: apprenant.nom,
              prenom: apprenant.prenom,
              date_de_naissance: apprenant.date_de_naissance,
            }),
          },
        },
      },
    });

    if (batch.length >= BATCH_SIZE) {
      await processBatch(batch);
      batch = [];
    }
  }

  if (batch.length > 0) {
    await processBatch(batch);
  }
};
