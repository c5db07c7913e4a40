import { CourseUnitOrganisation } from './CourseUnitOrganisation'

export type Organisation = {
  courseUnitOrganisation: CourseUnitOrganisation
}
