export interface ReferenceData {
  id: number
  name: string
  steps: string[]
  goals: string[]
}
