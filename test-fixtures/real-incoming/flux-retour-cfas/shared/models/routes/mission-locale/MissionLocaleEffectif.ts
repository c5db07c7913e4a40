import { z } from "zod";
import { zObjectId } from "zod-mongodb-schema";

import { SourceApprenantEnum } from "shared/constants/effectifs";
import zMissionLocaleEffectif, {
  zSituationEnum,
  zProblemeTypeEnum,
  zAccConjointMotifEnum,
  zConnaissanceMlEnum,
  zVerifiedInfo,
} from "shared/models/data/missionLocaleEffectif.model";
import { zWhatsAppContact } from "shared/models/data/whatsappContact.model";

import { zEffectifComputedOrganisme } from "../../data";
import { zApprenant } from "../../data/effectifs/apprenant.part";
import { zContrat } from "../../data/effectifs/contrat.part";
import { zFormationEffectif } from "../../data/effectifs/formation.part";
import { zMissionLocaleEffectifLog } from "../../data/missionLocaleEffectifLog.model";

const zMissionLocaleEffectifLogWithUnread = zMissionLocaleEffectifLog.extend({
  unread_by_current_user: z.boolean().describe("Indique si ce log est non lu par l'utilisateur connecté").nullish(),
  created_by_user: z
    .object({
      nom: z.string(),
      prenom: z.string(),
      email: z.string().nullish(),
    })
    .nullish(),
});

const zApprenantPick = zApprenant
  .pick({
    nom: true,
    prenom: true,
    date_de_naissance: true,
    adresse: true,
    telephone: true,
    courriel: true,
    rqth: true,
    responsable_mail1: true,
    responsable_mail2: true,
  })
  .extend({
    telephone_corrected: z.string().nullish(),
  });

export const updateMissionLocaleEffectifApi = {
  situation: zSituationEnum.optional(),
  situation_autre: zMissionLocaleEffectif.zod.shape.situation_autre.optional(),
  commentaires: zMissionLocaleEffectif.zod.shape.commentaires.optional(),
  deja_connu: z.boolean().nullish(),
  connaissance_ml: zConnaissanceMlEnum.nullish(),
  probleme_type: zProblemeTypeEnum.optional(),
  probleme_detail: z.string().optional(),
};

const zEffectifMissionLocale = z
  .object({
    id: zObjectId,
    formation: zFormationEffectif,
    contrats: z.array(zContrat).nullish(),
    organisme: zEffectifComputedOrganisme.extend({
      nom: z.string().nullish(),
      raison_sociale: z.string().nullish(),
      adresse: z
        .object({
          departement: z.string().nullish(),
          code_postal: z.string().nullish(),
          commune: z.string().nullish(),
        })
        .nullish(),
      contacts_from_referentiel: z
        .array(
          z.object({
            email: z.string(),
            confirmation_referentiel: z.boolean(),
            sources: z.array(z.string()),
          })
        )
        .describe("Contacts email du CFA")
        .optional(),
      is_allowed_deca: z.boolean().describe("Organisme du programme DECA-CFA").nullish(),
      ml_beta_activated_at: z.date().describe("Date d'activation ML beta du CFA").nullish(),
    }),
    source: SourceApprenantEnum,
    a_traiter: z.boolean(),
    transmitted_at: z.date().nullish(),
    prioritaire: z.boolean().nullish(),
    injoignable: z.boolean().nullish(),
    nouveau_contrat: z.boolean().describe("Indique si le jeune a retrouvé un contrat après rupture/abandon").nullish(),
    autorisation_contact: z.boolean().nullish(),
    date_rupture: z.date().nullish(),
    situation: z.object(updateMissionLocaleEffectifApi).nullish(),
    current_status: zMissionLocaleEffectif.zod.shape.current_status.nullish(),
    a_contacter: z.boolean().nullish(),
    fin_de_formation: z
      .boolean()
      .describe("Indique si le jeune a un statut de fin de formation (date dépassée par rapport à l'ERP)")
      .nullish(),
    whatsapp_callback_requested: z.boolean().describe("L'effectif a demandé à être recontacté via WhatsApp").nullish(),
    whatsapp_no_help_responded: z
      .boolean()
      .describe("L'effectif a indiqué ne pas vouloir d'aide via WhatsApp")
      .nullish(),
    souhaite_rdv: z.boolean().describe("Tag unifié : ex-callback historique + nouveaux YES préqualif").nullish(),
    souhaite_rdv_at: z.date().nullish(),
    whatsapp_contact: zWhatsAppContact.nullish(),
    cfa_rupture_declaration: z
      .object({
        date_rupture: z.date(),
        declared_at: z.date(),
        declared_by: zObjectId,
      })
      .nullish(),
    organisme_data: z
      .object({
        rupture: z.boolean().nullish(),
        acc_conjoint: z.boolean().nullish(),
        motif: z.array(zAccConjointMotifEnum).nullish(),
        commentaires: z.string().nullish(),
        reponse_at: z.date().nullish(),
        has_unread_notification: z.boolean().nullish(),
        acc_conjoint_by: zObjectId.nullish(),
        still_at_cfa: z.boolean().nullish(),
        commentaires_par_motif: z.record(zAccConjointMotifEnum, z.string()).nullish(),
        cause_rupture: z.string().nullish(),
        referent_type: z.enum(["me", "other"]).nullish(),
        referent_coordonnees: z.string().nullish(),
        note_complementaire: z.string().nullish(),
        verified_info: zVerifiedInfo.nullish(),
      })
      .nullish(),
    mineur: z.boolean().nullish(),
    contact_opportun: z.boolean().nullish(),
    acc_conjoint: z.boolean().nullish(),
    rqth: z.boolean().nullish(),
    mission_locale_logs: z.array(zMissionLocaleEffectifLogWithUnread).nullish(),
    unread_by_current_user: z
      .boolean()
      .describe("Indique si l'utilisateur connecté a une notification non lue pour cet effectif")
      .nullish(),
    contact_cfa: z
      .object({
        nom: z.string(),
        prenom: z.string(),
        email: z.string(),
        telephone: z.string().nullish(),
      })
      .describe("Coordonnées de l'accompagnant CFA (uniquement si CFA actif avec ml_beta_activated_at)")
      .nullish(),
    acc_conjoint_by_user: z
      .object({
        nom: z.string(),
        prenom: z.string(),
      })
      .describe("Nom/prénom de l'utilisateur CFA qui a initié la collaboration")
      .nullish(),
    is_grandfathered: z
      .boolean()
      .describe("Effectif créé avant l'activation du CFA sur TDB, reste traitable par la ML")
      .nullish(),
    mission_locale_organisation: z
      .object({
        _id: zObjectId,
        nom: z.string(),
        email: z.string().nullish(),
        telephone: z.string().nullish(),
        activated_at: z.date().nullish(),
        adresse: z
          .object({
            commune: z.string().nullish(),
            code_postal: z.string().nullish(),
          })
          .nullish(),
      })
      .nullish(),
  })
  .merge(zApprenantPick);

const zPreviousNext = z.object({ id: z.string(), nom: z.string(), prenom: z.string() });

const zResponseEffectifMissionLocale = z.object({
  effectif: zEffectifMissionLocale,
  previous: zPreviousNext.nullish(),
  next: zPreviousNext.nullish(),
  currentIndex: z.number(),
  total: z.number(),
});

export type IEffectifMissionLocale = z.infer<typeof zResponseEffectifMissionLocale>;
export type IUpdateMissionLocaleEffectif = z.output<z.ZodObject<typeof updateMissionLocaleEffectifApi>>;
