import type { CreateIndexesOptions, IndexSpecification } from "mongodb";
import { z } from "zod";
import { zObjectId } from "zod-mongodb-schema";

import { zEffectif, zStatutApprenantEnum } from "./effectifs.model";
import { zEffectifDECA } from "./effectifsDECA.model";
import { zWhatsAppContact } from "./whatsappContact.model";

const collectionName = "missionLocaleEffectif";

const indexes: [IndexSpecification, CreateIndexesOptions][] = [
  [{ mission_locale_id: 1, effectif_id: 1 }, { unique: true }],
  [{ "organisme_data.acc_conjoint_by": 1, "organisme_data.has_unread_notification": 1 }, {}],
  [{ "effectif_snapshot.organisme_id": 1, "organisme_data.acc_conjoint_by": 1 }, {}],
  [{ "effectif_snapshot.organisme_id": 1, "organisme_data.acc_conjoint": 1 }, {}],
  [
    {
      "identifiant_normalise.nom": 1,
      "identifiant_normalise.prenom": 1,
      "identifiant_normalise.date_de_naissance": 1,
    },
    {
      unique: true,
      partialFilterExpression: { "identifiant_normalise.nom": { $exists: true } },
    },
  ],
  [{ "whatsapp_contact.phone_normalized": 1 }, { sparse: true }],
  [{ "whatsapp_contact.message_id": 1 }, { sparse: true }],
  [{ "whatsapp_contact.rdv_redirect_token": 1 }, { name: "rdv_redirect_token_sparse", sparse: true }],
  [
    { souhaite_rdv: 1, mission_locale_id: 1 },
    { name: "souhaite_rdv_by_ml_partial", partialFilterExpression: { souhaite_rdv: true } },
  ],
];

export const SOUHAITE_RDV_SOURCE = {
  WHATSAPP_PREQUALIF: "whatsapp_prequalif",
  WHATSAPP_CALLBACK: "whatsapp_callback",
} as const;

export const zSouhaiteRdvSource = z.enum(["whatsapp_prequalif", "whatsapp_callback"]);
export type ISouhaiteRdvSource = z.infer<typeof zSouhaiteRdvSource>;

export enum SITUATION_ENUM {
  RDV_PRIS = "RDV_PRIS",
  NOUVEAU_PROJET = "NOUVEAU_PROJET",
  DEJA_ACCOMPAGNE = "DEJA_ACCOMPAGNE",
  CONTACTE_SANS_RETOUR = "CONTACTE_SANS_RETOUR",
  COORDONNEES_INCORRECT = "COORDONNEES_INCORRECT",
  INJOIGNABLE_APRES_RELANCES = "INJOIGNABLE_APRES_RELANCES",
  NOUVEAU_CONTRAT = "NOUVEAU_CONTRAT",
  NE_SOUHAITE_PAS_ETRE_RECONTACTE = "NE_SOUHAITE_PAS_ETRE_RECONTACTE",
  AUTRE = "AUTRE",
  CHERCHE_CONTRAT = "CHERCHE_CONTRAT",
  REORIENTATION = "REORIENTATION",
  NE_VEUT_PAS_ACCOMPAGNEMENT = "NE_VEUT_PAS_ACCOMPAGNEMENT",
}

export enum SITUATION_LABEL_ENUM {
  RDV_PRIS = "Rendez-vous pris à la Mission Locale",
  NOUVEAU_PROJET = "Nouveau projet en cours",
  DEJA_ACCOMPAGNE = "Déjà accompagné par la Mission Locale et/ou un partenaire",
  CONTACTE_SANS_RETOUR = "Contacté mais sans réponse",
  COORDONNEES_INCORRECT = "Coordonnées incorrectes",
  INJOIGNABLE_APRES_RELANCES = "Injoignable après plusieurs tentatives",
  NOUVEAU_CONTRAT = "Ce jeune a retrouvé un contrat d'apprentissage",
  NE_SOUHAITE_PAS_ETRE_RECONTACTE = "Ne souhaite pas être recontacté (WhatsApp)",
  AUTRE = "Autre situation / retour",
  CHERCHE_CONTRAT = "Cherche un contrat, ne souhaite pas l'aide de la Mission Locale",
  REORIENTATION = "Se réoriente, ne souhaite pas l'aide de la Mission Locale",
  NE_VEUT_PAS_ACCOMPAGNEMENT = "Ne veut pas être accompagné",
}

export enum PROBLEME_TYPE_ENUM {
  COORDONNEES_INCORRECTES = "coordonnees_incorrectes",
  JEUNE_INJOIGNABLE = "jeune_injoignable",
  AUTRE = "autre",
}

