export default interface NonAssociationSummary {
  prisonName: string
  prisonCount: number
  otherPrisonsCount: number
}
