import Boom, { badRequest, internal, notFound } from "@hapi/boom"
import type { IApiAlternanceTokenData } from "api-alternance-sdk"
import type { Document, Filter } from "mongodb"
import { ObjectId } from "mongodb"
import type { IGeoPoint, IJob, IJobCollectionName } from "shared"
import { assertUnreachable, JOB_STATUS_ENGLISH, JobCollectionName, parseEnum } from "shared"
import { BusinessErrorCodes } from "shared/constants/error-codes"
import { LBA_ITEM_TYPE } from "shared/constants/lbaitem"
import { NIVEAU_DIPLOME_LABEL, NIVEAUX_POUR_LBA, TRAINING_CONTRACT_TYPE } from "shared/constants/recruteur"
import dayjs from "shared/helpers/dayjs"
import { buildJobUrlPath } from "shared/metier/lbaitemutils"
import type { IJobsPartnersOfferApi, IJobsPartnersOfferPrivate, IJobsPartnersOfferPrivateWithDistance, INiveauDiplomeEuropeen } from "shared/models/jobs-partners.model"
import { JOBPARTNERS_LABEL } from "shared/models/jobs-partners.model"
import type { IComputedJobsPartners, IComputedJobsPartnersWrite } from "shared/models/jobs-partners-computed.model"
import { JOB_PARTNER_BUSINESS_ERROR, JOBS_PARTNERS_OFFER_ORIGIN, PARTNER_WHITELIST, TRUSTED_COMPANY_JOB_PARTNERS } from "shared/models/jobs-partners-computed.model"
import type {
  IJobOfferApiReadV3,
  IJobOfferApiWriteV3,
  IJobOfferPublishingV3,
  IJobRecruiterApiReadV3,
  IJobSearchApiV3Query,
  IJobSearchApiV3QueryResolved,
  IJobSearchApiV3Response,
} from "shared/routes/v3/jobs/jobs.routes.v3.model"
import { JOB_PUBLISHING_STATUS, jobsRouteApiv3Converters, zJobOfferApiReadV3, zJobRecruiterApiReadV3 } from "shared/routes/v3/jobs/jobs.routes.v3.model"
import { treeifyError } from "zod"
import { logger } from "@/common/logger"
import { normalizeDepartementToRegex } from "@/common/utils/geolib"
import { getDbCollection } from "@/common/utils/mongodb-utils"
import { sentryCaptureException } from "@/common/utils/sentry-utils"
import { isNormalizedStringInSetOrArray } from "@/common/utils/string-utils"
import config from "@/config"
import { getRomesFromRncp } from "@/services/external/api-alternance/certification.service"
import type { FTJob } from "@/services/ftjob.service.types"
import { getRecruteursLbaFromDB } from "@/services/recruteur-lba.service"
import { getEntrepriseEngagementFranceTravail } from "@/services/referentiel-engagement-entreprise.service"
import type { JobOpportunityRequestContext } from "./job-opportunity-request-context"

export const getJobsPartnersFromDB = async ({
  romes,
  geo,
  target_diploma_level,
  partners_to_exclude,
  departements,
  opco,
  partner_label,
}: IJobSearchApiV3QueryResolved & { partner_label?: string }): Promise<IJobsPartnersOfferPrivate[]> => {
  const query: Filter<IJobsPartnersOfferPrivate> = {
    offer_multicast: true,
    offer_status: JOB_STATUS_ENGLISH.ACTIVE,
    offer_expiration: { $gt: new Date() },
  }

  if (partners_to_exclude?.length) {
    query.partner_label = { $not: { $in: partners_to_exclude } }
  }

  if (romes) {
    query.offer_rome_codes = { $in: romes }
  }

  if (partner_label) {
    query.partner_label = partner_label
  }

  if (target_diploma_level) {
    query["offer_target_diploma.european"] = { $in: [target_diploma_level, null] }
  }

  if (departements?.length) {
    const departmentsRegex = departements.flatMap((code) => normalizeDepartementToRegex(code))
    query.workplace_address_zipcode = { $in: departmentsRegex }
  }

  if (opco) {
    query.workplace_opco = opco
  }

  const filterStages: Document[] =
    geo === null
      ? [{ $match: query }, { $sort: { offer_creation: -1 } }]
      : [
          {
            $geoNear: {
              near: { type: "Point", coordinates: [geo.longitude, geo.latitude] },
              distanceField: "distance",
              key: "workplace_geopoint",
              maxDistance: geo.radius * 1000,
              query,
            },
          },
          { $sort: { distance: 1, offer_creation: -1 } },
        ]

  return await getDbCollection("jobs_partners")
    .aggregate<IJobsPartnersOfferPrivate>([
      ...filterStages,
      {
        $project: {
          workplace_address_city: 0,
          workplace_address_zipcode: 0,
          workplace_address_street_label: 0,
        },
      },
      {
        $limit: 150,
      },
    ])
    .toArray()
}

