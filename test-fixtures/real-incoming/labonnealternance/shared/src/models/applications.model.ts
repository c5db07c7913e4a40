import { ObjectId } from "bson"
import type { Jsonify } from "type-fest"

import { RefusalReasons } from "../constants/application.js"
import { LBA_ITEM_TYPE } from "../constants/lbaitem.js"
import { extensions } from "../helpers/zod-helpers/zod-primitives.js"
import { z } from "../helpers/zod-with-open-api.js"

import { assertUnreachable } from "../utils/assert-unreachable.js"
import type { IModelDescriptor } from "./common.js"
import { zObjectId } from "./common.js"

const collectionName = "applications" as const

export enum ApplicationScanStatus {
  WAITING_FOR_SCAN = "WAITING_FOR_SCAN",
  VIRUS_DETECTED = "VIRUS_DETECTED",
  ERROR_CLAMAV = "ERROR_CLAMAV",
  NO_VIRUS_DETECTED = "NO_VIRUS_DETECTED",
  DO_NOT_SEND = "DO_NOT_SEND",
  UNKNOWN_ERROR = "UNKNOWN_ERROR",
  ERROR_APPLICANT_NOT_FOUND = "ERROR_APPLICANT_NOT_FOUND",
}

export enum CompanyFeebackSendStatus {
  SENT = "SENT",
  CANCELED = "CANCELED",
  SCHEDULED = "SCHEDULED",
  ERROR = "ERROR",
}

const ZApplicationOld = z.strictObject({
  _id: zObjectId,
  applicant_id: zObjectId,
  applicant_email: z.email().describe("Email du candidat"),
  applicant_first_name: extensions.withoutUrls(z.string().min(1).max(50)).describe("Prenom du candidat"),
  applicant_last_name: extensions.withoutUrls(z.string().min(1).max(50)).describe("Nom du candidat"),
  applicant_phone: extensions.telephone.describe("Téléphone du candidat"),
  applicant_attachment_name: z
    .string()
    .min(1)
    .regex(/((.*?))(\.)+([Dd][Oo][Cc][Xx]|[Pp][Dd][Ff])$/i)
    .describe("Nom du fichier du CV du candidat. Seuls les .docx et .pdf sont autorisés."),
  applicant_message_to_company: z.string().nullable().describe("Un message du candidat vers le recruteur. Ce champ peut contenir la lettre de motivation du candidat."),
  applicant_inscription_formation: z.boolean().nullish().describe("Information donnée par le candidat. Indique si le candidat est inscrit en formation."),
  applicant_contract_duration: z.string().nullish().describe("Information donnée par le candidat. Durée souhaitée du contrat."),
  applicant_contract_start: z.array(z.string()).nullish().describe("Information donnée par le candidat. Début du contrat souhaité."),
  applicant_formation_description: z.string().max(200, "200 caractères maximum.").nullish().describe("Information donnée par le candidat. Description de sa formation."),
  applicant_rythm_description: z.string().max(200, "200 caractères maximum.").nullish().describe("Information donnée par le candidat. Description du rythme de sa formation."),
  job_searched_by_user: z.string().nullish().describe("Métier recherché par le candidat"),
  company_recruitment_intention: z.string().nullish().describe("L'intention de la société vis à vis du candidat"),
  company_recruitment_intention_date: z.date().nullable().describe("Date d'enregistrement d'intention/avis programmé"),
  company_feedback: z.string().nullish().describe("L'avis donné par la société"),
  company_feedback_reasons: z.array(extensions.buildEnum(RefusalReasons)).nullish(),
  company_feedback_date: z.date().nullish().describe("Date d'intention/avis donnée"),
  company_feedback_send_status: extensions.buildEnum(CompanyFeebackSendStatus).nullable().describe("Etat de l'envoi de l'intention de recrutement"),
  company_siret: extensions.siret.nullable().describe("Siret de l'entreprise"),
  company_email: z.string().describe("Email de l'entreprise"),
  company_phone: z.string().nullish().describe("Numéro de téléphone du recruteur"),
  company_name: z.string().describe("Nom de l'entreprise"),
  company_naf: z.string().nullish().describe("Code NAF de l'entreprise"),
  company_address: z.string().nullish().describe("Adresse de l'entreprise"),
  job_origin: extensions.buildEnum(LBA_ITEM_TYPE).describe("Origine de l'offre d'emploi"),
  job_title: z
    .string()
    .nullish()
    .describe(
      `Le titre de l'offre La bonne alternance Recruteur pour laquelle la candidature est envoyée. Seulement si le type de la société (company_type) est ${LBA_ITEM_TYPE.OFFRES_EMPLOI_LBA} . La valeur est fournie par La bonne alternance. `
    ),
  job_id: zObjectId
    .nullish()
    .describe(
      `L'identifiant de l'offre La bonne alternance Recruteur pour laquelle la candidature est envoyée. Seulement si le type de la société (company_type) est ${LBA_ITEM_TYPE.OFFRES_EMPLOI_LBA} . La valeur est fournie par La bonne alternance. `
    ),
  to_applicant_message_id: z.string().nullish().describe("Identifiant chez le transporteur du mail envoyé au candidat"),
  to_company_message_id: z.string().nullish().describe("Identifiant chez le transporteur du mail envoyé à l'entreprise"),
  caller: z.string().nullish().describe("L'identification de la source d'émission de la candidature (pour widget et api)"),
  created_at: z.date().nullable().describe("La date création de la demande"),
  last_update_at: z.date().nullable().describe("Date de dernières mise à jour"),
  scan_status: extensions.buildEnum(ApplicationScanStatus).describe("Status du processus de scan de virus"),
  application_url: z.string().nullish().describe("URL où a été créé la candidature. Uniquement pour les candidatures venant de LBA."),
  foreign_application_id: z.string().nullish().describe("Identifiant de la candidature dans un système tiers."),
  foreign_application_status_url: z
    .string()
    .nullish()
    .describe("URL de suivi de la candidature dans un système tiers. ex: https://ats-partner.hellowork.com/v1/applications/{applicationId}/status"),
  applicant_answers_to_recruiter_questions: z
    .array(
      z.object({
        question: z.string(),
        answer: z.string(),
      })
    )
    .nullish()
    .describe("Réponse du candidat aux questions du recruteur"),
})

