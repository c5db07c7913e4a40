export default interface SupportDeclinedSection {
  modifiedBy: string
  modifiedDateTime: string
  supportToWorkDeclinedReason: string[]
  supportToWorkDeclinedReasonOther: string
  circumstanceChangesRequiredToWork: string[]
  circumstanceChangesRequiredToWorkOther: string
}
