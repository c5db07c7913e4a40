export type CoursePrerequisite = {
  description: string
  name: string
}
