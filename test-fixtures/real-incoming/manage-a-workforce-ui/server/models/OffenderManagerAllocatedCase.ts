export default interface OffenderManagerAllocatedCase {
  personManagerId: string
  eventManagerId: string
  requirementManagerIds: string[]
}