export const ZApplication = ZApplicationOld.omit({
  applicant_email: true,
  applicant_first_name: true,
  applicant_last_name: true,
  applicant_phone: true,
})

export type IApplication = z.output<typeof ZApplication>

export const ZJobCollectionName = z.enum(["partners", "recruiters"])
export const JobCollectionName = ZJobCollectionName.enum
export type IJobCollectionName = z.output<typeof ZJobCollectionName>

export const ZApplicationApiPrivate = ZApplicationOld.pick({
  applicant_first_name: true,
  applicant_last_name: true,
  applicant_email: true,
  applicant_phone: true,
  applicant_attachment_name: true,
  applicant_contract_duration: true,
  applicant_contract_start: true,
  applicant_formation_description: true,
  applicant_inscription_formation: true,
  applicant_rythm_description: true,

  job_searched_by_user: true,
  caller: true,
  application_url: true,
  foreign_application_status_url: true,
  foreign_application_id: true,
  applicant_answers_to_recruiter_questions: true,
}).extend({
  applicant_message: ZApplicationOld.shape.applicant_message_to_company.optional(),
  applicant_attachment_content: z.string().max(4_215_276).describe("Le contenu du fichier du CV du candidat. La taille maximale autorisée est de 3 Mo."),
  recipient_id: z
    .string()
    .transform((recipientId) => {
      const [collectionName, jobId] = recipientId.split("_")
      const collectionNameParseResult = ZJobCollectionName.safeParse(collectionName)
      if (!collectionNameParseResult.success) {
        throw new Error(`Invalid collection name: ${collectionName}`)
      }
      const parsedCollectionName = collectionNameParseResult.data
      if (parsedCollectionName === "partners" || parsedCollectionName === "recruiters") {
        if (!ObjectId.isValid(jobId)) {
          throw new Error(`Invalid job identifier: ${jobId}`)
        }
      } else {
        assertUnreachable(parsedCollectionName)
      }
      return { collectionName: collectionName as IJobCollectionName, jobId }
    })
    .describe("Identifiant unique de la ressource vers laquelle la candidature est faite, préfixé par le nom de la collection"),
})

export const ZApplicationApiPublic = ZApplicationApiPrivate.omit({
  caller: true,
  job_searched_by_user: true,
  application_url: true,
})

export const ZHelloworkApplication = z.object({
  applicationId: z.string(),
  job: z.object({
    jobId: z.string(),
    jobAtsUrl: z.string(),
  }),
  applicant: z.object({
    firstName: z.string(),
    lastName: z.string(),
    email: z.email(),
    phoneNumber: extensions.telephone,
    coverLetter: z.string().nullish(),
  }),
  resume: z.object({
    file: z.object({
      fileName: z.string(),
      contentType: z.string(),
      data: z.string(),
    }),
  }),
  source: z.any(),
  statusApiUrl: z.url(),
  screenerQuestions: z.array(z.any()),
})

export type IApplicationApiPublicOutput = z.output<typeof ZApplicationApiPublic>
export type IApplicationApiPrivateOutput = z.output<typeof ZApplicationApiPrivate>
export type IApplicationApiPublic = z.input<typeof ZApplicationApiPublic>
export type IApplicationApiPrivate = z.input<typeof ZApplicationApiPrivate>
export type IApplicationApiPrivateJSON = Jsonify<z.input<typeof ZApplicationApiPrivate>>
export type IApplicationApiPublicJSON = Jsonify<z.input<typeof ZApplicationApiPublic>>
export type IHelloworkApplication = Jsonify<z.input<typeof ZHelloworkApplication>>

export default {
  zod: ZApplication,
  indexes: [
    [{ company_siret: 1 }, {}],
    [{ job_id: 1 }, {}],
    [{ job_id: 1, created_at: 1 }, {}],
    [{ applicant_id: 1 }, {}],
    [{ applicant_id: 1, to_applicant_message_id: 1 }, {}],
    [{ scan_status: 1 }, {}],
    [{ scan_status: 1, to_applicant_message_id: 1 }, {}],
    [{ created_at: 1 }, {}],
    [{ company_email: 1 }, {}],
    [{ applicant_contract_start: 1 }, {}],
    [{ applicant_contract_duration: 1 }, {}],
    [{ applicant_inscription_formation: 1 }, {}],
  ],
  collectionName,
} as const satisfies IModelDescriptor