export const getJobsPartnersFromDBForUI = async ({
  romes,
  geo,
  target_diploma_level,
  force_partner_label,
  elligibleHandicapFilter,
}: IJobSearchApiV3QueryResolved): Promise<IJobsPartnersOfferPrivateWithDistance[]> => {
  const query: Filter<IJobsPartnersOfferPrivate> = {
    offer_status: JOB_STATUS_ENGLISH.ACTIVE,
    offer_expiration: force_partner_label === JOBPARTNERS_LABEL.RECRUTEURS_LBA ? null : { $gt: new Date() },
    partner_label: force_partner_label ? force_partner_label : { $not: { $in: [JOBPARTNERS_LABEL.RECRUTEURS_LBA, JOBPARTNERS_LABEL.OFFRES_EMPLOI_LBA] } }, // until offers are not merged together from the endpoint, lba companies are fetched into another service.
  }

  if (romes) {
    query.offer_rome_codes = { $in: romes }
  }

  if (target_diploma_level) {
    query["offer_target_diploma.european"] = { $in: [target_diploma_level, null] }
  }
  if (elligibleHandicapFilter) {
    query.contract_is_disabled_elligible = true
  }

  const filterStages: Document[] =
    geo === null
      ? [{ $match: query }, { $sort: { offer_creation: -1 } }]
      : [
          {
            $geoNear: {
              near: { type: "Point", coordinates: [geo.longitude, geo.latitude] },
              distanceField: "distance",
              key: "workplace_geopoint",
              maxDistance: geo.radius * 1000,
              query,
            },
          },
          { $sort: { distance: 1, offer_creation: -1 } },
        ]

  return await getDbCollection("jobs_partners")
    .aggregate<IJobsPartnersOfferPrivateWithDistance>([
      ...filterStages,
      {
        $limit: 150,
      },
    ])
    .toArray()
}

export const getJobsPartnersForApi = async ({
  romes,
  geo,
  target_diploma_level,
  partners_to_exclude,
  departements,
  opco,
}: IJobSearchApiV3QueryResolved): Promise<IJobOfferApiReadV3[]> => {
  // recruteurs_lba are available in a different array from the API returned payload
  const partnersToExclude = partners_to_exclude
    ? [...partners_to_exclude, JOBPARTNERS_LABEL.RECRUTEURS_LBA, JOBPARTNERS_LABEL.OFFRES_EMPLOI_LBA]
    : [JOBPARTNERS_LABEL.RECRUTEURS_LBA, JOBPARTNERS_LABEL.OFFRES_EMPLOI_LBA]
  const jobsPartners = await getJobsPartnersFromDB({ romes, geo, target_diploma_level, partners_to_exclude: partnersToExclude, opco, departements, elligibleHandicapFilter: false })

  return jobsPartners.map((job) =>
    jobsRouteApiv3Converters.convertToJobOfferApiReadV3({
      ...job,
      contract_type: job.contract_type ?? [TRAINING_CONTRACT_TYPE.APPRENTISSAGE, TRAINING_CONTRACT_TYPE.PROFESSIONNALISATION],
      apply_url: buildApplyUrlFromJob(job),
      apply_recipient_id: job.apply_email ? getRecipientID(JobCollectionName.partners, job._id.toString()) : null,
    })
  )
}

const convertToGeopoint = ({ longitude, latitude }: { longitude: number; latitude: number }): IGeoPoint => ({ type: "Point", coordinates: [longitude, latitude] })

export const convertLbaCompanyToJobRecruiterApi = (recruteursLba: IJobsPartnersOfferPrivate[]): IJobRecruiterApiReadV3[] => {
  return recruteursLba.map(
    (recruteurLba): IJobRecruiterApiReadV3 => ({
      identifier: { id: recruteurLba._id },
      workplace: {
        siret: recruteurLba.workplace_siret,
        website: recruteurLba.workplace_website,
        name: recruteurLba.workplace_legal_name,
        brand: recruteurLba.workplace_brand,
        legal_name: recruteurLba.workplace_legal_name,
        description: null,
        size: recruteurLba.workplace_size,
        location: {
          address: recruteurLba.workplace_address_label,
          geopoint: recruteurLba.workplace_geopoint,
        },
        domain: {
          idcc: recruteurLba.workplace_idcc,
          opco: recruteurLba.workplace_opco,
          naf: recruteurLba.workplace_naf_code == null ? null : { code: recruteurLba.workplace_naf_code, label: recruteurLba.workplace_naf_label },
        },
      },
      apply: {
        url: buildLbaUrl(
          LBA_ITEM_TYPE.RECRUTEURS_LBA,
          recruteurLba._id,
          recruteurLba.workplace_siret,
          recruteurLba.workplace_legal_name ?? recruteurLba.workplace_brand ?? undefined
        ),
        phone: recruteurLba.apply_phone,
        recipient_id: recruteurLba.apply_email ? getRecipientID(JobCollectionName.partners, recruteurLba._id.toString()) : null,
      },
    })
  )
}

