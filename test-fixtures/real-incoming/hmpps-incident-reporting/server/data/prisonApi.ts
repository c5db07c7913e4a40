import { asSystem, RestClient } from '@ministryofjustice/hmpps-rest-client'

import logger from '../../logger'
import config from '../config'
import type { NomisPrisonerInvolvementRole, NomisType } from '../reportConfiguration/constants'
import { AgencyType } from './constants'
import { errorResponseStatusMatches } from '../utils/utils'

export type Agency = {
  agencyId: string
  description: string
  agencyType: AgencyType
  active: boolean
}

export interface Staff {
  firstName: string
  lastName: string
  username: string
  active: boolean
  activeCaseLoadId: string
}

/** Incident Type Configuration */
export interface IncidentTypeConfiguration {
  /** Incident type of this configuration */
  incidentType: NomisType
  /** Incident type description */
  incidentTypeDescription: string
  /** ID internal of this question set for this incident type */
  questionnaireId: number
  /** List of questions (with answers) for this incident type */
  questions: QuestionConfiguration[]
  /** List of roles that can apply to a prisoner in this incident type */
  prisonerRoles: PrisonerRoleConfiguration[]
  /** Indicates this incident type is still usable */
  active?: boolean
  /** Date the incident type was expired */
  expiryDate?: Date
}

/** Incident type question */
export interface QuestionConfiguration {
  /** Question ID */
  questionnaireQueId: number
  /** Question sequence number */
  questionSeq: number
  /** Question description */
  questionDesc: string
  /** Question list sequence */
  questionListSeq: number
  /** Indicates question is active */
  questionActiveFlag: boolean
  /** Date question was retired */
  questionExpiryDate?: Date
  /** Indicate multiple responses can be given */
  multipleAnswerFlag: boolean
  /** Order list of answers */
  answers: AnswerConfiguration[]
}

/** Incident Type Answer */
export interface AnswerConfiguration {
  /** ID for this Answer */
  questionnaireAnsId: number
  /** Sequence for this answer */
  answerSeq: number
  /** Answer Text */
  answerDesc: string
  /** Answer Sequence */
  answerListSeq: number
  /** Indicates this answer is active */
  answerActiveFlag: boolean
  /** Date expired (not used) */
  answerExpiryDate?: Date
  /** Should the answer include date information? */
  dateRequiredFlag: boolean
  /** Should the answer include comment? */
  commentRequiredFlag: boolean
  /** Next questionnaire question ID */
  nextQuestionnaireQueId?: number
}

/** Incident type prisoner role */
interface PrisonerRoleConfiguration {
  /** Role type for this question set */
  prisonerRole: NomisPrisonerInvolvementRole
  /** If a single party can have this role in the question set */
  singleRole: boolean
  /** Indicates this role is active */
  active: boolean
  /** Indicates the date the role was made inactive */
  expiryDate?: Date
}

/**
 * Request shapes for writing an incident-type configuration back into NOMIS.
 *
 * NB: these use the Prison API *request* field names, which differ from the *response* interfaces
 * above (e.g. request `question`/`response`/`code` vs response `questionDesc`/`answerDesc`/`questionnaireQueId`).
 * Codes are sent as strings; Prison API coerces them to its numeric identifiers.
 */

// NB: these are `type` aliases (not interfaces) so they satisfy the RestClient `data` body constraint.

/** A single answer in a create/update incident-type request */
export type NomisAnswerRequest = {
  code: string
  response: string
  active: boolean
  /** Whether the answer prompts for a comment */
  commentRequired: boolean
  /** Whether the answer prompts for a date */
  dateRequired: boolean
  /** Code of the question to ask next, or null to end */
  nextQuestionCode: string | null
}

/** A single question in a create/update incident-type request */
export type NomisQuestionRequest = {
  code: string
  question: string
  active: boolean
  multipleAnswers: boolean
  answers: NomisAnswerRequest[]
}

/** A prisoner role in a create/update incident-type request */
export type NomisPrisonerRoleRequest = {
  /** NOMIS prisoner-role reference code (domain IR_OFF_PART) */
  prisonerRole: string
  singleRole: boolean
  active: boolean
}

