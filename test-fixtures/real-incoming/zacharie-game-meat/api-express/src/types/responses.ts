import type {
  User,
  Entity,
  EntityAndUserRelations,
  Fei,
  Carcasse,
  CarcasseType,
  CarcasseIntermediaire,
  CarcasseModificationRequest,
  Log,
  CarcasseCertificat,
  ApiKey,
  ApiKeyApprovalByUserOrEntity,
} from '@prisma/client';
import type { UserForFei, UserForAdmin } from './user';
import type { EntityForAdmin, EntityWithUserRelation, EntitiesByTypeAndId, EntitiesById } from './entity';

export interface SearchResponse {
  ok: boolean;
  data: Array<{
    searchQuery: string;
    redirectUrl: string;
    carcasse_numero_bracelet: Carcasse['numero_bracelet'];
    carcasse_espece: Carcasse['espece'];
    carcasse_type: Carcasse['type'] | '';
    carcasse_svi_assigned_at: Carcasse['svi_assigned_at'];
    fei_numero: Fei['numero'];
    fei_date_mise_a_mort: Fei['date_mise_a_mort'];
    fei_commune_mise_a_mort: Fei['commune_mise_a_mort'];
  }>;
  error: string;
}

export interface UserConnexionResponse {
  ok: boolean;
  data: {
    user: User | null;
    apiKeyApprovals?: Array<
      ApiKeyApprovalByUserOrEntity & {
        ApiKey: Omit<
          ApiKey,
          'private_key' | 'public_key' | 'access_token' | 'access_token_read_at' | 'slug_for_context'
        >;
      }
    >;
    token?: string | null;
    contexte?: string;
  };
  error: string;
  message: string;
}

export interface UserForFeiResponse {
  ok: boolean;
  data: {
    user: UserForFei | null;
  };
  error: string;
}

export interface UserEntityResponse {
  ok: boolean;
  data: {
    entity: Entity | null;
    relation: EntityAndUserRelations | null;
  };
  error: string;
}

export interface UserCCGsResponse {
  ok: boolean;
  data: {
    userCCGs: Array<Entity>;
  };
  error: string;
}

export interface UserMyRelationsResponse {
  ok: true;
  data: {
    user: User;
    detenteursInitiaux: Array<UserForFei>;
    // examinateursInitiaux:  Array<User>,
    associationsDeChasse: Array<EntityWithUserRelation>;
    ccgs: Array<EntityWithUserRelation>;
    collecteursPro: Array<EntityWithUserRelation>;
    etgs: Array<EntityWithUserRelation>;
    svis: Array<EntityWithUserRelation>;
    entitiesICanHandleCarcassOnBehalf: Array<EntityWithUserRelation>;
    circuitCourt: Array<EntityWithUserRelation>;
  };
  error: '';
}

export interface EntitiesWorkingForResponse {
  ok: true;
  data: {
    allEntitiesByTypeAndId: EntitiesByTypeAndId;
    userEntitiesByTypeAndId: EntitiesByTypeAndId;
  };
  error: '';
}

export interface EtgUserInteracted extends UserForFei {
  roles: User['roles'];
}

export interface EtgUsersInteractedResponse {
  ok: boolean;
  data: {
    users: Array<EtgUserInteracted>;
  } | null;
  error: string;
}

export interface EtgUserInteractedResponse {
  ok: boolean;
  data: {
    user: EtgUserInteracted;
  } | null;
  error: string;
}

export interface PartenairesResponse {
  ok: true;
  data: {
    allEntitiesById: EntitiesById;
    userEntitiesById: EntitiesById;
  };
  error: '';
}

export interface CarcasseIntermediaireResponse {
  ok: boolean;
  data: {
    carcasseIntermediaire: CarcasseIntermediaire | null;
  };
  error: string;
}

export interface AdminGetEntityResponse {
  ok: boolean;
  data: null | {
    entity: EntityForAdmin;
    dedicatedApiKey: ApiKey | null;
    canTakeFichesForEntity: Array<UserForAdmin>;
    canSendFichesToEntity: Array<UserForAdmin>;
    sviRelatedToETG: Entity | null;
    potentialSvisRelatedToETG: Array<Entity>;
    etgsRelatedWithSvi: Array<Entity>;
    potentialEtgsRelatedWithSvi: Array<Entity>;
  };
  error: string;
}

