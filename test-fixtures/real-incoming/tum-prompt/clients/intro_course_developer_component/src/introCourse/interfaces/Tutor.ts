export interface Tutor {
  id: string
  firstName: string
  lastName: string
  email: string
  matriculationNumber?: string
  universityLogin?: string
  gitlabUsername?: string
}
