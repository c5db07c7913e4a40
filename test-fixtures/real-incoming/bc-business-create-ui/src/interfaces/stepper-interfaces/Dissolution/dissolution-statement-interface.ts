import { DissolutionStatementTypes } from '@/enums'

export interface DissolutionStatementIF {
  valid: boolean
  dissolutionStatementType?: DissolutionStatementTypes
}