export interface AdminActionEntityResponse {
  ok: boolean;
  data: {
    entity: EntityForAdmin;
  };
  error: string;
}

export interface AdminNewEntityResponse {
  ok: boolean;
  data: {
    entity: Entity;
  };
  error: string;
}

export interface AdminEntitiesResponse {
  ok: boolean;
  data: {
    entities: Array<Entity>;
    counts: Record<string, number>;
  };
  error: string;
}

export interface AdminUsersResponse {
  ok: boolean;
  data: {
    users: Array<User>;
  };
  error: string;
}

export interface AdminUserDataResponse {
  ok: boolean;
  data: null | {
    user: User;
    identityDone: boolean;
    examinateurDone: boolean;
    allEntities: Array<Entity>;
    userEntitiesRelations: Array<EntityForAdmin>;
    officialCfei: OfficialCfei | null;
  };
  error: string;
}

export interface AdminNewUserDataResponse {
  ok: boolean;
  data: null | {
    user: User;
  };
  error: string;
}

export interface LogResponse {
  ok: boolean;
  data: {
    log: Log | null;
  };
  error: string;
}

export interface CarcasseResponse {
  ok: boolean;
  data: {
    carcasse: Carcasse | null;
  };
  error: string;
}

export interface CarcassesGetResponse {
  ok: boolean;
  data: {
    carcasses: Array<Carcasse>;
    feis: Array<Fei>;
    users: Array<UserForFei>;
    entities: Array<EntityWithUserRelation>;
    carcassesIntermediaires: Array<CarcasseIntermediaire>;
    carcasseModifRequests: Array<CarcasseModificationRequest>;
    hasMore: boolean;
    total: number;
  };
  error: string;
}

// Carcasses d'une fiche hors du périmètre de synchro delta (refusées/manquantes/orphelines),
// récupérées à la demande par fiche puis mergées dans le store. Voir GET /carcasse/refusees/:fei_numero.
export interface CarcassesRefuseesResponse {
  ok: boolean;
  data: {
    carcasses: Array<Carcasse>;
    carcassesIntermediaires: Array<CarcasseIntermediaire>;
    entities: Array<EntityWithUserRelation>;
  } | null;
  error: string;
}

export interface SviCarcasseAVenir {
  zacharie_carcasse_id: string;
  fei_numero: string;
  espece: string | null;
  type: CarcasseType | null;
  nombre_d_animaux: number | null;
  date_mise_a_mort: Date | null;
  etg_id: string | null;
  etg_nom: string;
  arrived_at: Date | null;
}

export interface SviCarcassesAVenirResponse {
  ok: boolean;
  data: {
    carcasses: Array<SviCarcasseAVenir>;
  } | null;
  error: string;
}

// Traçabilité amont : sur les fiches en cours d'acheminement vers le SVI (celles ayant au
// moins une carcasse à venir), répartition en nombre d'animaux entre ce qui a été déclaré
// et ce qui a été refusé / déclaré manquant par l'ETG (l'écart avec ce qui arrivera).
export interface SviTracabiliteAmont {
  nbFiches: number;
  recuesEtg: number; // total déclaré sur ces fiches
  aVenir: number; // acceptées/prises en charge, à transmettre au SVI (= tuile "Animaux à venir")
  refuseesEtg: number;
  manquantesEtg: number;
  enAttente: number; // déclarées mais pas encore décidées par l'ETG (ni acceptées, ni refusées, ni manquantes)
}

export interface SviTracabiliteAmontResponse {
  ok: boolean;
  data: {
    amont: SviTracabiliteAmont;
  } | null;
  error: string;
}

export interface CertificatResponse {
  ok: boolean;
  data: {
    certificat: CarcasseCertificat | null;
  };
  error: string;
}

export interface AdminApiKeysResponse {
  ok: boolean;
  data: {
    apiKeys: Array<
      ApiKey & { approvals: Array<ApiKeyApprovalByUserOrEntity & { User: User; Entity: Entity }> }
    >;
  };
  error: string;
}