/** Body for `PUT /api/incidents/configuration/{incidentTypeCode}` */
export type UpdateIncidentTypeConfigurationRequest = {
  incidentTypeDescription: string
  active: boolean
  questions: NomisQuestionRequest[]
  prisonerRoles: NomisPrisonerRoleRequest[]
}

/** Body for `POST /api/incidents/configuration` */
export type CreateIncidentTypeConfigurationRequest = UpdateIncidentTypeConfigurationRequest & {
  /** NOMIS incident-type code (max 12 chars) */
  incidentType: string
}

export interface ReferenceCode {
  domain: string
  code: string
  description: string
  listSeq: number
  systemDataFlag: 'Y' | 'N'
  activeFlag: 'Y' | 'N'
  expiredDate?: Date
  parentDomain?: string
  parentCode?: string
  subCodes: ReferenceCode[]
}

export class PrisonApi extends RestClient {
  constructor(systemToken: string) {
    super('HMPPS Prison API', config.apis.hmppsPrisonApi, logger, {
      getToken: async () => systemToken,
    })
  }

  /** Look up agency details (can be a prison, a PECS region, etc) */
  async getAgency(
    agencyId: string,
    activeOnly = true,
    agencyType?: AgencyType,
    skipFormatLocation?: boolean,
  ): Promise<Agency | null> {
    try {
      return await this.get<Agency>(
        {
          path: `/api/agencies/${encodeURIComponent(agencyId)}`,
          query: { activeOnly: activeOnly.toString(), agencyType, skipFormatLocation },
        },
        asSystem(),
      )
    } catch (error) {
      if (errorResponseStatusMatches(error, 404)) {
        // return null if not found
        return null
      }
      throw error
    }
  }

  /** List all prisons */
  async getPrisons(): Promise<Record<string, Agency>> {
    const prisons = await this.get<Agency[]>(
      {
        path: '/api/agencies/prisons',
      },
      asSystem(),
    )

    // Returns the prisons in an object for easy access
    return prisons.reduce((prev, prisonInfo) => ({ ...prev, [prisonInfo.agencyId]: prisonInfo }), {})
  }

  /** List all PECS regions */
  async getPecsRegions(activeOnly = true): Promise<Record<string, Agency>> {
    return this.getAgencies(AgencyType.PECS, activeOnly, true)
  }

  private async getAgencies(
    agencyType: AgencyType,
    activeOnly = true,
    skipFormatLocation = false,
  ): Promise<Record<string, Agency>> {
    const agencies = await this.get<Agency[]>(
      {
        path: `/api/agencies/type/${encodeURIComponent(agencyType)}`,
        query: { activeOnly, skipFormatLocation },
      },
      asSystem(),
    )

    // Returns the agencies in an object for easy access
    return agencies.reduce((prev, agency) => ({ ...prev, [agency.agencyId]: agency }), {})
  }

  async getPhoto(prisonerNumber: string): Promise<Buffer | null> {
    try {
      return await this.get<Buffer>(
        {
          path: `/api/bookings/offenderNo/${encodeURIComponent(prisonerNumber)}/image/data`,
          query: { fullSizeImage: 'false' },
        },
        asSystem(),
      )
    } catch (error) {
      if (errorResponseStatusMatches(error, 403) || errorResponseStatusMatches(error, 404)) {
        // return null if unauthorised or not found
        return null
      }
      throw error
    }
  }

  async getStaffDetails(username: string): Promise<Staff | null> {
    try {
      return await this.get<Staff>(
        {
          path: `/api/users/${username}`,
        },
        asSystem(),
      )
    } catch (error) {
      if (errorResponseStatusMatches(error, 404)) {
        // return null if not found
        return null
      }
      throw error
    }
  }