export enum CONNAISSANCE_ML_ENUM {
  DEJA_ACCOMPAGNE_ACTIVEMENT = "DEJA_ACCOMPAGNE_ACTIVEMENT",
  CONNU_NON_ACCOMPAGNE = "CONNU_NON_ACCOMPAGNE",
  NON_CONNU = "NON_CONNU",
}

export enum ACC_CONJOINT_MOTIF_ENUM {
  MOBILITE = "MOBILITE",
  LOGEMENT = "LOGEMENT",
  SANTE = "SANTE",
  FINANCE = "FINANCE",
  ADMINISTRATIF = "ADMINISTRATIF",
  SOCIAL_FAMILIAL = "SOCIAL_FAMILIAL",
  REORIENTATION = "REORIENTATION",
  RECHERCHE_EMPLOI = "RECHERCHE_EMPLOI",
  AUTRE = "AUTRE",
}

export enum API_EFFECTIF_LISTE {
  PRIORITAIRE = "prioritaire",
  INJOIGNABLE = "injoignable",
  TRAITE = "traite",
  A_TRAITER = "a_traiter",
  INJOIGNABLE_PRIORITAIRE = "injoignable_prioritaire",
  A_TRAITER_PRIORITAIRE = "a_traiter_prioritaire",
  TRAITE_PRIORITAIRE = "traite_prioritaire",
}

export const zSituationEnum = z.nativeEnum(SITUATION_ENUM);
export const zProblemeTypeEnum = z.nativeEnum(PROBLEME_TYPE_ENUM);
export const zConnaissanceMlEnum = z.nativeEnum(CONNAISSANCE_ML_ENUM);
export const zAccConjointMotifEnum = z.nativeEnum(ACC_CONJOINT_MOTIF_ENUM);
export const zApiEffectifListeEnum = z.nativeEnum(API_EFFECTIF_LISTE);

export const zEmailStatusEnum = z.enum(["valid", "invalid", "not_supported", "error", "pending"]);

export type IEmailStatusEnum = z.output<typeof zEmailStatusEnum>;

export const zVerifiedInfo = z.object({
  telephone: z.string().nullish(),
  courriel: z.string().nullish(),
  adresse_rue: z.string().nullish(),
  adresse_code_postal: z.string().nullish(),
  adresse_commune: z.string().nullish(),
  formation_libelle: z.string().nullish(),
  date_fin_formation: z.string().nullish(),
});

export type IVerifiedInfo = z.output<typeof zVerifiedInfo>;