export function getDiplomaEuropeanLevel(job: IJob): IJobsPartnersOfferApi["offer_target_diploma"] {
  const label = parseEnum(NIVEAUX_POUR_LBA, job.job_level_label)

  switch (label) {
    case NIVEAUX_POUR_LBA["3 (CAP...)"]:
      return {
        european: "3",
        label,
      }
    case NIVEAUX_POUR_LBA["4 (BAC...)"]:
      return {
        european: "4",
        label,
      }
    case NIVEAUX_POUR_LBA["5 (BTS, DEUST...)"]:
      return {
        european: "5",
        label,
      }
    case NIVEAUX_POUR_LBA["6 (Licence, BUT...)"]:
      return {
        european: "4",
        label,
      }
    case NIVEAUX_POUR_LBA["7 (Master, titre ingénieur...)"]:
      return {
        european: "7",
        label,
      }
    case NIVEAUX_POUR_LBA.INDIFFERENT:
    case null:
      return null
    default:
      assertUnreachable(label)
  }
}

export const convertFranceTravailJobToJobOfferApi = (offresEmploiFranceTravail: FTJob[]): IJobOfferApiReadV3[] => {
  return offresEmploiFranceTravail
    .filter((j) => {
      // TODO: Temporary fix for missing geopoint
      return j.lieuTravail.latitude != null && j.lieuTravail.longitude != null
    })
    .map((offreFT): IJobOfferApiReadV3 => {
      const contractDuration = parseInt(offreFT.typeContratLibelle, 10)
      const contractType = parseEnum(TRAINING_CONTRACT_TYPE, offreFT.natureContrat)
      return {
        identifier: {
          id: null,
          partner_job_id: offreFT.id,
          partner_label: JOBPARTNERS_LABEL.FRANCE_TRAVAIL,
        },

        contract: {
          start: null,
          duration: isNaN(contractDuration) ? null : contractDuration,
          type: contractType ? [contractType] : [],
          remote: null,
        },

        offer: {
          title: offreFT.intitule,
          rome_codes: [offreFT.romeCode],
          description: offreFT.description,
          target_diploma: null,
          desired_skills: [],
          to_be_acquired_skills: [],
          access_conditions: offreFT.formations ? offreFT.formations?.map((formation) => `${formation.domaineLibelle} - ${formation.niveauLibelle}`) : [],
          publication: {
            creation: new Date(offreFT.dateCreation),
            expiration: null,
          },
          opening_count: offreFT.nombrePostes,
          status: JOB_STATUS_ENGLISH.ACTIVE,
        },

        // Try to find entreprise SIRET from  offreFT.entreprise.siret ?
        workplace: {
          siret: null,
          brand: null,
          legal_name: null,
          website: null,
          name: offreFT.entreprise.nom ?? null,
          description: offreFT.entreprise.description ?? null,
          size: null,
          location: {
            address: offreFT.lieuTravail.libelle,
            geopoint: convertToGeopoint({
              longitude: parseFloat(offreFT.lieuTravail.longitude!),
              latitude: parseFloat(offreFT.lieuTravail.latitude!),
            }),
          },
          domain: {
            idcc: null,
            // TODO: try to map opco from FT formation requirement
            opco: null,
            naf: offreFT.codeNAF ? { code: offreFT.codeNAF, label: offreFT.secteurActiviteLibelle || null } : null,
          },
        },

        apply: {
          url: offreFT.origineOffre.partenaires?.[0]?.url ?? offreFT.origineOffre.urlOrigine,
          phone: null,
          recipient_id: null,
        },

        is_delegated: false, // France Travail jobs are not delegated
      }
    })
}

export const findFranceTravailOpportunitiesFromDB = async (resolvedQuery: IJobSearchApiV3QueryResolved): Promise<IJobOfferApiReadV3[]> => {
  if (resolvedQuery.partners_to_exclude?.includes(JOBPARTNERS_LABEL.FRANCE_TRAVAIL)) {
    return []
  }
  const jobsPartners = await getJobsPartnersFromDB({ ...resolvedQuery, partner_label: JOBPARTNERS_LABEL.FRANCE_TRAVAIL })

  return jobsPartners.map((j) =>
    jobsRouteApiv3Converters.convertToJobOfferApiReadV3({
      ...j,
      apply_url: j.apply_url!,
    })
  )
}

