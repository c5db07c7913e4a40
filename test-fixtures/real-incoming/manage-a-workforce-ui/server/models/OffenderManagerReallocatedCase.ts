export default interface OffenderManagerReallocatedCase {
  personManagerId: string
  eventManagerIds: string[]
  requirementManagerIds: string[]
}
