export interface OffenceDetail {
  acceptsResponsibility?: boolean
  acceptsResponsibilityDetail?: string
  contactTargeting?: boolean
  domesticViolence?: boolean
  motivationAndTriggers?: string
  numberOfOthersInvolved?: number
  offenceDetails?: string
  othersInvolvedDetail?: string
  patternOffending?: string
  peerGroupInfluences?: string
  raciallyMotivated?: boolean
  recognisesImpact?: boolean
  repeatVictimisation?: boolean
  revenge?: boolean
  stalking?: boolean
  victimWasStranger?: boolean
}
