import {
  ACTIVITE_TYPE,
  AGREMENT_STATUT,
  AGREMENT_SVA_TIMER_STATUT,
} from "../constantes/agrement";
import { FILE_CATEGORY } from "../constantes/file";
import type { AdresseDto } from "./adresse.dto";

export interface AgrementDto {
  id?: number | null;
  organismeId: number | null;
  statut: AGREMENT_STATUT | null;
  updatedAt: Date | null;
  dateObtentionCertificat: Date | null;
  dateDepot: Date | null;
  dateVerifCompleture: Date | null;
  dateConfirmCompletude: Date | null;
  commentaire: string | null;
  motivations: string | null;
  immatriculation: string | null;
  sejourNbEnvisage: number | null;
  sejourCommentaire: string | null;
  sejourTypeHandicap: string[] | null;
  vacanciersNbEnvisage: number | null;
  animationAutre: string | null;
  accompRespNb: number | null;
  accompRespCompExp: string | null;
  accompRespRecruteUrg: string | null;
  accompRespAttestHono: boolean | null;
  transportAllerRetour: string | null;
  transportSejour: string | null;
  suiviMedDistribution: string | null;
  suiviMedAccordSejour: string | null;
  protocoleEvacUrg: string | null;
  protocoleRapatUrg: string | null;
  protocoleRapatEtranger: string | null;
  protocoleMateriel: string | null;
  protocoleInfoFamille: string | null;
  protocoleRemboursement: string | null;
  budgetGestionPerso: string | null;
  budgetPersoGestionComplementaire: string | null;
  budgetPaiementSecurise: string | null;
  budgetComplement: string | null;
  bilanAucunChangementEvolution: boolean | null;
  bilanChangementEvolution: string | null;
  bilanQualPerceptionSensibilite: string | null;
  bilanQualPerspectiveEvol: string | null;
  bilanQualElementsMarquants: string | null;
  bilanFinancierComptabilite: string | null;
  bilanFinancierComparatif: string | null;
  bilanFinancierRessourcesHumaines: string | null;
  bilanFinancierCommentaire: string | null;
  agrementAnimation?: AgrementAnimationDto[];
  agrementFiles?: AgrementFilesDto[];
  agrementSejours?: AgrementSejoursDto[];
  agrementBilanAnnuel?: AgrementBilanAnnuelDto[];
  regionObtention: string | null;
  numero: string | null;
  dateFinValidite?: Date | null;
  dateObtention: Date | null;
  file: object | null;
  commentaireCompletude?: string | null;
  commentaireRefus?: string | null;
  commentaireCorrection?: string | null;
  supprime?: boolean | null;
}

export interface ActiviteDto {
  id: number | null;
  code: string | null;
  libelle: string | null;
  activiteType: ACTIVITE_TYPE | null;
}

export interface AgrementAnimationDto {
  activiteId: number | null;
  agrementId: number | null;
  activite: ActiviteDto;
}

export interface AgrementFilesDto {
  agrementId: number | null;
  category: FILE_CATEGORY;
  fileUuid: string | null;
  uuid?: string | null;
}

export interface AgrementSejoursDto {
  agrementId: number | null;
  nomHebergement: string | null;
  adresse: AdresseDto;
  nbVacanciers: number | null;
  mois: number[] | null;
}

export interface AgrementBilanAnnuelDto {
  agrementId: number | null;
  annee: number | null;
  nbGlobalVacanciers: number | null;
  nbHommes: number | null;
  nbFemmes: number | null;
  nbTotalJoursVacances: number | null;
  typeHandicap: string[] | null;
  trancheAge: string[] | null;
  bilanHebergement: BilanHebergementDto[] | null;
}

export interface BilanHebergementDto {
  agrBilanAnnuelId: number | null;
  nomHebergement: string | null;
  adresse: AdresseDto;
  nbJours: number | null;
  mois: number[] | null;
}

export interface AgrementHistoryUser {
  id: number;
  nom: string;
  prenom: string;
  mail: string;
}

export interface AgrementHistoryItem {
  id: number;
  source: string;
  agrement_id: number;
  usager_user?: AgrementHistoryUser | null;
  bo_user?: AgrementHistoryUser | null;
  type?: string | null;
  type_precision?: string | null;
  metadata?: Record<string, unknown> | null;
  created_at: Date;
}

export interface AgrementHistoryRow {
  id: number;
  source: string;
  agrement_id: number;
  usager_user_id?: number | null;
  usager_nom?: string | null;
  usager_prenom?: string | null;
  usager_mail?: string | null;
  bo_user_id?: number | null;
  bo_nom?: string | null;
  bo_prenom?: string | null;
  bo_mail?: string | null;
  type?: string | null;
  type_precision?: string | null;
  metadata?: Record<string, unknown> | null;
  created_at: Date;
}

export interface AgrementMessage {
  id: number;
  agrement_id: number;
  front_user_id: number | null;
  back_user_id: number | null;
  message: string;
  created_at: string;
  read_at: string | null;
  backUserPrenom?: string | null;
  frontUserPrenom?: string | null;
}

export interface AgrementSvaTimerDto {
  id: number;
  agrementId: number | null;
  statut: AGREMENT_SVA_TIMER_STATUT | null;
  t0: Date | null;
  createdAt: Date | null;
  mailDelay21dAt: Date | null;
}

export interface AgrementSvaPeriodesDto {
  id: number;
  agrementSvaTimerId: number | null;
  startAt: Date | null;
  endAt: Date | null;
}
