import { internal } from "@hapi/boom"
import axios from "axios"
import { ObjectId } from "mongodb"
import { TRAINING_CONTRACT_TYPE } from "shared/constants/index"
import dayjs from "shared/helpers/dayjs"
import { JOBPARTNERS_LABEL } from "shared/models/jobs-partners.model"
import type { IComputedJobsPartners } from "shared/models/jobs-partners-computed.model"
import { JOB_PARTNER_BUSINESS_ERROR } from "shared/models/jobs-partners-computed.model"
import type { IRawRHAlternance } from "shared/models/raw-rh-alternance.model"
import rawRHAlternanceModel from "shared/models/raw-rh-alternance.model"
import { joinNonNullStrings } from "shared/utils/index"
import { z } from "zod"

import { logger } from "@/common/logger"
import { getDbCollection } from "@/common/utils/mongodb-utils"
import config from "@/config"
import { blankComputedJobPartner } from "@/jobs/offre-partenaire/fill-computed-jobs-partners"

import { rawToComputedJobsPartners } from "@/jobs/offre-partenaire/raw-to-computed-jobs-partners"

const ZRawRHAlternanceJob = rawRHAlternanceModel.zod.shape.job

const ZRHAlternanceResponse = z.looseObject({
  jobs: z.array(ZRawRHAlternanceJob),
  pageCount: z.number(),
})

const rawCollectionName = rawRHAlternanceModel.collectionName

export const importRHAlternanceRaw = async () => {
  logger.info("deleting old data")
  await getDbCollection(rawCollectionName).deleteMany({})
  logger.info("import starting...")

  let shouldContinue = true
  let currentPage = 1
  let pageCount: number | null = null
  let jobCount = 0
  const importDate = new Date()
  while (shouldContinue) {
    logger.info(`import of RHAlternance: page ${currentPage} / ${pageCount ?? "?"}`)
    const response = await axios.request({
      method: "POST",
      url: "https://rhalternance.com/api/jobs",
      headers: {
        Authorization: config.rhalternance.apiKey,
      },
      data: `Page=${currentPage}`,
    })
    if (response.status >= 400) {
      throw internal(`Error when calling RHAlternance: status=${response.status}`, { data: response.data })
    }
    const parsed = ZRHAlternanceResponse.safeParse(response.data)
    if (!parsed.success) {
      throw internal(`Error when parsing RHAlternance response`, { error: parsed.error })
    }
    const savedJobs: IRawRHAlternance[] = parsed.data.jobs.map((job) => ({ job, createdAt: importDate, _id: new ObjectId() }))
    if (savedJobs.length) {
      await getDbCollection(rawCollectionName).insertMany(savedJobs)
      currentPage++
      pageCount = parsed.data.pageCount
    } else {
      shouldContinue = false
    }
    jobCount += savedJobs.length
  }
  logger.info(`import RH Alternance terminé : ${jobCount} offres importées`)
  return { jobCount }
}

export const importRHAlternanceToComputed = async () => {
  return rawToComputedJobsPartners({
    collectionSource: rawCollectionName,
    partnerLabel: JOBPARTNERS_LABEL.RH_ALTERNANCE,
    zodInput: ZRawRHAlternanceJob,
    mapper: rawRhAlternanceToComputedMapper(),
    documentJobRoot: "job",
  })
}

export const rawRhAlternanceToComputedMapper =
  () =>
  ({
    jobCode,
    companyName,
    companySiret,
    companyUrl,
    jobTitle,
    jobDescription,
    jobSubmitDateTime,
    jobType,
    jobUrl,
    jobCity,
    jobPostalCode,
  }: IRawRHAlternance["job"]): IComputedJobsPartners => {
    const now = new Date()
    const offer_creation = jobSubmitDateTime ? dayjs.tz(jobSubmitDateTime).toDate() : now

    const business_error = jobType === "Alternance" ? null : JOB_PARTNER_BUSINESS_ERROR.WRONG_DATA

    const computedJob: IComputedJobsPartners = {
      ...blankComputedJobPartner(now),
      _id: new ObjectId(),
      partner_job_id: jobCode,
      partner_label: JOBPARTNERS_LABEL.RH_ALTERNANCE,
      contract_type: jobType === "Alternance" ? [TRAINING_CONTRACT_TYPE.APPRENTISSAGE, TRAINING_CONTRACT_TYPE.PROFESSIONNALISATION] : [],
      offer_title: jobTitle,
      offer_description: (jobDescription ?? [])
        .map(({ descriptionHeadline, descriptionText }) => [descriptionHeadline, descriptionText].join(" : "))
        .filter((line) => line.length)
        .join("\n")
        .trim(),
      offer_creation,
      offer_expiration: dayjs.tz(offer_creation).add(60, "days").toDate(),
      offer_opening_count: 1,
      offer_multicast: true,
      workplace_siret: companySiret,
      workplace_name: companyName,
      workplace_website: companyUrl,
      workplace_address_label: joinNonNullStrings([jobPostalCode, jobCity]),
      workplace_address_city: jobCity,
      workplace_address_zipcode: jobPostalCode,
      apply_url: jobUrl,
      business_error,
    }
    return computedJob
  }
