import { addDays, startOfDay, startOfToday, toDate } from 'date-fns'
import { Request, Response } from 'express'
import ActivitiesService from '../../../../../services/activitiesService'
import PrisonService from '../../../../../services/prisonService'
import { EventType, SubLocationCellPattern } from '../../../../../@types/activities'
import { AttendanceUpdateRequest } from '../../../../../@types/activitiesAPI/types'
import { Prisoner } from '../../../../../@types/prisonerOffenderSearchImport/types'
import { AttendanceRecordList } from '../../../../../@types/attendanceRecords'
import AttendanceStatus from '../../../../../enum/attendanceStatus'
import UserService from '../../../../../services/userService'
import TimeSlot from '../../../../../enum/timeSlot'
import AttendanceReason from '../../../../../enum/attendanceReason'
import { asString, eventClashes, formatName } from '../../../../../utils/utils'
import applyCancellationDisplayRule from '../../../../../utils/applyCancellationDisplayRule'
import { NameFormatStyle } from '../../../../../utils/helpers/nameFormatStyle'
import { getResidentialLocationAttendanceStats } from '../../utils/getResidentialLocationAttendanceStats'
import {
  parseSelectedAttendances,
  getPrisonerNumberFromAttendance,
  getInstanceIdsFromAttendance,
} from './attendanceParsingUtils'

export default class SelectPeopleByResidentialLocationRoutes {
  constructor(
    private readonly activitiesService: ActivitiesService,
    private readonly prisonService: PrisonService,
    private readonly userService: UserService,
  ) {}

