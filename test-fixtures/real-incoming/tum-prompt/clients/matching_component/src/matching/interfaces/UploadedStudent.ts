export interface UploadedStudent {
  firstName: string
  lastName: string
  matriculationNumber: string
  rank?: string
}