async function findLbaJobOpportunities({ romes, geo, target_diploma_level, departements, opco, partners_to_exclude }: IJobSearchApiV3QueryResolved): Promise<IJobOfferApiReadV3[]> {
  if (partners_to_exclude?.includes(JOBPARTNERS_LABEL.OFFRES_EMPLOI_LBA)) {
    return []
  }

  const jobsPartners = await getJobsPartnersFromDB({
    romes,
    geo,
    target_diploma_level,
    partner_label: JOBPARTNERS_LABEL.OFFRES_EMPLOI_LBA,
    opco,
    departements,
    elligibleHandicapFilter: false,
  })

  return jobsPartners.map((job) =>
    jobsRouteApiv3Converters.convertToJobOfferApiReadV3({
      ...job,
      contract_type: job.contract_type ?? [TRAINING_CONTRACT_TYPE.APPRENTISSAGE, TRAINING_CONTRACT_TYPE.PROFESSIONNALISATION],
      apply_url: buildApplyUrlFromJob(job),
      apply_recipient_id: job.apply_email ? getRecipientID(JobCollectionName.partners, job._id.toString()) : null,
    })
  )
}

async function resolveQuery(query: IJobSearchApiV3Query): Promise<IJobSearchApiV3QueryResolved> {
  const { romes, rncp, latitude, longitude, radius, partners_to_exclude, ...rest } = query

  const geo = latitude === null || longitude === null ? null : { latitude, longitude, radius }

  if (!romes && !rncp) {
    return { geo, romes: null, ...rest }
  }

  const romeCriteria: string[] = []

  if (romes) {
    romeCriteria.push(...romes)
  }

  if (query.rncp) {
    const rncpRomes = await getRomesFromRncp(query.rncp, true)

    if (rncpRomes == null) {
      throw badRequest("Cannot find an active Certification for the given RNCP", { rncp: query.rncp })
    }

    romeCriteria.push(...rncpRomes)
  }

  return {
    ...rest,
    partners_to_exclude: partners_to_exclude ?? [],
    geo,
    romes: romeCriteria,
  }
}

export async function findJobsOpportunities(payload: IJobSearchApiV3Query, context: JobOpportunityRequestContext): Promise<IJobSearchApiV3Response> {
  const resolvedQuery = await resolveQuery(payload)

  const [recruteurLba, offreEmploiLba, offreEmploiPartenaire, franceTravail] = await Promise.all([
    getRecruteursLbaFromDB(resolvedQuery),
    findLbaJobOpportunities(resolvedQuery),
    getJobsPartnersForApi(resolvedQuery),
    findFranceTravailOpportunitiesFromDB(resolvedQuery),
  ])

  const jobs = [...offreEmploiLba, ...franceTravail, ...offreEmploiPartenaire].filter((job) => {
    const parsedJob = zJobOfferApiReadV3.safeParse(job)
    if (!parsedJob.success) {
      const error = internal("job-opportunity.service.ts-findJobsOpportunities: invalid job offer", { job, error: treeifyError(parsedJob.error) })
      logger.error(error)
      context.addWarning("JOB_OFFER_FORMATING_ERROR")
      sentryCaptureException(error)
    }
    return parsedJob.success
  })
  const recruiters = convertLbaCompanyToJobRecruiterApi(recruteurLba).filter((recruteur) => {
    const parsedRecruiter = zJobRecruiterApiReadV3.safeParse(recruteur)
    if (!parsedRecruiter.success) {
      const error = internal("job-opportunity.service.ts-findJobsOpportunities: invalid recruiter", { recruteur, error: treeifyError(parsedRecruiter.error) })
      logger.error(error)
      context.addWarning("RECRUITERS_FORMATING_ERROR")
      sentryCaptureException(error)
    }
    return parsedRecruiter.success
  })

  return {
    jobs,
    recruiters,
    warnings: context.getWarnings(),
  }
}

const isTrustedCompany = isNormalizedStringInSetOrArray(TRUSTED_COMPANY_JOB_PARTNERS)
const partnerWhitelistSet = new Set(PARTNER_WHITELIST)

const getTrustedCompanyBusinessError = (partner_label: string, ...workplaceNames: Array<string | null | undefined>): JOB_PARTNER_BUSINESS_ERROR | null => {
  if (partnerWhitelistSet.has(partner_label)) return null
  return workplaceNames.some(isTrustedCompany) ? JOB_PARTNER_BUSINESS_ERROR.TRUSTED_COMPANY_JOB_DUPLICATE : null
}

type InvariantFields = "_id" | "created_at" | "partner_label" | "partner_job_id"

