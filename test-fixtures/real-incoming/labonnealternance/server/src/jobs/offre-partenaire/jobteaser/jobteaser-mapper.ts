import { ObjectId } from "mongodb"
import { TRAINING_CONTRACT_TYPE, TRAINING_REMOTE_TYPE } from "shared/constants/recruteur"
import dayjs from "shared/helpers/dayjs"
import { JOBPARTNERS_LABEL } from "shared/models/jobs-partners.model"
import type { IComputedJobsPartners } from "shared/models/jobs-partners-computed.model"
import { JOB_PARTNER_BUSINESS_ERROR } from "shared/models/jobs-partners-computed.model"
import { z } from "zod"

import { blankComputedJobPartner } from "@/jobs/offre-partenaire/fill-computed-jobs-partners"

export const ZJobteaserJob = z.looseObject({
  id: z.string(),
  job_details: z.object({
    title: z.string(),
    description: z.string(),
    url: z.string(),
    contract_type: z.string(),
    remote_type: z.string(),
  }),
  job_dates: z.object({
    start_date: z.string().nullable(),
    first_activated_at: z.string(),
  }),
  job_locations: z.looseObject({
    location_city: z.string().nullish(),
  }),
  company: z.object({
    company_name: z.string(),
    company_siren: z.string().nullable(),
  }),
})

export type IJobteaserJob = z.output<typeof ZJobteaserJob>

export const jobteaserJobToJobsPartners = (job: IJobteaserJob): IComputedJobsPartners => {
  const { id, job_details, job_dates, job_locations, company } = job

  const { title, description, url, contract_type: job_type, remote_type } = job_details
  const { start_date, first_activated_at } = job_dates
  const { location_city } = job_locations
  const city = location_city ?? null
  const { company_name } = company

  let business_error: string | null = null

  let contract_type: ("Apprentissage" | "Professionnalisation")[] = []
  if (job_type === "Apprenticeship") {
    contract_type = [TRAINING_CONTRACT_TYPE.APPRENTISSAGE, TRAINING_CONTRACT_TYPE.PROFESSIONNALISATION]
  } else {
    business_error = JOB_PARTNER_BUSINESS_ERROR.STAGE
  }

  let contract_remote: TRAINING_REMOTE_TYPE | null = null
  switch (remote_type) {
    case "Remote not allowed":
      contract_remote = TRAINING_REMOTE_TYPE.onsite
      break
    case "Remote partial allowed":
      contract_remote = TRAINING_REMOTE_TYPE.hybrid
      break
    case "Remote full allowed":
    case "Remote only":
      contract_remote = TRAINING_REMOTE_TYPE.remote
      break
    default:
      contract_remote = null
  }

  const urlParsing = z.url().safeParse(url)

  const publicationDate = new Date(first_activated_at)

  const partnerJob: IComputedJobsPartners = {
    ...blankComputedJobPartner(publicationDate),
    _id: new ObjectId(),
    partner_label: JOBPARTNERS_LABEL.JOBTEASER,
    partner_job_id: id,

    offer_title: title,
    offer_description: description,
    offer_creation: publicationDate,

    offer_expiration: dayjs(publicationDate).tz().add(2, "months").toDate(),

    workplace_name: company_name,
    workplace_address_city: city,
    workplace_address_label: city,
    apply_url: urlParsing.data ?? null,
    offer_multicast: false,
    contract_type,
    contract_start: start_date ? new Date(start_date) : null,
    contract_remote,
    business_error,
  }
  return partnerJob
}