export interface AdminApiKeyResponse {
  ok: boolean;
  data: {
    apiKey: ApiKey;
  };
  error: string;
}

export interface AdminApiKeyAndApprovalsResponse {
  ok: boolean;
  data: {
    apiKey: ApiKey & { approvals: Array<ApiKeyApprovalByUserOrEntity & { User: User; Entity: Entity }> };
    allUsers: Record<string, User>;
    allEntities: Record<string, Entity>;
  };
  error: string;
}

export interface SyncRequest {
  feis: Array<Partial<Fei> & { numero: string }>;
  carcasses: Array<Partial<Carcasse> & { fei_numero: string; zacharie_carcasse_id: string }>;
  carcassesIntermediaires: Array<
    Partial<CarcasseIntermediaire> & {
      fei_numero: string;
      intermediaire_id: string;
      zacharie_carcasse_id: string;
    }
  >;
  // _approvalPayload (optional) carries the examinateur fields when transitioning a NEW_CARCASSE
  // request to APPROVED. Not persisted on the modifRequest row — used by side-effects to mutate the
  // underlying Carcasse server-side.
  carcasseModifRequests: Array<
    Partial<CarcasseModificationRequest> & {
      id: string;
      _approvalPayload?: {
        examinateur_anomalies_carcasse?: string[];
        examinateur_anomalies_abats?: string[];
        examinateur_commentaire?: string | null;
        examinateur_carcasse_sans_anomalie?: boolean;
        examinateur_approbation_mise_sur_le_marche?: boolean;
      };
    }
  >;
  logs: Array<Partial<Log> & { id: string }>;
}

export interface SyncResponse {
  ok: boolean;
  data: {
    feis: Array<Fei>;
    carcasses: Array<Carcasse>;
    carcassesIntermediaires: Array<CarcasseIntermediaire>;
    carcasseModifRequests: Array<CarcasseModificationRequest>;
    syncedLogIds: Array<string>;
  } | null;
  error: string;
}

export interface OfficialCfei {
  numero_cfei: string;
  nom: string | null;
  prenom: string | null;
  departement: string | null;
}

export interface AdminOfficialCfeisResponse {
  ok: boolean;
  data: {
    officialCfeis: Array<OfficialCfei>;
  };
  error: string;
}

export interface AdminCarcassesIntermediairesResponse {
  ok: boolean;
  data: {
    carcassesIntermediaires: Array<
      CarcasseIntermediaire & {
        CarcasseIntermediaireEntity: { nom_d_usage: string; type: string };
        CarcasseIntermediaireUser: { email: string };
        CarcasseCarcasseIntermediaire: { numero_bracelet: string; espece: string | null };
      }
    >;
    total: number;
  };
  error: string;
}

export interface CcgPreviewRow {
  numero_ddecpp: string;
  nom_d_usage: string;
  address_ligne_1: string;
  address_ligne_2: string;
  code_postal: string;
  ville: string;
  siret: string;
}

export interface CcgPreviewModifiedRow extends CcgPreviewRow {
  existing: {
    nom_d_usage: string;
    address_ligne_1: string;
    code_postal: string;
    ville: string;
    siret: string;
  };
}

export interface AdminCcgPreviewResponse {
  ok: boolean;
  data: {
    nouveaux: CcgPreviewRow[];
    modifies: CcgPreviewModifiedRow[];
    unchanged_count: number;
  };
  error: string;
}

export interface AdminCcgImportResponse {
  ok: boolean;
  data: {
    created: number;
    updated: number;
    skipped: number;
  };
  error: string;
}

export interface AdminDashboardResponse {
  ok: boolean;
  data: {
    funnel: {
      chasseurs_inscrits: number;
      compte_valide: number;
      fiche_ouverte: number;
      envoye_1_fiche: number;
      envoye_2_fiches: number;
      envoye_3_fiches: number;
    };
    inscriptions_par_semaine: Array<{ date: string; count: number }>;
  };
  error: string;
}