async function upsertJobOfferPrivate({
  data,
  partner_label,
  partnerJobIdIfNew,
  requestedByEmail,
  current,
}: {
  data: IJobOfferApiWriteV3
  partner_label: string
  partnerJobIdIfNew?: string
  requestedByEmail: string
  current: IJobsPartnersOfferPrivate | null
}): Promise<ObjectId> {
  const now = new Date()
  const _id = current?._id ?? new ObjectId()
  let contract_is_disabled_elligible = false

  if (current === null) {
    contract_is_disabled_elligible = await getEntrepriseEngagementFranceTravail(data.workplace.siret)
  }

  const invariantData: Pick<IJobsPartnersOfferPrivate, InvariantFields> = {
    _id,
    created_at: current?.created_at ?? now,
    partner_label,
    partner_job_id: current?.partner_job_id ?? partnerJobIdIfNew ?? _id.toString(),
  }

  const defaultOfferExpiration = current?.offer_expiration ? current.offer_expiration : dayjs.tz(invariantData.created_at, "Europe/Paris").add(2, "month").startOf("day").toDate()

  const offer_target_diploma_european = data.offer.target_diploma?.european ?? null

  const writableData: Omit<IComputedJobsPartners, InvariantFields> = {
    contract_start: data.contract.start,
    contract_duration: data.contract.duration,
    contract_type: data.contract.type ?? [TRAINING_CONTRACT_TYPE.APPRENTISSAGE, TRAINING_CONTRACT_TYPE.PROFESSIONNALISATION],
    contract_remote: data.contract.remote,
    contract_is_disabled_elligible,

    offer_title: data.offer.title,
    offer_description: data.offer.description,
    offer_target_diploma:
      offer_target_diploma_european === null
        ? null
        : {
            european: offer_target_diploma_european,
            label: NIVEAU_DIPLOME_LABEL[offer_target_diploma_european],
          },
    offer_desired_skills: data.offer.desired_skills,
    offer_to_be_acquired_skills: data.offer.to_be_acquired_skills,
    offer_access_conditions: data.offer.access_conditions,
    offer_creation: data.offer.publication.creation ?? invariantData.created_at,
    offer_expiration: data.offer.publication.expiration || defaultOfferExpiration,
    offer_opening_count: data.offer.opening_count,
    offer_origin: JOBS_PARTNERS_OFFER_ORIGIN.LBA_API,
    offer_status: data.offer.status,
    offer_multicast: data.offer.multicast,

    workplace_siret: data.workplace.siret,
    workplace_description: data.workplace.description,
    workplace_website: data.workplace.website,
    workplace_name: data.workplace.name,
    workplace_address_label: data.workplace.location?.address,

    apply_email: data.apply.email,
    apply_url: data.apply.url,
    apply_phone: data.apply.phone,

    updated_at: now,
    business_error: getTrustedCompanyBusinessError(partner_label, data.workplace.name),
    errors: [],
    validated: false,
    jobs_in_success: [],
  }

  await getDbCollection("computed_jobs_partners").updateOne(
    { _id: invariantData._id },
    { $set: writableData, $setOnInsert: { ...invariantData, offer_status_history: [] } },
    { upsert: true }
  )
  if (current && current.offer_status !== data.offer.status) {
    await getDbCollection("computed_jobs_partners").updateOne(
      { _id: invariantData._id },
      {
        $push: {
          offer_status_history: {
            date: now,
            status: data.offer.status,
            reason: "créée / modifiée par API",
            granted_by: requestedByEmail,
          },
        },
      }
    )
  }

  return invariantData._id
}

export async function createJobOffer(identity: IApiAlternanceTokenData, data: IJobOfferApiWriteV3): Promise<ObjectId> {
  const partner_label = identity.organisation!
  const partner_job_id = data?.identifier?.partner_job_id
  let current: IJobsPartnersOfferPrivate | null = null
  if (partner_job_id) {
    current = await getDbCollection("jobs_partners").findOne<IJobsPartnersOfferPrivate>({ partner_label, partner_job_id })
    if (!current) {
      current = await getDbCollection("computed_jobs_partners").findOne<IJobsPartnersOfferPrivate>({ partner_label, partner_job_id })
    }
  }
  return upsertJobOfferPrivate({
    data,
    partner_label,
    partnerJobIdIfNew: partner_job_id,
    requestedByEmail: identity.email,
    current,
  })
}

export async function updateJobOffer(id: ObjectId, identity: IApiAlternanceTokenData, data: Omit<IJobOfferApiWriteV3, "identifier">): Promise<void> {
  const current = await getDbCollection("jobs_partners").findOne<IJobsPartnersOfferPrivate>({ _id: id })

  // TODO: Move to authorisation service
  if (!current) {
    throw notFound("Job offer not found")
  }

  if (current.offer_status !== JOB_STATUS_ENGLISH.ACTIVE) {
    throw badRequest("Job must be active in order to be modified")
  }

  await upsertJobOfferPrivate({
    data,
    partner_label: identity.organisation!,
    requestedByEmail: identity.email,
    current,
  })
}

