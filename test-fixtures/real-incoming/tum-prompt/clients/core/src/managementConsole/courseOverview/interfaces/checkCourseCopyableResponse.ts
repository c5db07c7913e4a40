export interface CheckCourseCopyableResponse {
  copyable: boolean
  missingPhaseTypes: string[]
}
