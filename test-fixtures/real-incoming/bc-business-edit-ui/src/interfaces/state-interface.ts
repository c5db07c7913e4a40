import { StateModelIF, ResourceIF } from '@/interfaces/'

export interface StateIF {
  stateModel: StateModelIF
  resourceModel: ResourceIF
}