const zMissionLocaleEffectif = z.object({
  _id: zObjectId,
  mission_locale_id: zObjectId,
  effectif_id: zObjectId,
  date_rupture: z.date().nullish(),
  identifiant_normalise: z
    .object({
      nom: z.string(),
      prenom: z.string(),
      date_de_naissance: z.date(),
    })
    .nullish(),
  situation: zSituationEnum.nullish(),
  situation_autre: z.string().nullish(),
  created_at: z.date(),
  updated_at: z.date().optional(),
  deja_connu: z.boolean().nullish(),
  connaissance_ml: zConnaissanceMlEnum.nullish(),
  commentaires: z.string().optional(),
  probleme_type: zProblemeTypeEnum.nullish(),
  probleme_detail: z.string().nullish(),
  effectif_snapshot: zEffectif.or(zEffectifDECA),
  effectif_snapshot_date: z.date().optional(),
  email_status: zEmailStatusEnum.nullish(),
  organisme_data: z
    .object({
      rupture: z.boolean({ description: "Indique si l'effectif est signalé en rupture par le CFA" }).nullish(),
      acc_conjoint: z
        .boolean({ description: "Indique si le CFA souhaite l'accompagnement conjoint pour cet effectif" })
        .nullish(),
      motif: z.array(zAccConjointMotifEnum).nullish(),
      commentaires: z.string().nullish(),
      reponse_at: z.date({ description: "Date de réponse au formulaire par le CFA" }).nullish(),
      has_unread_notification: z
        .boolean()
        .default(false)
        .describe(
          "Indique si l'utilisateur CFA qui a fait acc_conjoint a une notification non lue suite à une action de la ML"
        ),
      acc_conjoint_by: zObjectId.nullish().describe("ID de l'utilisateur CFA qui a effectué la demande"),
      still_at_cfa: z.boolean().nullish().describe("Indique si le jeune est toujours en formation au CFA"),
      commentaires_par_motif: z
        .record(zAccConjointMotifEnum, z.string())
        .nullish()
        .describe("Commentaires libres par motif"),
      cause_rupture: z.string().nullish().describe("Cause et circonstances de la rupture décrites par le CFA"),
      referent_type: z.enum(["me", "other"]).nullish().describe("Type de référent CFA à contacter"),
      referent_coordonnees: z
        .string()
        .nullish()
        .describe("Coordonnées du référent CFA (snapshot figé au moment de l'envoi)"),
      note_complementaire: z.string().nullish().describe("Note complémentaire facultative pour la ML"),
      verified_info: zVerifiedInfo.nullish().describe("Informations vérifiées/corrigées par le CFA pour la ML"),
    })
    .nullish(),
  effectif_choice: z
    .object({
      confirmation: z.boolean().nullish(),
      confirmation_created_at: z.date().nullish(),
      confirmation_expired_at: z.date().nullish(),
      telephone: z.string().nullish(),
    })
    .nullish(),
  brevo: z.object({
    token: z.string().uuid().nullish(),
    token_created_at: z.date().nullish(),
    token_expired_at: z.date().nullish(),
    history: z
      .array(
        z.object({
          token: z.string().uuid(),
          token_created_at: z.date().optional(),
          token_expired_at: z.date().optional(),
        })
      )
      .nullish(),
  }),
  soft_deleted: z.boolean().nullish(),
  a_traiter: z.boolean().nullish(),
  injoignable: z.boolean().nullish(),
  nouveau_contrat: z.boolean().nullish(),
  current_status: z.object({
    value: zStatutApprenantEnum.nullish(),
    date: z.date().nullish(),
  }),
  computed: z
    .object({
      organisme: z
        .object({
          ml_beta_activated_at: z.date().nullish(),
          is_allowed_collab: z.boolean().nullish(),
        })
        .nullish(),
      mission_locale: z
        .object({
          activated_at: z.date().nullish(),
        })
        .nullish(),
    })
    .nullish(),
  whatsapp_contact: zWhatsAppContact.nullish(),
  whatsapp_callback_requested: z
    .boolean()
    .default(false)
    .describe("L'effectif a demandé à être recontacté via WhatsApp"),
  whatsapp_callback_requested_at: z.date().nullish(),
  whatsapp_no_help_responded: z
    .boolean()
    .default(false)
    .describe("L'effectif a indiqué ne pas vouloir d'aide via WhatsApp"),
  whatsapp_no_help_responded_at: z.date().nullish(),
  souhaite_rdv: z
    .boolean()
    .default(false)
    .describe("L'effectif a explicitement demandé un RDV via WhatsApp préqualif ou flow injoignables"),
  souhaite_rdv_at: z.date().nullish(),
  souhaite_rdv_source: zSouhaiteRdvSource
    .nullish()
    .describe("Origine du tag : parcours préqualif vs flow injoignables"),
  classification_reponse_appel: z
    .object({
      score: z.number().min(0).max(1).describe("Probabilité de réponse à un appel (0-1)"),
      model: z.string().describe("Version du modèle (ex: 2026-03-16)"),
      scored_at: z.date().describe("Date du scoring"),
      feedback: z
        .object({
          meilleure_reactivite: z.boolean().describe("Le conseiller a remarqué une meilleure réactivité"),
          confiance_indice: z.number().int().min(0).max(5).describe("Confiance dans l'indice de probabilité (0-5)"),
          utilite_indice: z.number().int().min(0).max(5).describe("Utilité de l'indice pour prioriser (0-5)"),
          responded_at: z.date(),
          responded_by: zObjectId,
        })
        .nullish(),
    })
    .nullish(),
  deca_feedback: z
    .object({
      differences_remarquees: z
        .boolean()
        .describe("L'utilisateur a remarqué des différences avec les dossiers non-DECA"),
      pret_recevoir_deca: z
        .number()
        .min(0)
        .max(5)
        .describe("Score 0-5 de disposition à recevoir d'autres dossiers DECA"),
      responded_by: zObjectId.describe("ID de l'utilisateur qui a répondu au feedback"),
    })
    .nullish(),
  cfa_rupture_declaration: z
    .object({
      date_rupture: z.date({ description: "Date de rupture déclarée par le CFA" }),
      declared_at: z.date({ description: "Date de la déclaration" }),
      declared_by: zObjectId.describe("ID de l'utilisateur CFA qui a déclaré la rupture"),
    })
    .nullish(),
});

export type IMissionLocaleEffectif = z.output<typeof zMissionLocaleEffectif>;
export type IMissionLocaleEffectifList = z.infer<typeof zApiEffectifListeEnum>;
export default { zod: zMissionLocaleEffectif, indexes, collectionName };