  GET = async (req: Request, res: Response): Promise<void> => {
    if (req.journeyData.recordAttendanceJourney === undefined) {
      req.journeyData.recordAttendanceJourney = {}
    }
    req.journeyData.recordAttendanceJourney.returnUrl = req.originalUrl

    const { user } = res.locals
    const { date, sessionFilters, locationKey } = req.query
    const timePeriodFilter = sessionFilters !== undefined ? asString(sessionFilters) : null
    const activityDate = date ? toDate(asString(date)) : new Date()

    if (startOfDay(activityDate) > startOfDay(addDays(new Date(), 60)))
      return res.redirect('choose-details-by-residential-location')

    const location = await this.activitiesService
      .getLocationGroups(user)
      .then(locations => locations.find(loc => loc.key === locationKey))

    if (!location) {
      return res.redirect('choose-details-by-residential-location')
    }

    req.journeyData.recordAttendanceJourney.searchTerm ??= ''
    req.journeyData.recordAttendanceJourney.subLocationFilters ??= location.children.map(c => c.key)

    const instancesForDateAndSlot = (
      await this.activitiesService.getScheduledActivitiesAtPrisonByDateAndSlot(
        activityDate,
        user,
        timePeriodFilter as TimeSlot,
      )
    ).map(i => ({
      ...i,
      isAmendable: startOfDay(toDate(i.date)) >= startOfToday(),
      isInFuture: startOfDay(toDate(i.date)) > startOfToday(),
    }))

    const { locationPrefix } = await this.activitiesService.getPrisonLocationPrefixByGroup(
      user.activeCaseLoadId,
      locationKey as string,
      user,
    )

    const prisonersForLocation = await this.prisonService.searchPrisonersByLocationPrefix(
      user.activeCaseLoadId,
      locationPrefix.replaceAll('.', '').replaceAll('+', ''),
      0,
      1024,
      user,
    )

    const instancesIds = instancesForDateAndSlot.map(i => i.id)

    const attendanceList =
      instancesForDateAndSlot[0].attendances.length > 0
        ? instancesForDateAndSlot.map(a => a.attendances)
        : await this.activitiesService.getAttendeesForScheduledInstances(instancesIds, user)
    const selector = instancesForDateAndSlot[0].attendances.length > 0 ? 'scheduleInstanceId' : 'scheduledInstanceId'

    const attendees = attendanceList.flat().reduce((accumulator, currentValue) => {
      const existingIndex = accumulator.findIndex(a => a.prisonerNumber === currentValue.prisonerNumber)
      if (existingIndex !== -1) {
        accumulator[existingIndex].scheduledInstanceIds.push(currentValue[selector])
      } else {
        accumulator.push({
          prisonerNumber: currentValue.prisonerNumber,
          scheduledInstanceIds: [currentValue[selector]],
        })
      }
      return accumulator
    }, [])

    const attendingPrisonerNumbers = Array.from(new Set(attendees.map(a => a.prisonerNumber)))

    const otherEvents = await this.activitiesService.getScheduledEventsForPrisoners(
      activityDate,
      attendingPrisonerNumbers,
      user,
    )

    const allEvents = [
      ...otherEvents.appointments,
      ...otherEvents.courtHearings,
      ...otherEvents.visits,
      ...otherEvents.adjudications,
    ]

    const searchTerm = req.journeyData.recordAttendanceJourney.searchTerm?.toLowerCase() || ''
    const { subLocationFilters } = req.journeyData.recordAttendanceJourney

    const subLocationCellPatterns = await this.activitiesService.getPrisonLocationPrefixesByGroups(
      user.activeCaseLoadId,
      location.key,
      subLocationFilters,
      user,
    )

    const prisonersWithActivities: AttendanceRecordList = prisonersForLocation?.content?.reduce((result, prisoner) => {
      if (attendingPrisonerNumbers.includes(prisoner.prisonerNumber)) {
        if (
          searchTerm &&
          !prisoner.prisonerNumber.toLowerCase().includes(searchTerm) &&
          !`${prisoner.firstName} ${prisoner.lastName}`.toLowerCase().includes(searchTerm)
        ) {
          return result
        }

        if (
          !subLocationFilters.includes(
            this.getSubLocationFromCell(user.activeCaseLoadId, subLocationCellPatterns, prisoner.cellLocation),
          ) &&
          subLocationFilters.length > 0
        ) {
          return result
        }

        const activitiesForPrisoner = attendees
          .find(a => a.prisonerNumber === prisoner.prisonerNumber)
          .scheduledInstanceIds.map(a => instancesForDateAndSlot.find(i => i.id === a))

        const clashes = activitiesForPrisoner.map(instance => {
          return allEvents
            .filter(e => e.prisonerNumber === prisoner.prisonerNumber)
            .filter(e => e.scheduledInstanceId !== instance.id)
            .filter(e => eventClashes(e, instance))
            .filter(e => e.eventType !== EventType.APPOINTMENT || applyCancellationDisplayRule(e))
        })

        const attendancesForPrisoner = activitiesForPrisoner.flatMap(a =>
          a.attendances.filter(att => att.prisonerNumber === prisoner.prisonerNumber),
        )

        const advanceAttendancesForPrisoner = activitiesForPrisoner.map(a =>
          a.advanceAttendances.find(att => att.prisonerNumber === prisoner.prisonerNumber),
        )

        let isSelectable = false
        if (activitiesForPrisoner.some(i => i.isInFuture)) {
          if (advanceAttendancesForPrisoner.length > 0 && advanceAttendancesForPrisoner.every(a => a !== undefined)) {
            isSelectable = false
          } else {
            isSelectable = true
          }
        } else if (
          attendancesForPrisoner.some(a => a.status === AttendanceStatus.WAITING && a.editable) &&
          activitiesForPrisoner.some(i => i.activitySchedule.activity.attendanceRequired === true)
        ) {
          isSelectable = true
        } else {
          isSelectable = false
        }

        return result.concat({
          prisoner: {
            prisonerNumber: prisoner.prisonerNumber,
            firstName: prisoner.firstName,
            lastName: prisoner.lastName,
            cellLocation: prisoner?.cellLocation,
            status: prisoner?.status,
            prisonId: prisoner?.prisonId,
          },
          instances: activitiesForPrisoner,
          instanceIds: activitiesForPrisoner.map(i => i.id),
          attendances: attendancesForPrisoner,
          attendanceIds: attendancesForPrisoner.map(a => a.id),
          advancedAttendances: advanceAttendancesForPrisoner.filter(a => a !== undefined),
          someSelectable: isSelectable,
          otherEventsPerInstance: clashes,
        })
      }
      return result
    }, [])

    res.locals.recordAttendanceJourney = req.journeyData.recordAttendanceJourney

    const stats = getResidentialLocationAttendanceStats(prisonersWithActivities)
    const isDateInFuture = startOfDay(activityDate) > startOfDay(startOfToday())

    const { totalAttendees, totalAttendanceRecords, totalAbsences } = stats
    const totalAttended = isDateInFuture ? '-' : stats.totalAttended
    const totalNotRecorded = isDateInFuture ? '-' : stats.totalNotRecorded

    return res.render('pages/activities/record-attendance/attend-all/select-people-by-residential-location', {
      attendanceRows: prisonersWithActivities,
      totalAttendees,
      totalAttendanceRecords,
      totalAttended,
      totalAbsences,
      totalNotRecorded,
      location,
      activityDate,
      timePeriodFilter,
      instance: instancesForDateAndSlot.length > 0 ? instancesForDateAndSlot[0] : null,
      instancesForDateAndSlot,
      searchTerm: req.journeyData.recordAttendanceJourney.searchTerm || '',
      subLocationFilters: req.journeyData.recordAttendanceJourney.subLocationFilters,
    })
  }

