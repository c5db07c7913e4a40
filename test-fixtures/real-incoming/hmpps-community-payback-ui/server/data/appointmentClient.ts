import { asSystem, AuthenticationClient, RestClient } from '@ministryofjustice/hmpps-rest-client'
import config from '../config'
import logger from '../../logger'
import paths from '../paths/api'
import { AppointmentDto } from '../@types/shared/models/AppointmentDto'
import {
  CreateAppointmentDto,
  PagedModelAppointmentSummaryDto,
  PagedModelAppointmentTaskSummaryDto,
  ProjectTypeDto,
  UpdateAppointmentDto,
  UpdateAppointmentsDto,
  UpdateAppointmentsOutcomesResultDto,
} from '../@types/shared'
import { GetAppointmentTasksRequest, PagedRequest } from '../@types/user-defined'
import { createQueryString } from '../utils/utils'

export type GetAppointmentsRequest = {
  crn?: string
  projectCodes?: Array<string>
  fromDate?: string
  toDate?: string
  outcomeCodes?: Array<AppointmentFilterOutcomeCode>
  projectTypeGroup?: Array<ProjectTypeDto['group']> | ProjectTypeDto['group']
  eventNumber?: string
} & PagedRequest

// This can be a valid contact outcome code or NO_OUTCOME
type AppointmentFilterOutcomeCode = 'NO_OUTCOME' | 'ATTC' | 'WITH_OUTCOME'

export default class AppointmentClient extends RestClient {
  constructor(authenticationClient: AuthenticationClient) {
    super('sessionAllocationClient', config.apis.communityPaybackApi, logger, authenticationClient)
  }

  async getAppointments(username: string, params: GetAppointmentsRequest): Promise<PagedModelAppointmentSummaryDto> {
    const query = createQueryString(params, { encodeValuesOnly: true, indices: false })

    const path = paths.appointments.filter.pattern
    return (await this.get({ path, query }, asSystem(username))) as PagedModelAppointmentSummaryDto
  }

  async find(username: string, projectCode: string, appointmentId: string): Promise<AppointmentDto> {
    const path = paths.appointments.singleAppointment({ projectCode, appointmentId })
    return (await this.get({ path }, asSystem(username))) as AppointmentDto
  }

  async save(username: string, projectCode: string, data: UpdateAppointmentDto): Promise<void> {
    const path = paths.appointments.outcome({ projectCode, appointmentId: data.deliusId.toString() })
    return this.put({ path, data }, asSystem(username))
  }

  bulkUpdate(
    username: string,
    projectCode: string,
    data: UpdateAppointmentsDto,
  ): Promise<UpdateAppointmentsOutcomesResultDto> {
    const path = paths.appointments.bulkUpdate({ projectCode })
    return this.put({ path, data }, asSystem(username))
  }

  create(username: string, data: CreateAppointmentDto): Promise<void> {
    const path = paths.appointments.create({})
    return this.post({ path, data }, asSystem(username))
  }

  async getAppointmentTasks(params: GetAppointmentTasksRequest): Promise<PagedModelAppointmentTaskSummaryDto> {
    const { username, ...queryParams } = params
    const query = createQueryString(queryParams)
    const path = paths.appointments.tasks.filter.pattern
    return (await this.get({ path, query }, asSystem(username))) as PagedModelAppointmentTaskSummaryDto
  }

  async completeAppointmentTask(username: string, taskId: string): Promise<void> {
    const path = paths.appointments.tasks.complete({ taskId })
    return this.put({ path }, asSystem(username))
  }
}