export interface AdminSaisiesSviResponse {
  ok: boolean;
  data: {
    motifs: Array<{ motif: string; count: number; is_mauvaise_pratique: boolean }>;
    total_inspectees: number;
    total_saisies: number;
    taux_saisie_global: number;
    total_mauvaises_pratiques: number;
    taux_mauvaises_pratiques: number;
  };
  error: string;
}

export interface AdminPartsDeMarcheResponse {
  ok: boolean;
  data: {
    circuit_long: Array<{
      saison: string;
      volume_reel: number;
      volume_potentiel: number;
      volume_absolu: number;
    }>;
  };
  error: string;
}

export interface AdminDeltaBphResponse {
  ok: boolean;
  data: { deltas: number[] };
  error: string;
}

export interface AdminCarcassesResponse {
  ok: boolean;
  data: {
    carcasses: Array<
      Carcasse & {
        _count: { CarcasseIntermediaire: number };
      }
    >;
    total: number;
  };
  error: string;
}

export interface AdminCarcasseDetailResponse {
  ok: boolean;
  data: {
    carcasse: Carcasse & {
      CarcasseIntermediaire: Array<
        CarcasseIntermediaire & {
          CarcasseIntermediaireEntity: {
            nom_d_usage: string;
            type: string;
            numero_ddecpp: string | null;
            address_ligne_1: string | null;
            code_postal: string | null;
            ville: string | null;
          };
          CarcasseIntermediaireUser: { email: string };
        }
      >;
      Fei: Fei;
    };
    depotEntity: {
      nom_d_usage: string | null;
      numero_ddecpp: string | null;
      address_ligne_1: string | null;
      code_postal: string | null;
      ville: string | null;
    } | null;
  };
  error: string;
}

export interface AdminFeisResponse {
  ok: boolean;
  data: {
    feis: Array<
      Fei & {
        FeiExaminateurInitialUser: { email: string } | null;
        FeiPremierDetenteurUser: { email: string } | null;
        FeiPremierDetenteurEntity: { nom_d_usage: string } | null;
        _count: { Carcasses: number };
      }
    >;
    total: number;
  };
  error: string;
}

// Une option de liste déroulante dans les filtres des listes admin.
export interface AdminFilterOption {
  id: string;
  label: string;
}

export interface AdminFeisFilterOptionsResponse {
  ok: boolean;
  data: {
    examinateurs: Array<AdminFilterOption>;
    premiersDetenteurs: Array<AdminFilterOption>;
  };
  error: string;
}

export interface AdminCarcassesFilterOptionsResponse {
  ok: boolean;
  data: {
    especes: Array<AdminFilterOption>;
    svis: Array<AdminFilterOption>;
    etgs: Array<AdminFilterOption>;
    collecteurs: Array<AdminFilterOption>;
    premiersDetenteurs: Array<AdminFilterOption>;
    examinateurs: Array<AdminFilterOption>;
  };
  error: string;
}

export interface AdminFeiDetailResponse {
  ok: boolean;
  data: {
    fei: Fei & {
      Carcasses: Array<
        Carcasse & {
          _count: { CarcasseIntermediaire: number };
        }
      >;
      CarcasseIntermediaire: Array<
        CarcasseIntermediaire & {
          CarcasseIntermediaireEntity: {
            nom_d_usage: string;
            type: string;
            numero_ddecpp: string | null;
          };
          CarcasseIntermediaireUser: { email: string };
        }
      >;
      FeiCreatedByUser: { email: string } | null;
      FeiExaminateurInitialUser: { email: string } | null;
      FeiPremierDetenteurUser: { email: string } | null;
      FeiPremierDetenteurEntity: { nom_d_usage: string } | null;
    };
  };
  error: string;
}

export type CarcasseModificationRequestPopulated = CarcasseModificationRequest & {
  Carcasse: Carcasse;
  RequestedByUser: User;
  RequestedByEntity: Entity;
  ReviewedByUser: User | null;
};

export interface CarcasseModificationRequestsForExaminateurResponse {
  ok: boolean;
  data: {
    requests: Array<CarcasseModificationRequestPopulated>;
  } | null;
  error: string;
}
