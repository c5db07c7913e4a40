export type ReferenceData = {
  id: number
  name: string
  steps: Array<string>
  goals: Array<string>
}

export type AreaOfNeed = {
  id: number
  name: string
  url: string
}
