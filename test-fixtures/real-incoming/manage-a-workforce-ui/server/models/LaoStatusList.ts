import LaoStatus from './LaoStatus'

export default interface LaoStatusList {
  access: LaoStatus[]
}