  /**
   * Load current NOMIS configuration for all incident types, including inactive ones.
   * Optionally, can be filtered to return only 1 type.
   */
  async getIncidentTypeConfiguration(type?: string): Promise<IncidentTypeConfiguration[]> {
    const incidentTypes = await this.get<DatesAsStrings<IncidentTypeConfiguration>[]>(
      {
        path: '/api/incidents/configuration',
        query: { 'incident-type': type },
      },
      asSystem(),
    )
    return incidentTypes.map(
      incidentType =>
        ({
          ...incidentType,
          questions: incidentType.questions.map(
            question =>
              ({
                ...question,
                questionExpiryDate: question.questionExpiryDate ? new Date(question.questionExpiryDate) : undefined,
                answers: question.answers.map(
                  answer =>
                    ({
                      ...answer,
                      answerExpiryDate: answer.answerExpiryDate ? new Date(answer.answerExpiryDate) : undefined,
                    }) satisfies AnswerConfiguration,
                ),
              }) satisfies QuestionConfiguration,
          ),
          prisonerRoles: incidentType.prisonerRoles.map(
            prisonerRole =>
              ({
                ...prisonerRole,
                expiryDate: prisonerRole.expiryDate ? new Date(prisonerRole.expiryDate) : undefined,
              }) satisfies PrisonerRoleConfiguration,
          ),
          expiryDate: incidentType.expiryDate ? new Date(incidentType.expiryDate) : undefined,
        }) satisfies IncidentTypeConfiguration,
    )
  }

  /**
   * Whether NOMIS already holds a configuration for the given incident type.
   * Prison API returns 404 for an unknown type, which we treat as "does not exist".
   */
  async incidentTypeConfigurationExists(nomisCode: string): Promise<boolean> {
    try {
      await this.getIncidentTypeConfiguration(nomisCode)
      return true
    } catch (error) {
      if (errorResponseStatusMatches(error, 404)) {
        return false
      }
      throw error
    }
  }

  /**
   * Create a new incident-type configuration in NOMIS.
   * Returns the freshly-persisted config (same shape as GET, dates as strings).
   */
  async createIncidentTypeConfiguration(
    request: CreateIncidentTypeConfigurationRequest,
  ): Promise<DatesAsStrings<IncidentTypeConfiguration>> {
    return this.post<DatesAsStrings<IncidentTypeConfiguration>>(
      {
        path: '/api/incidents/configuration',
        data: request,
      },
      asSystem(),
    )
  }

  /**
   * Update an existing incident-type configuration in NOMIS.
   * Returns the freshly-persisted config (same shape as GET, dates as strings).
   */
  async updateIncidentTypeConfiguration(
    nomisCode: string,
    request: UpdateIncidentTypeConfigurationRequest,
  ): Promise<DatesAsStrings<IncidentTypeConfiguration>> {
    return this.put<DatesAsStrings<IncidentTypeConfiguration>>(
      {
        path: `/api/incidents/configuration/${encodeURIComponent(nomisCode)}`,
        data: request,
      },
      asSystem(),
    )
  }

  /** Load reference data codes for given domain */
  async getReferenceCodes(domain: string): Promise<ReferenceCode[]> {
    function parseDates(referenceCode: DatesAsStrings<ReferenceCode>): ReferenceCode {
      return {
        ...referenceCode,
        expiredDate: referenceCode.expiredDate ? new Date(referenceCode.expiredDate) : undefined,
        subCodes: (referenceCode.subCodes ?? []).map(parseDates),
      }
    }

    const codes = await this.get<DatesAsStrings<ReferenceCode[]>>(
      {
        path: `/api/reference-domains/domains/${encodeURIComponent(domain)}/codes`,
      },
      asSystem(),
    )
    return codes.map(parseDates).sort((code1, code2) => (code1.listSeq ?? Infinity) - (code2.listSeq ?? Infinity))
  }

  /**
   * List incident types
   * NB: THIS DOES NOT MATCH THE ACTUAL REPORT TYPES
   */
  getIncidentTypes(): Promise<ReferenceCode[]> {
    return this.getReferenceCodes('IR_TYPE')
  }

  /** List options for roles of staff involvement */
  getStaffInvolvementRoles(): Promise<ReferenceCode[]> {
    return this.getReferenceCodes('IR_STF_PART')
  }

  /** List options for roles of prisoner involvement */
  getPrisonerInvolvementRoles(): Promise<ReferenceCode[]> {
    return this.getReferenceCodes('IR_OFF_PART')
  }

  /** List options for outcomes of prisoner involvement */
  getPrisonerInvolvementOutcome(): Promise<ReferenceCode[]> {
    return this.getReferenceCodes('IR_OUTCOME')
  }
}
