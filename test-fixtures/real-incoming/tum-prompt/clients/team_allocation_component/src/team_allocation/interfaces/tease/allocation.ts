export interface Allocation {
  projectId: string
  students: Array<string>
}
