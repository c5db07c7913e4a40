import { FacultyGraduationStatistics, Name, ProgrammeFilter, SpecialGroups, YearType } from '@oodikone/shared/types'
import { DegreeProgramme } from '../../routes/faculties'
import { redisClient } from '../redis'
import { FacultyProgressData } from './facultyStudentProgress'

const createRedisKeyForBasicStats = (
  id: string,
  yearType: YearType,
  programmeFilter: ProgrammeFilter,
  specialGroups: SpecialGroups
) => {
  return `FACULTY_BASIC_STATS_${id}_${yearType}_${programmeFilter}_${specialGroups}`
}
const createRedisKeyForThesiswriters = (
  id: string,
  yearType: YearType,
  programmeFilter: ProgrammeFilter,
  specialGroups: SpecialGroups
) => {
  return `FACULTY_THESIS_WRITERS_STATS_${id}_${yearType}_${programmeFilter}_${specialGroups}`
}
const createRedisKeyForGraduationTimeStats = (id: string, programmeFilter: ProgrammeFilter) => {
  return `FACULTY_GRADUATION_TIME_STATS_${id}_${programmeFilter}`
}
const createRedisKeyForFacultyProgress = (id: string, specialGroups: SpecialGroups) => {
  return `FACULTY_PROGRESS_STATS_${id}_${specialGroups}`
}
const createRedisKeyForFacultyStudents = (id: string, specialGroups: SpecialGroups) => {
  return `FACULTY_STUDENTS_STATS_${id}_${specialGroups}`
}

/**
  Faculty data objects have graduation times left in as arrays, so that
  university-level evaluation overview can count median-times by itself (in backend).
  Faculties, however, don't need this, and it isn't needed in frontend
  for university view either. This clears the array.
*/
const removeGraduationTimes = (data: FacultyGraduationStatistics) => {
  Object.values(data.byGradYear.medians).forEach(array =>
    array.forEach(yearStat => {
      yearStat.times = []
    })
  )
}

type GraduationInfo = {
  graphStats: {
    name: 'Bachelors' | 'Masters' | 'Doctors' | 'Others'
    data?: number[]
  }[]
  programmeTableStats: Record<string, (string | number)[][]>
  tableStats: (string | number)[][]
  titles: string[]
}

type StudentInfo = {
  graphStats: {
    name: string
    data: any
  }[]
  programmeTableStats: Record<string, any[][]>
  tableStats: any[][]
  titles: string[]
}

export type BasicData = {
  graduationInfo: GraduationInfo
  id: string
  programmeNames: ProgrammeNames
  studentInfo: StudentInfo
  years: Array<number | string>
}

export const setBasicStats = async (
  data: BasicData,
  yearType: YearType,
  programmeFilter: ProgrammeFilter,
  specialGroups: SpecialGroups
) => {
  const { id } = data
  const redisKey = createRedisKeyForBasicStats(id, yearType, programmeFilter, specialGroups)
  const setOperationStatus = await redisClient.set(redisKey, JSON.stringify(data))

  return setOperationStatus === 'OK'
}

export const getBasicStats = async (
  id: string,
  yearType: YearType,
  programmeFilter: ProgrammeFilter,
  specialGroups: SpecialGroups
) => {
  const redisKey = createRedisKeyForBasicStats(id, yearType, programmeFilter, specialGroups)
  const dataFromRedis = await redisClient.get(redisKey)

  return dataFromRedis ? (JSON.parse(dataFromRedis) as BasicData) : null
}

type ProgrammeNames = Record<string, Name & { code: string }>

export type ThesisWriterData = {
  id: string
  years: (string | number)[]
  tableStats: (string | number)[][]
  graphStats: {
    name: 'Bachelors' | 'Masters'
    data?: number[]
  }[]
  programmeTableStats: Record<string, (string | number)[][]>
  titles: string[]
  programmeNames: ProgrammeNames
}

export const setThesisWritersStats = async (
  data: ThesisWriterData,
  yearType: YearType,
  programmeFilter: ProgrammeFilter,
  specialGroups: SpecialGroups
) => {
  const { id } = data
  const redisKey = createRedisKeyForThesiswriters(id, yearType, programmeFilter, specialGroups)
  await redisClient.set(redisKey, JSON.stringify(data))
}

export const getThesisWritersStats = async (
  id: string,
  yearType: YearType,
  programmeFilter: ProgrammeFilter,
  specialGroups: SpecialGroups
) => {
  const redisKey = createRedisKeyForThesiswriters(id, yearType, programmeFilter, specialGroups)
  const dataFromRedis = await redisClient.get(redisKey)
  if (!dataFromRedis) {
    return null
  }
  return JSON.parse(dataFromRedis) as ThesisWriterData
}

type MediansAndProgrammes = {
  medians: Record<string, any[]>
  programmes: {
    medians: Record<string, Record<string, any>>
  }
}

export type GraduationData = {
  id: string
  goals: {
    bachelor: number
    bcMsCombo: number
    master: number
    doctor: number
    exceptions: Record<string, number>
  }
  byGradYear: MediansAndProgrammes
  byStartYear: MediansAndProgrammes
  programmeNames: Record<string, Name>
  classSizes: Record<string, Record<string, number | Record<string, number>>>
}

export const setGraduationStats = async (data: FacultyGraduationStatistics, programmeFilter: ProgrammeFilter) => {
  const { id } = data
  const redisKey = createRedisKeyForGraduationTimeStats(id, programmeFilter)
  await redisClient.set(redisKey, JSON.stringify(data))
}

export const getGraduationStats = async (id: string, programmeFilter: ProgrammeFilter, keepGraduationTimes = false) => {
  const redisKey = createRedisKeyForGraduationTimeStats(id, programmeFilter)
  const dataFromRedis = await redisClient.get(redisKey)
  if (!dataFromRedis) {
    return null
  }
  const data = JSON.parse(dataFromRedis) as FacultyGraduationStatistics
  if (!keepGraduationTimes) {
    removeGraduationTimes(data)
  }
  return data
}

export const setFacultyProgressStats = async (data: FacultyProgressData, specialGroups: SpecialGroups) => {
  const { id } = data
  const redisKey = createRedisKeyForFacultyProgress(id, specialGroups)
  await redisClient.set(redisKey, JSON.stringify(data))
}

export const getFacultyProgressStats = async (id: string, specialGroups: SpecialGroups) => {
  const redisKey = createRedisKeyForFacultyProgress(id, specialGroups)
  const dataFromRedis = await redisClient.get(redisKey)

  return dataFromRedis ? (JSON.parse(dataFromRedis) as FacultyProgressData) : null
}

type FacultyStudentsData = {
  id: string
  years: string[]
  facultyTableStats: Record<string, (string | number)[]>
  facultyTableStatsExtra: Record<string, Record<string, Record<string, number>>>
  programmeStats: Record<string, Record<string, (string | number)[]>>
  titles: string[]
  programmeNames: Record<string, DegreeProgramme>
}

export const setFacultyStudentStats = async (data: FacultyStudentsData, specialGroups: SpecialGroups) => {
  const { id } = data
  const redisKey = createRedisKeyForFacultyStudents(id, specialGroups)
  await redisClient.set(redisKey, JSON.stringify(data))
}

export const getFacultyStudentStats = async (id: string, specialGroups: SpecialGroups) => {
  const redisKey = createRedisKeyForFacultyStudents(id, specialGroups)
  const dataFromRedis = await redisClient.get(redisKey)

  return dataFromRedis ? (JSON.parse(dataFromRedis) as FacultyStudentsData) : null
}
