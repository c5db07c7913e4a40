export interface User {
  baseUrl?: string
  subjectId?: string
  projectId?: string
  sourceId?: string
  enrolmentDate?: number
  humanReadableId?: string
  attributes?: any
  studyCode?: string
}