export async function upsertJobOffer(data: IJobOfferApiWriteV3, partner_label: string, partner_job_id: string, requestedByEmail: string) {
  let current = await getDbCollection("jobs_partners").findOne<IJobsPartnersOfferPrivate>({ partner_label, partner_job_id })
  if (!current) {
    current = await getDbCollection("computed_jobs_partners").findOne<IJobsPartnersOfferPrivate>({ partner_label, partner_job_id })
  }
  return upsertJobOfferPrivate({ data, partner_label, partnerJobIdIfNew: partner_job_id, requestedByEmail, current })
}

export async function findJobOpportunityById(id: ObjectId, context: JobOpportunityRequestContext): Promise<IJobOfferApiReadV3> {
  try {
    const foundJob = await getJobsPartnersByIdAsJobOfferApi(id)

    if (!foundJob) {
      context.addWarning("JOB_NOT_FOUND")
      logger.warn({ context }, `Aucune offre d'emploi trouvée pour l'ID: ${id.toString()}`)
      throw notFound(`Aucune offre d'emploi trouvée pour l'ID: ${id.toString()}`)
    }

    return validateJobOffer(foundJob, id, context)
  } catch (error) {
    if (Boom.isBoom(error)) {
      throw error
    }

    const err = internal("Erreur inattendue dans findJobOpportunityById", { id, error })
    logger.error(err)
    sentryCaptureException(err)
    throw new Error("Erreur inattendue dans findJobOpportunityById")
  }
}

export async function findOfferPublishing(id: ObjectId, context: JobOpportunityRequestContext): Promise<IJobOfferPublishingV3> {
  const publishing = await getJobsPartnersPublishing(id)

  if (!publishing) {
    context.addWarning("JOB_NOT_FOUND")
    logger.warn({ context }, `Aucune offre d'emploi trouvée pour l'ID: ${id.toString()}`)
    throw notFound(`Aucune offre d'emploi trouvée pour l'ID: ${id.toString()}`)
  }

  return publishing
}

function validateJobOffer(job: IJobOfferApiReadV3, id: ObjectId, context: JobOpportunityRequestContext): IJobOfferApiReadV3 {
  const parsedJob = zJobOfferApiReadV3.safeParse(job)

  if (!parsedJob.success) {
    const error = internal("job-opportunity.service.ts-validateJobOffer: invalid job offer", {
      job,
      error: treeifyError(parsedJob.error),
      id: id.toString(),
    })

    logger.error(error)
    context.addWarning("JOB_OFFER_FORMATING_ERROR")
    sentryCaptureException(error)
    throw new Error("Invalid job offer data")
  }

  return parsedJob.data
}

export async function getJobsPartnersByIdAsJobOfferApi(id: ObjectId): Promise<IJobOfferApiReadV3 | null> {
  const job = await getDbCollection("jobs_partners").findOne({ _id: id })
  if (!job) {
    return null
  }
  return jobsPartnersToApiV3Read(job)
}

export async function getJobsPartnersPublishing(id: ObjectId): Promise<IJobOfferPublishingV3 | null> {
  const job = await getDbCollection("jobs_partners").findOne({ _id: id })
  const computedJob = await getDbCollection("computed_jobs_partners").findOne({ _id: id })
  if (job) {
    if (computedJob) {
      if (dayjs(job.updated_at).isAfter(computedJob.updated_at)) {
        return jobsPartnersToPublishing()
      } else {
        return computedJobsPartnersToPublishing(computedJob)
      }
    } else {
      return jobsPartnersToPublishing()
    }
  } else {
    if (computedJob) {
      return computedJobsPartnersToPublishing(computedJob)
    } else {
      return null
    }
  }
}

export const jobsPartnersToApiV3Read = (job: IJobsPartnersOfferPrivate): IJobOfferApiReadV3 =>
  jobsRouteApiv3Converters.convertToJobOfferApiReadV3({
    ...job,
    contract_type: job.contract_type ?? [TRAINING_CONTRACT_TYPE.APPRENTISSAGE, TRAINING_CONTRACT_TYPE.PROFESSIONNALISATION],
    apply_url: buildApplyUrlFromJob(job),
    apply_recipient_id: job.apply_email ? `partners_${job._id}` : null,
    is_delegated: job.is_delegated ?? false,
  })

const jobsPartnersToPublishing = (): IJobOfferPublishingV3 => ({
  publishing: {
    status: JOB_PUBLISHING_STATUS.PUBLISHED,
  },
})

const otherErrorsLabels: Record<string, string> = {
  [BusinessErrorCodes.NON_DIFFUSIBLE]: "The company's contact informations are not publishable",
}