  ATTENDED = async (req: Request, res: Response): Promise<void> => {
    const { user } = res.locals
    let prisonerName
    let { selectedAttendances }: { selectedAttendances: string[] } = req.body
    if (typeof selectedAttendances === 'string') {
      selectedAttendances = [selectedAttendances]
    }
    const { instanceIds } = parseSelectedAttendances(selectedAttendances)

    const allInstances = await this.activitiesService.getScheduledActivities(instanceIds, user)

    if (selectedAttendances.some(attendance => attendance.includes(','))) {
      const multipleRecords = selectedAttendances.some(selectedAttendance => {
        const prisonerInstanceIds = getInstanceIdsFromAttendance(selectedAttendance)
        const prisonerNumber = getPrisonerNumberFromAttendance(selectedAttendance)
        const instances = allInstances.filter(i => prisonerInstanceIds.includes(i.id))

        const filteredInstances = instances.filter(instance => {
          const attendance = instance.attendances.find(a => a.prisonerNumber === prisonerNumber)
          return !instance.cancelled && attendance && attendance.status === AttendanceStatus.WAITING
        })

        return filteredInstances.length > 1
      })

      if (multipleRecords) {
        req.journeyData.recordAttendanceJourney.selectedInstanceIds = selectedAttendances

        return res.redirect('../select-attended')
      }
    }

    let attendanceUpdates: AttendanceUpdateRequest[] = selectedAttendances.flatMap(prisonerAttendance => {
      return getInstanceIdsFromAttendance(prisonerAttendance).map(selectedInstanceId => {
        const prisonerNumber = getPrisonerNumberFromAttendance(prisonerAttendance)
        const instance = allInstances.find(inst => inst.id === +selectedInstanceId)
        const attendance = instance.attendances.find(a => a.prisonerNumber === prisonerNumber)
        if (!instance.cancelled && attendance && attendance.status === AttendanceStatus.WAITING) {
          return {
            id: attendance.id,
            prisonCode: user.activeCaseLoadId,
            status: AttendanceStatus.COMPLETED,
            attendanceReason: AttendanceReason.ATTENDED,
            issuePayment: instance.activitySchedule.activity.paid,
          }
        }
        return null
      })
    })

    attendanceUpdates = attendanceUpdates.filter(update => update !== null)

    await this.activitiesService.updateAttendances(attendanceUpdates, user)

    if (selectedAttendances.length === 1) {
      const selectedPrisoner: Prisoner = await this.prisonService.getInmateByPrisonerNumber(
        getPrisonerNumberFromAttendance(selectedAttendances[0]),
        user,
      )
      if (selectedPrisoner) {
        prisonerName = formatName(
          selectedPrisoner.firstName,
          undefined,
          selectedPrisoner.lastName,
          NameFormatStyle.firstLast,
          false,
        )
      }
    }

    return res.redirectWithSuccess(
      req.journeyData.recordAttendanceJourney.returnUrl || '../choose-details-by-activity',
      'Attendance recorded',
      `You've saved attendance details for ${selectedAttendances.length === 1 ? prisonerName : `${selectedAttendances.length} attendees`}`,
    )
  }

  NOT_ATTENDED = async (req: Request, res: Response): Promise<void> => {
    let { selectedAttendances }: { selectedAttendances: string[] } = req.body
    if (typeof selectedAttendances === 'string') {
      selectedAttendances = [selectedAttendances]
    }

    req.journeyData.recordAttendanceJourney.selectedInstanceIds = selectedAttendances
    return res.redirect('../multiple-not-attended-reason')
  }

  NOT_REQUIRED = async (req: Request, res: Response): Promise<void> => {
    let { selectedAttendances }: { selectedAttendances: string[] } = req.body
    if (typeof selectedAttendances === 'string') {
      selectedAttendances = [selectedAttendances]
    }

    req.journeyData.recordAttendanceJourney.selectedInstanceIds = selectedAttendances
    return res.redirect('../select-not-required')
  }

  private getSubLocationFromCell = (
    prison: string,
    cellPatterns: SubLocationCellPattern[],
    cellLocation: string,
  ): string => {
    for (const cellPattern of cellPatterns) {
      const splitPatterns = cellPattern.locationPrefix.split(',')

      for (const pattern of splitPatterns) {
        const regex = new RegExp(pattern)
        if (regex.test(`${prison}-${cellLocation}`)) {
          return cellPattern.subLocation
        }
      }
    }
    // Where a location has no sub-locations e.g. Segregation unit, there will be no cell-patterns to match against.
    return ''
  }
}
