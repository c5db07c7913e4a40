import { yearStatNumberKeys } from '../util/studyProgramme'
import { ChartGraduationTimes, GraduationStats } from './graduations'
import { Name } from './name'

export type StudyProgrammeCourse = {
  code: string
  isStudyModule: boolean
  name: Name
  years: Record<
    number,
    Record<(typeof yearStatNumberKeys)[number], number> & {
      isStudyModule: boolean
    }
  >
}

export type Goals = {
  basic: number
  combo: number
}

export type ProgrammeOrStudyTrackGraduationStats = {
  medians: {
    basic: GraduationStats[]
    combo: GraduationStats[]
  }
}

export type GraduationTimes = Record<string, ProgrammeOrStudyTrackGraduationStats> & {
  goals: Goals
}

// Used in faculty as well
export type CreditStats = {
  id: string
  stats: Record<string, Record<string, number>>
}

export type CreditStatsPayload = Record<string, CreditStats>

export type GraphStat = {
  data: number[]
  name: string
}

export type BasicStats = {
  id: string
  years: number[] | string[] // a year "2024" or a year range "2024 - 2025"
  graphStats: GraphStat[]
  tableStats: (string | number)[][]
  titles: string[]
}

export type ProgrammeGraduationStats = {
  id: string
  years: number[]
  tableStats: (string | number)[][]
  titles: string[]
  graphStats: { name: string; data: number[] }[]
  graduationTimes: ChartGraduationTimes
  doCombo: boolean
  comboTimes: ChartGraduationTimes
  graduationTimesSecondProgramme: ChartGraduationTimes
  programmesBeforeOrAfterTableStats: (string | number | Name)[][] | undefined
  programmesBeforeOrAfterGraphStats: { name: Name; code: string; data: number[] }[] | undefined
  programmesBeforeOrAfterTitles: (string | number)[]
}

type StudyTrackProgressPercentiles = {
  main: Record<string, Record<string, [string, number][]>>
  byTrack: undefined | Record<string, Record<string, Record<string, [string, number][]>>>
  combo: undefined | Record<string, Record<string, [string, number][]>>
  comboByTrack: undefined | Record<string, Record<string, Record<string, [string, number][]>>>
}

type ProgrammeClassSizes = {
  main: Record<string, number>
  byTrack: undefined | Record<string, Record<string, number>>
  combo: undefined | Record<string, number>
  comboByTrack: undefined | Record<string, Record<string, number>>
}

export type StudyTrackStats = {
  classSizes: ProgrammeClassSizes
  creditCounts: Record<string, number[]>
  creditCountsByTrack: Record<string, Record<string, number[]>>
  creditCountsCombo: Record<string, number[]>
  creditCountsComboByTrack: Record<string, Record<string, number[]>>
  doCombo: boolean
  graduatedCount: Record<string, number>
  graduatedCountByTrack: Record<string, Record<string, number>>
  graduationTimes: GraduationTimes
  graduationTimesSecondProg: GraduationTimes
  id: string
  mainStatsByTrack: Record<string, (number | string)[][]>
  mainStatsByYear: Record<string, (number | string)[][]>
  otherCountriesCount: Record<string, Record<string, Record<string, number>>>
  percentiles: StudyTrackProgressPercentiles
  populationTitles: string[]
  studyTracks: Record<string, string | Name>
  years: string[]
}

// TODO: Format for frontend and drop irrelevant fields
export type ProgrammeModule = {
  code: string
  created_at: string
  curriculum_period_ids: string[]
  degree_programme_type: string | null
  group_id: string
  id: string
  minimum_credits: number | null
  module_order: number
  name: Name
  order: number
  organization_id: string | null
  parent_code: string | null
  parent_id: string | null
  parent_name: Name
  study_level: string | null
  type: string
  updated_at: string
  valid_from: string
  valid_to: string | null
}

// TODO: Format for frontend and drop irrelevant fields
export type ProgrammeCourse = ProgrammeModule & {
  label: {
    id: string
    label: string
    orderNumber: number
  }
  visible: {
    id: string | null
    visibility: boolean
  }
}

export type Module = {
  code: string
  courses: ProgrammeCourse[]
  order: number
}