const jobPartnerBusinessErrorLabels: Record<JOB_PARTNER_BUSINESS_ERROR, string> = {
  [JOB_PARTNER_BUSINESS_ERROR.CFA]: "The offer is published by a training entity",
  [JOB_PARTNER_BUSINESS_ERROR.CFA_CLASSIFIED]: "The offer is classified as a training entity",
  [JOB_PARTNER_BUSINESS_ERROR.CLASSIFICATION_PENDING]: "The offer's classification is being processed",
  [JOB_PARTNER_BUSINESS_ERROR.CFA_BLACKLISTED]: "The offer is blacklisted as a training entity",
  [JOB_PARTNER_BUSINESS_ERROR.CLOSED_COMPANY]: "The company is closed",
  [JOB_PARTNER_BUSINESS_ERROR.DUPLICATE]: "The offer is considered as a duplicate of another published offer",
  [JOB_PARTNER_BUSINESS_ERROR.TRUSTED_COMPANY_JOB_DUPLICATE]: "The offer is a duplicate from a secondary source of a primary company job partner",
  [JOB_PARTNER_BUSINESS_ERROR.EXPIRED]: "The offer has expired",
  [JOB_PARTNER_BUSINESS_ERROR.ROME_BLACKLISTED]: "The offer's profession is not published",
  [JOB_PARTNER_BUSINESS_ERROR.STAGE]: "The offer is considered an internship",
  [JOB_PARTNER_BUSINESS_ERROR.FULL_TIME]: "The offer is considered a full-time position",
  [JOB_PARTNER_BUSINESS_ERROR.WRONG_DATA]: "The offer contains bad data",
  [JOB_PARTNER_BUSINESS_ERROR.GEOLOCATION_NOT_FOUND]: "We were unable to geolocate the offer's address",
}

const computedJobsPartnersToPublishing = (job: IComputedJobsPartners): IJobOfferPublishingV3 => {
  const { business_error } = job
  if (business_error) {
    const allLabels = { ...jobPartnerBusinessErrorLabels, ...otherErrorsLabels }
    return {
      publishing: {
        status: JOB_PUBLISHING_STATUS.WILL_NOT_BE_PUBLISHED,
        error: {
          code: business_error,
          label: allLabels[business_error] ?? business_error,
        },
      },
    }
  }
  return {
    publishing: {
      status: JOB_PUBLISHING_STATUS.WILL_BE_PUBLISHED,
    },
  }
}

const getJobTypeFromPartnerLabel = (jobType: JOBPARTNERS_LABEL): LBA_ITEM_TYPE => {
  if (jobType === JOBPARTNERS_LABEL.OFFRES_EMPLOI_LBA) {
    return LBA_ITEM_TYPE.OFFRES_EMPLOI_LBA
  } else if (jobType === JOBPARTNERS_LABEL.RECRUTEURS_LBA) {
    return LBA_ITEM_TYPE.RECRUTEURS_LBA
  } else {
    return LBA_ITEM_TYPE.OFFRES_EMPLOI_PARTENAIRES
  }
}

export const buildLbaUrl = (type: LBA_ITEM_TYPE, objectId: string | ObjectId, siret: string | null, title?: string): string => {
  const id = objectId.toString()
  switch (type) {
    case LBA_ITEM_TYPE.OFFRES_EMPLOI_LBA:
      return `${config.publicUrl}${buildJobUrlPath(LBA_ITEM_TYPE.OFFRES_EMPLOI_LBA, id, title)}`
    case LBA_ITEM_TYPE.RECRUTEURS_LBA:
      return `${config.publicUrl}${buildJobUrlPath(LBA_ITEM_TYPE.RECRUTEURS_LBA, siret!, title)}`
    default:
      return `${config.publicUrl}${buildJobUrlPath(LBA_ITEM_TYPE.OFFRES_EMPLOI_PARTENAIRES, id, title)}`
  }
}

export const buildLbaUrlFromJob = (job: Pick<IJobsPartnersOfferPrivate, "partner_label" | "_id" | "workplace_siret" | "offer_title" | "workplace_naf_label">): string => {
  const jobType = getJobTypeFromPartnerLabel(job.partner_label as JOBPARTNERS_LABEL)
  const title = jobType === LBA_ITEM_TYPE.RECRUTEURS_LBA ? job.workplace_naf_label : job.offer_title
  return buildLbaUrl(jobType, job._id, job.workplace_siret, title ?? undefined)
}

export const buildApplyUrlFromJob = (
  job: Pick<IJobsPartnersOfferPrivate, "partner_label" | "apply_url" | "_id" | "workplace_siret" | "offer_title" | "workplace_naf_label">
): string => {
  if (job.apply_url) {
    return job.apply_url
  }
  return buildLbaUrlFromJob(job)
}

export const getRecipientID = (type: IJobCollectionName, id: string) => {
  if (type === JobCollectionName.recruiters) {
    return `recruiters_${id}`
  }
  if (type === JobCollectionName.partners) {
    return `partners_${id}`
  }
  assertUnreachable(type)
}

const incrementJobCounter = (fieldName: keyof IJobsPartnersOfferPrivate) => async (ids: ObjectId[]) => {
  try {
    await getDbCollection("jobs_partners").updateMany(
      { _id: { $in: ids } },
      {
        $inc: {
          [fieldName]: 1,
        },
      }
    )
  } catch (err) {
    logger.error(err)
    sentryCaptureException(err)
  }
}

export const incrementSearchViewCount = incrementJobCounter("stats_search_view")
export const incrementDetailViewCount = async (id: ObjectId) => incrementJobCounter("stats_detail_view")([id])
export const incrementPostulerClickCount = async (id: ObjectId) => incrementJobCounter("stats_postuler")([id])

export async function upsertJobsPartnersMulti({
  data,
  requestedByEmail,
}: {
  data: IComputedJobsPartnersWrite
  requestedByEmail: string
}): Promise<{ id: ObjectId; modified: boolean }> {
  const now = new Date()
  const { partner_label, partner_job_id } = data

  const currentJobsPartners = await getDbCollection("jobs_partners").findOne({ partner_label, partner_job_id })
  const currentComputedJobsPartners = await getDbCollection("computed_jobs_partners").findOne({ partner_label, partner_job_id, currently_processed_id: null })
  const current = currentJobsPartners ?? currentComputedJobsPartners ?? null

  const { created_at, _id } = {
    _id: current?._id ?? new ObjectId(),
    created_at: current?.created_at ?? now,
  } satisfies Partial<IJobsPartnersOfferPrivate>

  const offerCreation = current?.offer_creation ?? new Date(data.offer_creation)
  const offerExpiration = current?.offer_expiration ?? dayjs.tz(created_at, "Europe/Paris").add(2, "month").startOf("day").toDate()
  const offerStatus = current?.offer_status ?? JOB_STATUS_ENGLISH.ACTIVE

  const userWrittenFields = {
    ...data,
    offer_creation: offerCreation,
    offer_expiration: offerExpiration,
    offer_status: offerStatus,
  } satisfies Partial<IComputedJobsPartners>

  const technicalFields = {
    updated_at: now,
    business_error: getTrustedCompanyBusinessError(partner_label, data.workplace_name, data.workplace_legal_name),
    errors: [],
    validated: false,
    jobs_in_success: [],
    currently_processed_id: null,
    offer_origin: JOBS_PARTNERS_OFFER_ORIGIN.SCRAPPING,
  } satisfies Partial<IComputedJobsPartners>
  const writtenFields: Omit<IComputedJobsPartners, InvariantFields> = { ...userWrittenFields, ...technicalFields }
  let modified: boolean
  if (currentComputedJobsPartners) {
    const updateResult = await getDbCollection("computed_jobs_partners").updateOne({ _id }, { $set: userWrittenFields })
    modified = Boolean(updateResult.modifiedCount)
    if (modified) {
      await getDbCollection("computed_jobs_partners").updateOne({ _id }, { $set: technicalFields })
    }
  } else {
    modified = true
    await getDbCollection("computed_jobs_partners").insertOne({ ...writtenFields, created_at, _id, offer_status_history: [], partner_label, partner_job_id })
  }
  if (current && current.offer_status !== offerStatus) {
    await getDbCollection("computed_jobs_partners").updateOne(
      { _id },
      {
        $push: {
          offer_status_history: {
            date: now,
            status: offerStatus,
            reason: "créée / modifiée par API",
            granted_by: requestedByEmail,
          },
        },
      }
    )
  }

  return { id: _id, modified }
}

export async function getPartnerJobsCount({
  latitude,
  longitude,
  radius,
  partnerLabel,
  includePartnerLabel,
}: {
  latitude: number
  longitude: number
  radius: number
  partnerLabel: string
  includePartnerLabel: boolean
}): Promise<number> {
  const result = await getDbCollection("jobs_partners")
    .aggregate([
      {
        $geoNear: {
          near: { type: "Point", coordinates: [longitude, latitude] },
          distanceField: "distance",
          key: "workplace_geopoint",
          maxDistance: radius * 1000,
          spherical: true,
          query: {
            offer_status: JOB_STATUS_ENGLISH.ACTIVE,
            partner_label: includePartnerLabel ? { $in: [partnerLabel] } : { $nin: [partnerLabel] },
          },
        },
      },
      {
        $count: "total",
      },
    ])
    .toArray()

  return result[0]?.total || 0
}
